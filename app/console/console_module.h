#pragma once
// The console module's entry (marketdesk-console.so), which the program resolves after loading
// it: runs the console on `app` until it quits and returns the exit code. `early` is the
// window the program showed for the saved account `accountName` (or null); the console takes
// it over.
class MainWindow;
class QApplication;
class QString;

using ConsoleRun = int (*)(QApplication *app, MainWindow *early, const QString *accountName);
inline constexpr char kConsoleRunSymbol[] = "marketdesk_console_run";

extern "C" int marketdesk_console_run(QApplication *app, MainWindow *early,
                                      const QString *accountName);
