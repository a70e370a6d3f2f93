#pragma once
// What the console's command line accepts and how its window names an account, in one place
// for the program (which reads them before the console module is loaded, to show the saved
// account's window at once) and for the module's ConsoleApp. Qt Core only.
#include <QString>

class QCommandLineParser;
class QUrl;

namespace ConsoleText {

// Adds the console's options (and --help, --version) to `parser`.
void addOptions(QCommandLineParser *parser);
// The data folder a parsed command line uses: --data-dir, else the user's application data
// folder; the demo's is "demo" inside it.
QString dataRoot(const QCommandLineParser &parser);
// The window's label for a saved account: "<name> at <host>".
QString windowLabel(const QString &accountName, const QUrl &server);
// The status bar's message while the account opens.
QString opening(const QString &accountName);

} // namespace ConsoleText
