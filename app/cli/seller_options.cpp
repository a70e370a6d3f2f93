#include "cli/seller_options.h"

#include <QCoreApplication>

namespace SellerOptions {

// The texts keep SellerTools' translation context: they are that command set's.
void describe(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("scheme"),
         QCoreApplication::translate(
             "SellerTools",
             "seller sign|verify: v2 (signature), kit (x-sign), v1 (authToken) or body-sign "
             "(Body-Sign)."),
         QStringLiteral("SCHEME")},
        {QStringLiteral("key-file"),
         QCoreApplication::translate(
             "SellerTools", "seller: the file holding the accessKey (one line; never printed)."),
         QStringLiteral("FILE")},
        {QStringLiteral("timestamp"),
         QCoreApplication::translate(
             "SellerTools", "seller sign|verify v2/kit: UNIX milliseconds (sign: default now)."),
         QStringLiteral("MS")},
        {QStringLiteral("nonce"),
         QCoreApplication::translate(
             "SellerTools", "seller sign|verify v2/kit: the nonce (sign: default random)."),
         QStringLiteral("NONCE")},
        {QStringLiteral("signature"),
         QCoreApplication::translate(
             "SellerTools", "seller verify: the signature, authToken or Body-Sign value received."),
         QStringLiteral("S")},
        {QStringLiteral("encrypt-type"),
         QCoreApplication::translate(
             "SellerTools",
             "seller encrypt-field|decrypt-field|debug: 1 (AES-256, default) or 2 (AES-128)."),
         QStringLiteral("1|2"), QStringLiteral("1")},
        {QStringLiteral("iv"),
         QCoreApplication::translate(
             "SellerTools",
             "seller encrypt-field: this iv (16 letters or digits) instead of a random one."),
         QStringLiteral("IV")},
        {QStringLiteral("public-key"),
         QCoreApplication::translate(
             "SellerTools", "seller encrypt-secret: the RSA public key (PEM or bare Base64); "
                            "seller debug: the credential's public key, for the login suite."),
         QStringLiteral("FILE")},
        {QStringLiteral("oaep"),
         QCoreApplication::translate(
             "SellerTools",
             "seller encrypt-secret|decrypt-secret: sha256 (default), sha256-mgf1sha1 or sha1; "
             "decrypt-secret tries all three when not given."),
         QStringLiteral("SET")},
        {QStringLiteral("private-key"),
         QCoreApplication::translate(
             "SellerTools",
             "seller decrypt-secret: the private key file (PEM, usually encrypted)."),
         QStringLiteral("FILE")},
        {QStringLiteral("bits"),
         QCoreApplication::translate("SellerTools", "seller keygen: 3072 or 4096."),
         QStringLiteral("N")},
        {QStringLiteral("out"),
         QCoreApplication::translate(
             "SellerTools",
             "seller keygen: where to write the encrypted private key; decrypt-field and "
             "decrypt-secret: where to write the decrypted value (a new file, 0600; never "
             "overwritten)."),
         QStringLiteral("FILE")},
        {QStringLiteral("address"),
         QCoreApplication::translate(
             "SellerTools",
             "seller debug: the production address (https; http only on this computer); seller "
             "rotate-key: the production address's ID."),
         QStringLiteral("URL")},
        {QStringLiteral("suite"),
         QCoreApplication::translate("SellerTools",
                                     "seller debug: basic, kit, license, login or all; seller "
                                     "addresses debug: basic, kit or all (default: every bound "
                                     "suite); seller rotate-key: basic or kit."),
         QStringLiteral("SUITE")},
        {QStringLiteral("mode"),
         QCoreApplication::translate("SellerTools",
                                     "seller debug: the protocol, v2 (default) or v1."),
         QStringLiteral("v1|v2")},
        {QStringLiteral("basic-key-file"),
         QCoreApplication::translate(
             "SellerTools",
             "seller debug: the file holding the basic interfaces' accessKey (never printed)."),
         QStringLiteral("FILE")},
        {QStringLiteral("kit-key-file"),
         QCoreApplication::translate(
             "SellerTools",
             "seller debug: the file holding the Kit interfaces' accessKey (never printed)."),
         QStringLiteral("FILE")},
        {QStringLiteral("report"),
         QCoreApplication::translate(
             "SellerTools", "seller debug: also write the report to FILE.html or FILE.json."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"),
         QCoreApplication::translate("SellerTools", "seller debug: print the report as JSON; "
                                                    "seller … list|show: print the records as "
                                                    "JSON.")},
        {QStringLiteral("reference-state"),
         QCoreApplication::translate(
             "SellerTools",
             "seller debug: the address is marketdesk's reference server; read its row "
             "counters for the repeated-Kit-add check.")},
        {QStringLiteral("callback"),
         QCoreApplication::translate(
             "SellerTools",
             "seller debug: the credential's callback address for the login suite (https; http "
             "only on this computer)."),
         QStringLiteral("URL")},
        {QStringLiteral("login-listen"),
         QCoreApplication::translate(
             "SellerTools", "seller debug: where the login suite's OAuth provider listens (default "
                            "127.0.0.1:0, a free port on this computer only)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("login-url"),
         QCoreApplication::translate(
             "SellerTools",
             "seller debug: the address the seller's server reaches the OAuth provider at, "
             "sent as the tenant's domainName (default http://HOST:PORT of --login-listen)."),
         QStringLiteral("URL")},
        {QStringLiteral("app-id"),
         QCoreApplication::translate(
             "SellerTools",
             "seller debug: the credential's appId for the login suite's applicationSync and "
             "authSync (default: one made up per run)."),
         QStringLiteral("ID")},
    });
}

QString usage()
{
    return QCoreApplication::translate(
        "SellerTools",
        "Seller tools (exit 0 done, 1 failed check or content, 2 bad option or file):\n"
        "  seller sign --scheme v2|kit|v1|body-sign --key-file F [--timestamp MS]\n"
        "      [--nonce N] BODY_FILE                sign as the marketplace or the seller\n"
        "  seller verify --scheme … --key-file F --signature S [--timestamp MS --nonce N]\n"
        "      BODY_FILE                            check a received signature\n"
        "  seller encrypt-field --key-file F [--encrypt-type 1|2] [--iv IV] VALUE_FILE\n"
        "  seller decrypt-field --key-file F [--encrypt-type 1|2] --out FILE CIPHERTEXT\n"
        "                                           V1 mobilePhone, email, appInfo\n"
        "  seller encrypt-secret --public-key F [--oaep SET] VALUE_FILE\n"
        "  seller decrypt-secret --private-key F [--passphrase-file P] [--oaep SET]\n"
        "      --out FILE CIPHERTEXT                applicationSync clientSecret\n"
        "  (VALUE_FILE holds the plain value, - reads it from stdin; plain values never go\n"
        "  on the command line or the terminal)\n"
        "  seller keygen --bits 3072|4096 --out PRIVATE.pem [--passphrase-file P]\n"
        "                                           a key pair; prints the public key\n"
        "  seller debug --address URL --suite basic|kit|license|login|all [--mode v1|v2]\n"
        "      --basic-key-file F --kit-key-file F [--public-key PEM] [--ca-file PEM]\n"
        "      [--encrypt-type 1|2] [--report FILE.html|FILE.json] [--json]\n"
        "      [--callback URL [--login-listen HOST:PORT] [--login-url URL] [--app-id ID]]\n"
        "                                           the integration debugger: exit 0 when\n"
        "                                           every check passed, 1 when one failed;\n"
        "                                           the login suite (in all only with\n"
        "                                           --callback) needs --public-key");
}

} // namespace SellerOptions
