#include "cli/cli_options.h"

#include "cli/apps_cli.h"
#include "cli/licenses_cli_options.h"
#include "cli/seller_center_options.h"
#include "cli/seller_options.h"
#include "cli/seller_rotate_cli.h"

#include <QCoreApplication>

namespace CliOptions {

void describe(QCommandLineParser &p)
{
    p.setApplicationDescription(QCoreApplication::translate(
        "CliApp",
        "Headless marketdesk.\n\nCommands:\n"
        "  login --server URL                     sign in (browser + loopback callback)\n"
        "  logout                                 end the session and remove the tokens\n"
        "  accounts list                          the saved accounts, most recent first\n"
        "  accounts remove NAME [--delete-cache]  forget an account\n"
        "  sync                                   bring the local cache up to date\n"
        "  members enable|disable|delete --from-csv FILE\n"
        "                                         a batch action on the userNames in FILE\n"
        "  members import FILE                    add the members listed in FILE\n"
        "  outbox run                             send pending changes (after a crash too)\n"
        "  outbox status                          list recent operations\n"
        "  audit verify                           check the audit journal's hash chain\n"
        "  audit export FILE                      write the journal as CSV (and\n"
        "                                         FILE.manifest.json beside it)\n"
        "  audit check FILE                       check an exported CSV against its manifest"));
    p.setApplicationDescription(
        p.applicationDescription() + QStringLiteral("\n\n") + SellerOptions::usage() +
        QStringLiteral("\n\n") + SellerCenterOptions::usage() + QStringLiteral("\n\n") +
        SellerRotateCli::usage() + QStringLiteral("\n\n") + LicensesCliOptions::usage() +
        QStringLiteral("\n\n") + AppsCli::usage());
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QCoreApplication::translate("CliApp", "See above."));
    p.addOptions({
        {QStringLiteral("server"),
         QCoreApplication::translate("CliApp", "login: the account's server, e.g. "
                                               "https://console.example.com (remembered)."),
         QStringLiteral("URL")},
        {QStringLiteral("account"),
         QCoreApplication::translate("CliApp",
                                     "Account name (default: the most recently used; for login, "
                                     "userName@tenant)."),
         QStringLiteral("NAME")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("CliApp",
                                     "Language of messages: en or zh_CN (default: the system's)."),
         QStringLiteral("LANG")},
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("CliApp",
                                     "Keep accounts, caches, outboxes and journals under DIR."),
         QStringLiteral("DIR")},
        {QStringLiteral("demo"),
         QCoreApplication::translate("CliApp",
                                     "audit verify|export: the journal of the console's demo "
                                     "(marketdesk --demo), which has no saved account.")},
        {QStringLiteral("secret-store"),
         QCoreApplication::translate("CliApp",
                                     "login: keep tokens in the system keychain (default) or in "
                                     "an encrypted file (file), for machines without a keychain."),
         QStringLiteral("keychain|file")},
        {QStringLiteral("passphrase-file"),
         QCoreApplication::translate("CliApp",
                                     "Read the encrypted file store's passphrase from FILE "
                                     "(else MARKETDESK_PASSPHRASE, else the terminal); seller "
                                     "keygen|decrypt-secret: the private key's passphrase "
                                     "(else the terminal)."),
         QStringLiteral("FILE")},
        {QStringLiteral("browser"),
         QCoreApplication::translate("CliApp", "login: open the browser ($BROWSER or xdg-open).")},
        {QStringLiteral("discover"),
         QCoreApplication::translate(
             "CliApp", "login: read the endpoints from /.well-known/openid-configuration.")},
        {QStringLiteral("authorize-url"),
         QCoreApplication::translate("CliApp", "login: the provider's authorization endpoint."),
         QStringLiteral("URL")},
        {QStringLiteral("token-url"),
         QCoreApplication::translate("CliApp", "login: the provider's token endpoint."),
         QStringLiteral("URL")},
        {QStringLiteral("userinfo-url"),
         QCoreApplication::translate("CliApp", "login: the provider's userinfo endpoint."),
         QStringLiteral("URL")},
        {QStringLiteral("logout-url"),
         QCoreApplication::translate("CliApp", "login: the provider's sign-out endpoint."),
         QStringLiteral("URL")},
        {QStringLiteral("client-id"),
         QCoreApplication::translate("CliApp", "login: the client ID (default marketdesk)."),
         QStringLiteral("ID")},
        {QStringLiteral("scope"),
         QCoreApplication::translate("CliApp", "login: the scope (default get_user_info)."),
         QStringLiteral("SCOPE")},
        {QStringLiteral("ca-file"),
         QCoreApplication::translate("CliApp",
                                     "login: also trust the CA certificate(s) in this PEM file; "
                                     "seller debug: trust them for the seller's server."),
         QStringLiteral("FILE")},
        {QStringLiteral("pin"),
         QCoreApplication::translate("CliApp",
                                     "login: accept only this server public key (base64 SHA-256 "
                                     "of the SPKI); repeat for a backup pin."),
         QStringLiteral("PIN")},
        {QStringLiteral("timeout"),
         QCoreApplication::translate("CliApp", "login: seconds to wait for the browser (300)."),
         QStringLiteral("S"), QStringLiteral("300")},
        {QStringLiteral("delete-cache"),
         QCoreApplication::translate("CliApp", "accounts remove: delete the account's cache too.")},
        {QStringLiteral("actor"),
         QCoreApplication::translate("CliApp",
                                     "A note recorded in the audit journal beside the signed-in "
                                     "identity (which it cannot replace)."),
         QStringLiteral("NOTE")},
        {QStringLiteral("from-csv"),
         QCoreApplication::translate("CliApp",
                                     "CSV file of userNames for members enable|disable|delete; "
                                     "apps grant|revoke: userNames or kind,id rows."),
         QStringLiteral("FILE")},
        {QStringLiteral("yes"),
         QCoreApplication::translate("CliApp", "Do not ask for confirmation.")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("CliApp", "Show what would change and stop.")},
        {QStringLiteral("no-bom"),
         QCoreApplication::translate("CliApp", "audit export: no UTF-8 byte order mark.")},
        {QStringLiteral("from"),
         QCoreApplication::translate(
             "CliApp", "audit export: entries at or after this time (ISO 8601); seller "
                       "credentials apply|edit: the JSON file of the form."),
         QStringLiteral("TIME|FILE")},
        {QStringLiteral("to"),
         QCoreApplication::translate("CliApp",
                                     "audit export: entries before this time (ISO 8601)."),
         QStringLiteral("TIME")},
        {QStringLiteral("by"),
         QCoreApplication::translate("CliApp", "audit export: only this actor."),
         QStringLiteral("ACTOR")},
        {QStringLiteral("action"),
         QCoreApplication::translate("CliApp",
                                     "audit export: only this action, e.g. member.disable."),
         QStringLiteral("ACTION")},
    });
    SellerOptions::describe(p);
    SellerCenterOptions::describe(p);
    SellerRotateCli::describe(p);
    LicensesCliOptions::describe(p);
    AppsCli::describe(p);
}

} // namespace CliOptions
