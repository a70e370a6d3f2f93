#pragma once
// The saved account's window, shown by the program before the console module is loaded. The
// account is read from accounts.json only as far as the window's label needs; the window is
// the shell's MainWindow, which the module's ConsoleApp adopts when it opens that account.
// Anything unusual (--demo, --server, --help, a bad argument, an account list that does not
// read) means no early window: the module starts as it always did and says what is wrong.
#include <QString>
#include <QUrl>

#include <memory>

class MainWindow;
class QCommandLineParser;
class QWidget;

class EarlyWindow
{
public:
    // What the console will open with the program's parsed command line, when the program may
    // show that account's window before the module.
    static EarlyWindow forArguments(const QCommandLineParser &parser);

    bool wanted() const { return !m_account.isEmpty(); }
    QString accountName() const { return m_account; }
    QString label() const;

    // Builds and shows the window, and returns once it has painted (or after a bound, for a
    // window the window system does not expose). Its account actions are off until the
    // console takes it over.
    std::unique_ptr<MainWindow> showAndWaitForPaint() const;
    // Whether that window has painted yet (it may after the bound).
    static bool painted(const QWidget *window);

private:
    QString m_account;
    QUrl m_server;
    QString m_person; // display name, else user name
    QString m_tenantName;
    QString m_role;
};
