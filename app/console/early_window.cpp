#include "console/early_window.h"

#include "console/console_text.h"
#include "ui/shell/main_window.h"
#include "ui/shell/startup_probe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

namespace {

const char kPainted[] = "marketdeskEarlyPainted";

// Marks the first paint of a widget of `window` (for the startup probe and painted()) and quits
// the loop waiting for it, if one still does. A child of the window: it outlives the wait when
// the paint comes after the bound, so the paint is still marked, once.
class EarlyPaintWatch : public QObject
{
public:
    EarlyPaintWatch(QWidget *window, QEventLoop *loop)
        : QObject(window)
        , m_window(window)
        , m_loop(loop)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            StartupProbe::mark("first paint");
            m_window->setProperty(kPainted, true);
            qApp->removeEventFilter(this);
            if (m_loop)
                m_loop->quit();
        }
        return false;
    }

private:
    QWidget *m_window;
    QPointer<QEventLoop> m_loop;
};

} // namespace

EarlyWindow EarlyWindow::forArguments(const QCommandLineParser &p)
{
    EarlyWindow none;
    // --secret-store means something with --server only, and the module checks it.
    for (const char *option :
         {"help", "help-all", "version", "demo", "demo-seller", "server", "secret-store"})
        if (p.isSet(QString::fromLatin1(option)))
            return none;
    if (p.isSet(QStringLiteral("screenshot-action")))
        return none; // without --demo (which has no early window) a mistake the module reports
    QFile file(ConsoleText::dataRoot(p) + QStringLiteral("/accounts.json"));
    if (!file.open(QIODevice::ReadOnly))
        return none;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    // The one the console opens: the named account, else the most recently used (the first of
    // those used last, as AccountStore::mostRecent sorts them).
    const QString wantedName = p.value(QStringLiteral("account"));
    QJsonObject chosen;
    QDateTime chosenUsed;
    for (const QJsonValue &v : doc.object().value(u"accounts").toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"name").toString();
        if (name.isEmpty())
            return none; // a damaged list: the module says so
        const QDateTime used =
            QDateTime::fromString(o.value(u"lastUsed").toString(), Qt::ISODateWithMs);
        if (wantedName.isEmpty() ? (chosen.isEmpty() || used > chosenUsed) : name == wantedName) {
            chosen = o;
            chosenUsed = used;
        }
    }
    EarlyWindow early;
    early.m_server = QUrl(chosen.value(u"server").toString(), QUrl::StrictMode);
    if (chosen.isEmpty() || !early.m_server.isValid() || early.m_server.host().isEmpty())
        return none;
    early.m_account = chosen.value(u"name").toString();
    early.m_person = chosen.value(u"displayName").toString();
    if (early.m_person.isEmpty())
        early.m_person = chosen.value(u"userName").toString();
    early.m_tenantName = chosen.value(u"tenantName").toString();
    early.m_role = chosen.value(u"role").toString();
    return early;
}

QString EarlyWindow::label() const
{
    return ConsoleText::windowLabel(m_account, m_server);
}

std::unique_ptr<MainWindow> EarlyWindow::showAndWaitForPaint() const
{
    auto window = std::make_unique<MainWindow>(label());
    StartupProbe::mark("shell built");
    // The details (where the tokens are kept) come with the module, and so do the actions.
    window->setIdentity(m_person, m_tenantName, m_role, QString());
    window->setAccountActionsEnabled(false);
    window->statusBar()->showMessage(ConsoleText::opening(m_account));
    QEventLoop loop;
    new EarlyPaintWatch(window.get(), &loop);
    window->show();
    StartupProbe::mark("shown");
    // Bounded: a window the window system does not expose (another desktop) never paints, and
    // the console must not wait for it.
    QTimer::singleShot(250, &loop, &QEventLoop::quit);
    loop.exec();
    return window;
}

bool EarlyWindow::painted(const QWidget *window)
{
    return window && window->property(kPainted).toBool();
}
