#include "console_app.h"

#include "api_client.h"
#include "main_window.h"
#include "member_import.h"
#include "org_service.h"
#include "sandbox_host.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {
// Command-line problems go to the terminal, translated like everything else.
void complain(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("marketdesk: ") + message + u'\n'), stderr);
}
} // namespace

ConsoleApp::ConsoleApp() = default;

ConsoleApp::~ConsoleApp()
{
    m_window.reset();
    if (m_service) {
        // The service and everything it owns are destroyed on their own thread.
        QMetaObject::invokeMethod(
            m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
        m_service = nullptr;
    }
    m_serviceThread.quit();
    m_serviceThread.wait();
    m_sandbox.reset();
}

int ConsoleApp::start(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("marketdesk: the KooGallery console for enterprise "
                                   "administrators and sellers."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("demo"),
         tr("Start the embedded sandbox, seed it and open the console on it.")},
        {QStringLiteral("demo-members"), tr("Members in the demo enterprise (default 3000)."),
         QStringLiteral("N"), QStringLiteral("3000")},
        {QStringLiteral("server"),
         tr("Console API server, e.g. https://console.example.com "
            "(remembered per account)."),
         QStringLiteral("URL")},
        {QStringLiteral("account"), tr("Account name; its data lives in its own folder."),
         QStringLiteral("NAME"), QStringLiteral("default")},
        {QStringLiteral("data-dir"), tr("Use this folder for the cache, outbox and journal."),
         QStringLiteral("DIR")},
        {QStringLiteral("lang"), tr("Language for this run: en or zh_CN."), QStringLiteral("LANG")},
        {QStringLiteral("screenshot"),
         tr("After the first sync, save a picture of the window to "
            "FILE and quit."),
         QStringLiteral("FILE")},
    });
    if (!p.parse(arguments)) {
        complain(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("marketdesk %s\n", MARKETDESK_VERSION);
        return 0;
    }
    const QString account = p.value(QStringLiteral("account"));
    if (!MemberImport::isValidUserName(account)) {
        complain(tr("--account: \"%1\" may use letters, digits and . _ @ - only").arg(account));
        return 2;
    }
    m_screenshot = p.value(QStringLiteral("screenshot"));
    const bool demo = p.isSet(QStringLiteral("demo"));
    QString dataDir = p.value(QStringLiteral("data-dir"));
    QUrl server(p.value(QStringLiteral("server")));
    QString actor = qEnvironmentVariable("USER", QStringLiteral("admin"));
    QString label;
    if (demo) {
        bool ok = false;
        const int members = p.value(QStringLiteral("demo-members")).toInt(&ok);
        if (!ok || members < 1 || members > 1'000'000) {
            complain(tr("--demo-members: expected 1 to 1000000"));
            return 2;
        }
        SandboxOptions o;
        o.seed.members = members;
        o.seed.departments = std::clamp(members / 15, 20, 10'000);
        m_sandbox = std::make_unique<SandboxHost>();
        QString error;
        if (!m_sandbox->start(o, &error)) {
            complain(tr("the demo sandbox did not start: %1").arg(error));
            return 1;
        }
        server = m_sandbox->url();
        actor = QStringLiteral("demo-admin");
        label = tr("Demo enterprise (sandbox at %1)").arg(server.toString());
        if (dataDir.isEmpty())
            dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/demo");
    } else {
        if (dataDir.isEmpty())
            dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/accounts/") + account;
        QDir().mkpath(dataDir);
        QSettings settings(dataDir + QStringLiteral("/account.ini"), QSettings::IniFormat);
        if (server.isEmpty())
            server = QUrl(settings.value(QStringLiteral("server")).toString());
        if (server.isEmpty()) {
            complain(tr("no server is known for account \"%1\". Start with --server URL, or "
                        "try --demo.")
                         .arg(account));
            return 2;
        }
        if (const QString problem = ApiClient::checkBaseUrl(server); !problem.isEmpty()) {
            complain(problem);
            return 2;
        }
        settings.setValue(QStringLiteral("server"), server.toString());
        label = tr("%1 at %2").arg(account, server.host());
    }

    m_service = new OrgService(OrgServiceConfig{server, dataDir, actor});
    m_service->moveToThread(&m_serviceThread);
    m_serviceThread.setObjectName(QStringLiteral("service"));
    m_serviceThread.start();
    m_window = std::make_unique<MainWindow>(m_service, label);
    connect(
        m_service, &OrgService::opened, m_window.get(), [this](bool ok, const QString &message) {
            if (!ok) {
                QMessageBox::critical(m_window.get(), tr("marketdesk"),
                                      tr("The local data could not be opened: %1").arg(message));
                return;
            }
            m_window->requestSync();
        });
    if (!m_screenshot.isEmpty())
        connect(m_service, &OrgService::syncFinished, this, &ConsoleApp::takeScreenshotAndQuit,
                Qt::SingleShotConnection);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->open(); });
    m_window->show();
    return -1;
}

void ConsoleApp::takeScreenshotAndQuit()
{
    // Give the snapshot time to arrive and the views time to paint.
    QTimer::singleShot(1200, this, [this] {
        // Show something worth seeing: the first member of the first division, selected.
        m_window->showFirstMember();
        const bool ok = m_window->grab().save(m_screenshot);
        std::fprintf(ok ? stdout : stderr,
                     ok ? "marketdesk: saved %s\n" : "marketdesk: cannot write %s\n",
                     qPrintable(m_screenshot));
        QApplication::exit(ok ? 0 : 1);
    });
}
