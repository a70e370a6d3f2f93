#pragma once
// The console's composition root: reads the command line, starts the embedded sandbox in demo
// mode, runs OrgService on its worker thread, shows the main window, and tears all of it down
// in reverse order.
#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

class MainWindow;
class OrgService;
class SandboxHost;

class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    ConsoleApp();
    ~ConsoleApp() override;

    // Returns an exit code when the program should stop now (help, bad arguments).
    int start(const QStringList &arguments);
    MainWindow *window() const { return m_window.get(); }

private:
    void takeScreenshotAndQuit();

    std::unique_ptr<SandboxHost> m_sandbox;
    QThread m_serviceThread;
    OrgService *m_service = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QString m_screenshot;
};
