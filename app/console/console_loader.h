#pragma once
// Loads the console module (marketdesk-console.so: the composition root with every service,
// storage, the network, OpenSSL, the keychain and the embedded demo) on a thread of its own,
// while the main thread's event loop keeps the window responsive (a cold disk can make the
// load long), then runs the console from it.
#include "console/console_module.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <string>
#include <thread>

class MainWindow;
class QApplication;
class QEventLoop;

class ConsoleLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleLoader)
public:
    ConsoleLoader() = default;
    ~ConsoleLoader(); // waits for the load
    ConsoleLoader(const ConsoleLoader &) = delete;
    ConsoleLoader &operator=(const ConsoleLoader &) = delete;

    // Starts loading.
    void start();
    // Returns once the module is loaded (or could not be), running the event loop meanwhile.
    void waitForLoad();
    // Runs the console in the module (its event loop included) and returns the exit code, or
    // 1 after saying why the module could not be loaded (in `early` too, unless `quiet`).
    // Starts and waits for the load first if that was not done.
    int run(QApplication &app, std::unique_ptr<MainWindow> early, ConsoleStart how);

    // Beside the program (the build tree), else where it is installed.
    static QString modulePath();

private:
    std::thread m_thread;
    std::atomic<bool> m_loaded = false;
    QEventLoop *m_waiting = nullptr; // main thread only
    QString m_path;
    void *m_handle = nullptr;
    std::string m_error;
};
