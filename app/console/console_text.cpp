#include "console/console_text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QUrl>

namespace ConsoleText {

// The texts keep the context they had in ConsoleApp, so their translations stay theirs.
void addOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(QCoreApplication::translate(
        "ConsoleApp", "marketdesk: the KooGallery console for enterprise "
                      "administrators and sellers."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOptions({
        {QStringLiteral("demo"),
         QCoreApplication::translate(
             "ConsoleApp",
             "Start the embedded sandbox, seed it, sign in to it and open the console on it.")},
        {QStringLiteral("demo-seller"),
         QCoreApplication::translate(
             "ConsoleApp",
             "With --demo: open the demo as its seller (liu.yang of 云途软件) instead of the "
             "enterprise administrator: access keys, production addresses, credentials and the "
             "integration debugger against a reference SaaS server started beside the sandbox.")},
        {QStringLiteral("demo-members"),
         QCoreApplication::translate("ConsoleApp",
                                     "Members in the demo enterprise (default 3000)."),
         QStringLiteral("N"), QStringLiteral("3000")},
        {QStringLiteral("server"),
         QCoreApplication::translate(
             "ConsoleApp",
             "Sign in to this server (https://…) as a new account, unless an account for it "
             "exists."),
         QStringLiteral("URL")},
        {QStringLiteral("account"),
         QCoreApplication::translate("ConsoleApp",
                                     "Open this saved account (default: the most recently used)."),
         QStringLiteral("NAME")},
        {QStringLiteral("secret-store"),
         QCoreApplication::translate(
             "ConsoleApp",
             "With --server: keep tokens in the system keychain (default) or an encrypted file "
             "(file)."),
         QStringLiteral("keychain|file")},
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("ConsoleApp",
                                     "Keep accounts, caches, outboxes and journals under DIR."),
         QStringLiteral("DIR")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("ConsoleApp", "Language for this run: en or zh_CN."),
         QStringLiteral("LANG")},
        {QStringLiteral("screenshot"),
         QCoreApplication::translate("ConsoleApp",
                                     "After the first sync, save a picture of the window to "
                                     "FILE and quit."),
         QStringLiteral("FILE")},
        {QStringLiteral("page"),
         QCoreApplication::translate(
             "ConsoleApp",
             "Open on this section: its name in the navigation (e.g. \"License inventory\") or "
             "its place (1, 2, …)."),
         QStringLiteral("PAGE")},
        {QStringLiteral("screenshot-action"),
         QCoreApplication::translate(
             "ConsoleApp",
             "With --demo and --screenshot: first run this command of the window, named by its "
             "object name (e.g. addMemberAction), and show the dialog it opens in the picture."),
         QStringLiteral("NAME")},
    });
}

QString dataRoot(const QCommandLineParser &parser)
{
    QString root = parser.value(QStringLiteral("data-dir"));
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(QStringLiteral("demo")) && parser.value(QStringLiteral("data-dir")).isEmpty())
        root += QStringLiteral("/demo");
    return root;
}

QString windowLabel(const QString &accountName, const QUrl &server)
{
    return QCoreApplication::translate("ConsoleApp", "%1 at %2").arg(accountName, server.host());
}

QString opening(const QString &accountName)
{
    return QCoreApplication::translate("ConsoleApp", "Opening %1…").arg(accountName);
}

} // namespace ConsoleText
