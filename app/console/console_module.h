#pragma once
// The console module's entry (marketdesk-console.so), which the program resolves after loading
// it: runs the console on `app` until it quits and returns the exit code.
#include <QString>
#include <QStringList>

class MainWindow;
class QApplication;

// What the program learnt before the module was loaded.
struct ConsoleStart
{
    MainWindow *early = nullptr; // the window shown for `account`, which the console takes
    QString account;
    bool quiet = false; // --screenshot: no message boxes
    // The data folder whose lock the program holds (the console listens for later starts on
    // it), or, with `forward`, whose lock another console holds (this start only hands it its
    // command line). Empty: neither (--screenshot, --help, a bad option).
    QString dataRoot;
    bool forward = false;
    QStringList notApplied; // with `forward`: the options given that the running one ignores
};

using ConsoleRun = int (*)(QApplication *app, const ConsoleStart *start);
inline constexpr char kConsoleRunSymbol[] = "marketdesk_console_run";

extern "C" int marketdesk_console_run(QApplication *app, const ConsoleStart *start);
