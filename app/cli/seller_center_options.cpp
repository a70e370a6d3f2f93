#include "cli/seller_center_options.h"

#include <QCoreApplication>
#include <QMap>

namespace SellerCenterOptions {

// The texts keep SellerCenterCli's translation context: they are that command set's.
void describe(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("secret-out"),
         QCoreApplication::translate(
             "SellerCenterCli",
             "seller keys create, rotate-key, credentials apply|test-account: write the secret "
             "the server shows once to FILE, a new 0600 file (never overwritten)."),
         QStringLiteral("FILE")},
        {QStringLiteral("print-secret"),
         QCoreApplication::translate("SellerCenterCli",
                                     "seller keys create, rotate-key, credentials "
                                     "apply|test-account: print the secret on standard output "
                                     "instead.")},
        {QStringLiteral("offline"),
         QCoreApplication::translate(
             "SellerCenterCli", "seller … list|show: the local copy, without asking the server.")},
        {QStringLiteral("name"),
         QCoreApplication::translate("SellerCenterCli", "seller keys create: the key's name."),
         QStringLiteral("NAME")},
        {QStringLiteral("basic-key"),
         QCoreApplication::translate("SellerCenterCli",
                                     "seller addresses add|bind: the key for the basic "
                                     "interfaces (bind: \"\" unbinds, absent keeps it)."),
         QStringLiteral("KEY_ID")},
        {QStringLiteral("kit-key"),
         QCoreApplication::translate("SellerCenterCli",
                                     "seller addresses add|bind: the key for the Kit interfaces "
                                     "(bind: \"\" unbinds, absent keeps it)."),
         QStringLiteral("KEY_ID")},
        {QStringLiteral("key"),
         QCoreApplication::translate("SellerCenterCli",
                                     "seller addresses debug: run with this key instead of the "
                                     "bound one (before switching to it)."),
         QStringLiteral("KEY_ID")},
    });
}

const QStringList &names()
{
    static const QStringList list = {
        QStringLiteral("secret-out"), QStringLiteral("print-secret"), QStringLiteral("json"),
        QStringLiteral("offline"),    QStringLiteral("name"),         QStringLiteral("basic-key"),
        QStringLiteral("kit-key"),    QStringLiteral("suite"),        QStringLiteral("key")};
    // --json and --suite are declared once, with SellerTools' options (seller debug).
    return list;
}

std::optional<Command> command(const QString &name)
{
    static const QMap<QString, Command> table = {
        {QStringLiteral("keys list"), {{"json", "offline"}, {}}},
        {QStringLiteral("keys create"), {{"name", "secret-out", "print-secret"}, {}}},
        {QStringLiteral("keys delete"), {{}, "KEY_ID"}},
        {QStringLiteral("addresses list"), {{"json", "offline"}, {}}},
        {QStringLiteral("addresses add"), {{"basic-key", "kit-key"}, "URL"}},
        {QStringLiteral("addresses bind"), {{"basic-key", "kit-key"}, "ADDRESS_ID"}},
        {QStringLiteral("addresses debug"), {{"suite", "key"}, "ADDRESS_ID"}},
        {QStringLiteral("credentials list"), {{"json", "offline"}, {}}},
        {QStringLiteral("credentials show"), {{"json", "offline"}, "APP_ID"}},
        {QStringLiteral("credentials apply"), {{"from", "secret-out", "print-secret"}, {}}},
        {QStringLiteral("credentials edit"), {{"from"}, "APP_ID"}},
        {QStringLiteral("credentials test-account"), {{"secret-out", "print-secret"}, "APP_ID"}},
    };
    const auto it = table.constFind(name);
    return it == table.constEnd() ? std::nullopt : std::optional(*it);
}

QString usage()
{
    return QCoreApplication::translate(
        "SellerCenterCli",
        "Seller Center (a seller's account; exit codes as for the other account commands):\n"
        "  seller keys list [--json] [--offline]        the access keys (secrets masked)\n"
        "  seller keys create [--name N] --secret-out FILE|--print-secret\n"
        "  seller keys delete KEY_ID\n"
        "  seller addresses list [--json] [--offline]   production addresses, debug state\n"
        "  seller addresses add URL [--basic-key K] [--kit-key K]\n"
        "  seller addresses bind ADDRESS_ID [--basic-key K] [--kit-key K]\n"
        "  seller addresses debug ADDRESS_ID [--suite basic|kit|all] [--key K]\n"
        "  seller credentials list [--json] [--offline]\n"
        "  seller credentials show APP_ID [--json] [--offline]\n"
        "  seller credentials apply --from FILE.json --secret-out FILE|--print-secret\n"
        "  seller credentials edit APP_ID --from FILE.json   (FILE may be the output of show\n"
        "                                           --json; its version is the one it was read "
        "at)\n"
        "  seller credentials test-account APP_ID --secret-out FILE|--print-secret\n"
        "  (a secret is shown once: it goes to the --secret-out file, never to a log)");
}

} // namespace SellerCenterOptions
