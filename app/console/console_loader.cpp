#include "console/console_loader.h"

#include "console/console_module.h"
#include "ui/shell/main_window.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/startup_probe.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>
#include <dlfcn.h>

ConsoleLoader::~ConsoleLoader()
{
    if (m_thread.joinable())
        m_thread.join();
}

QString ConsoleLoader::modulePath()
{
    static const QString name = QStringLiteral("marketdesk-console.so");
    const QString dir = QCoreApplication::applicationDirPath();
    const QString beside = dir + u'/' + name;
    if (QFileInfo::exists(beside))
        return beside;
    return dir + QStringLiteral("/" MARKETDESK_MODULE_DIR "/") + name;
}

void ConsoleLoader::start()
{
    m_path = modulePath();
    m_thread = std::thread([this, path = m_path.toLocal8Bit()] {
        // RTLD_NOW: every symbol is bound here, off the main thread, not at first use.
        m_handle = dlopen(path.constData(), RTLD_NOW | RTLD_LOCAL);
        if (!m_handle) {
            const char *why = dlerror();
            m_error = why ? why : "unknown error";
        }
        m_loaded = true;
        QMetaObject::invokeMethod(
            qApp,
            [this] {
                if (m_waiting)
                    m_waiting->quit();
            },
            Qt::QueuedConnection);
    });
}

void ConsoleLoader::waitForLoad()
{
    if (!m_thread.joinable())
        return;
    if (!m_loaded) {
        QEventLoop loop;
        m_waiting = &loop;
        loop.exec();
        m_waiting = nullptr;
    }
    m_thread.join();
    if (m_handle)
        StartupProbe::mark("module loaded");
}

int ConsoleLoader::run(QApplication &app, std::unique_ptr<MainWindow> early, ConsoleStart how)
{
    if (m_path.isEmpty())
        start();
    waitForLoad();
    ConsoleRun run = nullptr;
    if (m_handle) {
        run = reinterpret_cast<ConsoleRun>(dlsym(m_handle, kConsoleRunSymbol));
        if (!run) {
            const char *why = dlerror();
            m_error = why ? why : "no entry point";
        }
    }
    if (!run) {
        const QString message = tr("marketdesk: cannot load %1: %2")
                                    .arg(m_path, QString::fromLocal8Bit(m_error.c_str()));
        std::fputs(qPrintable(message + u'\n'), stderr);
        // Started from the desktop, nobody reads stderr: the window says it too.
        if (early && !how.quiet)
            PlainText::critical(early.get(), tr("marketdesk"), message);
        return 1;
    }
    how.early = early.release();
    return run(&app, &how);
}
