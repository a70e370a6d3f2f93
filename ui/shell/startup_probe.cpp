#include "ui/shell/startup_probe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

bool StartupProbe::wanted()
{
    return qEnvironmentVariableIsSet("MARKETDESK_STARTUP_PROBE");
}

void StartupProbe::mark(const char *stage)
{
    if (!wanted())
        return;
    std::printf("startup: %s\n", stage);
    std::fflush(stdout);
}

bool StartupProbe::quitsAtFirstPaint()
{
    return qgetenv("MARKETDESK_STARTUP_PROBE") == "first-paint";
}

StartupProbe::StartupProbe(QWidget *window, std::function<bool()> hasMembers, bool painted,
                           QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_hasMembers(std::move(hasMembers))
    , m_painted(painted)
{
    // Paint events reach the widgets that paint; the window's children include them all.
    qApp->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !m_window)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    if (!m_painted) {
        m_painted = true;
        std::printf("startup: first paint\n");
        std::fflush(stdout);
        // For profiling what comes before the first paint alone.
        if (quitsAtFirstPaint()) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
            return false;
        }
    }
    if (m_hasMembers()) {
        std::printf("startup: members shown\n");
        std::fflush(stdout);
        qApp->removeEventFilter(this);
        if (qgetenv("MARKETDESK_STARTUP_PROBE") != "stay")
            QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
    }
    return false;
}
