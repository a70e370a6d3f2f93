#include "cli/cli_app.h"

#include "cli/apps_cli.h"
#include "cli/cli_auth.h"
#include "cli/cli_options.h"
#include "cli/cli_output.h"
#include "cli/command_help.h"
#include "cli/licenses_cli.h"
#include "cli/seller_center_cli.h"
#include "cli/seller_rotate_cli.h"
#include "cli/seller_tools.h"
#include "identity/actor.h"

#include "net/api_client.h"
#include "org/cache.h"
#include "org/impact.h"
#include "org/member_import.h"
#include "org/org_service.h"
#include "storage/audit_journal.h"
#include "storage/audit_manifest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

using CliOutput::err;
using CliOutput::out;

bool readFile(const QString &path, QByteArray *data)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err(QCoreApplication::translate("CliApp", "cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    if (f.size() > 64 * 1024 * 1024) {
        err(QCoreApplication::translate("CliApp", "%1 is larger than 64 MB; split it").arg(path));
        return false;
    }
    *data = f.readAll();
    return true;
}

bool confirm(const QString &question)
{
    if (!isatty(STDIN_FILENO)) {
        err(QCoreApplication::translate("CliApp",
                                        "%1 Add --yes to confirm when not running in a terminal.")
                .arg(question));
        return false;
    }
    std::fputs(qPrintable(question + QStringLiteral(" [y/N] ")), stdout);
    std::fflush(stdout);
    char line[16] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    return line[0] == 'y' || line[0] == 'Y';
}

} // namespace

int CliApp::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    CliOptions::describe(p);
    if (!p.parse(arguments)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        if (p.positionalArguments().isEmpty()) {
            out(p.helpText());
            return 0;
        }
        // COMMAND --help: that command's usage and the manual's examples of it.
        QFile manual(QStringLiteral(":/cli/marketdesk-cli.1.in"));
        if (!manual.open(QIODevice::ReadOnly))
            err(QStringLiteral("marketdesk-cli: the built-in manual is missing")); // a build fault
        const QString help =
            CommandHelp::forCommand(p.applicationDescription(), // not "Options:", translated
                                    QString::fromUtf8(manual.readAll()), p.positionalArguments());
        if (help.isEmpty()) {
            err(QCoreApplication::translate("CliApp", "--help: there is no command \"%1\"; see "
                                                      "marketdesk-cli --help")
                    .arg(p.positionalArguments().join(u' ')));
            return 2;
        }
        out(help);
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("marketdesk-cli " MARKETDESK_VERSION));
        return 0;
    }
    if (p.isSet(QStringLiteral("help-all")))
        p.process(arguments); // prints the help with Qt's own options and exits 0
    if (p.isSet(QStringLiteral("lang"))) {
        const QString lang = p.value(QStringLiteral("lang"));
        if (lang != u"en" && lang != u"zh_CN") {
            err(QCoreApplication::translate("CliApp", "--lang: expected en or zh_CN, got \"%1\"")
                    .arg(lang));
            return 2;
        }
    }
    m_positional = p.positionalArguments();
    if (m_positional.isEmpty()) {
        err(QCoreApplication::translate("CliApp", "no command given; see --help"));
        return 2;
    }
    // The seller's tools need no account, server or event loop: they finish here. The Seller
    // Center's commands (keys, addresses, credentials) use an account like the others.
    const bool sellerRotate =
        m_positional.first() == u"seller" && SellerRotateCli::handles(m_positional.value(1));
    const bool sellerCenter = sellerRotate || (m_positional.first() == u"seller" &&
                                               SellerCenterCli::handles(m_positional.value(1)));
    if (m_positional.first() == u"seller" && !sellerCenter)
        return SellerTools::run(p, m_positional);
    // A group's verbs may have different handlers: `licenses apply` is LicensesCli's (the
    // licenses domain); the seat inventory's `licenses list|reclaim|export` (the apps domain)
    // gets a handler of its own, asked here beside it.
    const bool licenses = LicensesCli::handles(m_positional.first(), m_positional.value(1));
    const bool apps = AppsCli::handles(m_positional.first(), m_positional.value(1));
    m_account = p.value(QStringLiteral("account"));
    if (!m_account.isEmpty()) {
        if (const QString e = AccountStore::checkName(m_account); !e.isEmpty()) {
            err(QStringLiteral("--account: ") + e);
            return 2;
        }
    }
    m_demo = p.isSet(QStringLiteral("demo"));
    // Where the console keeps its demo: the same folder rule as marketdesk --demo.
    m_root = p.isSet(QStringLiteral("data-dir"))
                 ? p.value(QStringLiteral("data-dir"))
                 : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       (m_demo ? QStringLiteral("/demo") : QString());
    m_server = p.value(QStringLiteral("server"));
    m_login.account = m_account;
    m_login.server = m_server;
    m_login.secretStore = p.value(QStringLiteral("secret-store"));
    m_login.caFile = p.value(QStringLiteral("ca-file"));
    for (const QString &pin : p.values(QStringLiteral("pin"))) {
        if (const QString e = TlsPolicy::checkPin(pin.toLatin1()); !e.isEmpty()) {
            err(QStringLiteral("--pin: ") + e);
            return 2;
        }
        m_login.pins.append(pin.toLatin1());
    }
    m_login.discover = p.isSet(QStringLiteral("discover"));
    m_login.authorizeUrl = p.value(QStringLiteral("authorize-url"));
    m_login.tokenUrl = p.value(QStringLiteral("token-url"));
    m_login.userinfoUrl = p.value(QStringLiteral("userinfo-url"));
    m_login.logoutUrl = p.value(QStringLiteral("logout-url"));
    m_login.clientId = p.value(QStringLiteral("client-id"));
    m_login.scope = p.value(QStringLiteral("scope"));
    m_login.openBrowser = p.isSet(QStringLiteral("browser"));
    bool timeoutOk = false;
    m_login.timeoutS = p.value(QStringLiteral("timeout")).toInt(&timeoutOk);
    if (!timeoutOk || m_login.timeoutS < 1 || m_login.timeoutS > 3600) {
        err(QCoreApplication::translate("CliApp",
                                        "--timeout: expected seconds from 1 to 3600, got \"%1\"")
                .arg(p.value(QStringLiteral("timeout"))));
        return 2;
    }
    m_passphraseFile = p.value(QStringLiteral("passphrase-file"));
    m_deleteCache = p.isSet(QStringLiteral("delete-cache"));
    m_actorNote = p.value(QStringLiteral("actor"));
    m_csv = p.value(QStringLiteral("from-csv"));
    m_yes = p.isSet(QStringLiteral("yes"));
    m_dryRun = p.isSet(QStringLiteral("dry-run"));
    m_bom = !p.isSet(QStringLiteral("no-bom"));
    m_from = p.value(QStringLiteral("from"));
    m_to = p.value(QStringLiteral("to"));
    m_filterActor = p.value(QStringLiteral("by"));
    m_filterAction = p.value(QStringLiteral("action"));
    const QString cmd = m_positional.first();
    const QString sub = m_positional.value(1);
    const bool known =
        cmd == u"sync" || cmd == u"login" || cmd == u"logout" ||
        (cmd == u"accounts" && (sub == u"list" || sub == u"remove")) ||
        (cmd == u"members" &&
         (sub == u"enable" || sub == u"disable" || sub == u"delete" || sub == u"import")) ||
        (cmd == u"outbox" && (sub == u"run" || sub == u"status")) ||
        (cmd == u"audit" && (sub == u"verify" || sub == u"export" || sub == u"check")) ||
        sellerCenter || licenses || apps;
    if (!known) {
        err(QCoreApplication::translate("CliApp", "unknown command \"%1\"; see --help")
                .arg(m_positional.join(u' ')));
        return 2;
    }
    if (cmd == u"members" && sub != u"import" && m_csv.isEmpty()) {
        err(QCoreApplication::translate("CliApp", "members %1 needs --from-csv FILE").arg(sub));
        return 2;
    }
    if (cmd == u"accounts" && sub == u"remove" && m_positional.size() < 3) {
        err(QCoreApplication::translate("CliApp", "accounts remove needs the account's NAME"));
        return 2;
    }
    if (!m_server.isEmpty() && cmd != u"login") {
        err(QCoreApplication::translate("CliApp",
                                        "--server is for login; an account remembers its server"));
        return 2;
    }
    if (licenses) {
        m_licenses = new LicensesCli(this);
        return m_licenses->parse(p, m_positional);
    }
    if (apps) {
        m_apps = new AppsCli(this);
        return m_apps->parse(p, m_positional);
    }
    if ((sub == u"import" || sub == u"export" || sub == u"check") && m_positional.size() < 3) {
        err(QCoreApplication::translate("CliApp", "%1 %2 needs a FILE").arg(cmd, sub));
        return 2;
    }
    if (sellerRotate) {
        m_sellerRotate = new SellerRotateCli(this);
        return m_sellerRotate->parse(p, m_positional);
    }
    if (sellerCenter) {
        // Its --from is a file, not a time.
        m_sellerCenter = new SellerCenterCli(this);
        return m_sellerCenter->parse(p, m_positional);
    }
    for (const QString *t : {&m_from, &m_to}) {
        if (!t->isEmpty() && !QDateTime::fromString(*t, Qt::ISODate).isValid()) {
            err(QCoreApplication::translate(
                    "CliApp", "\"%1\" is not a time in ISO 8601 form, e.g. 2026-11-29T08:00:00Z")
                    .arg(*t));
            return 2;
        }
    }
    return -1;
}

void CliApp::finish(int code)
{
    // A failure because the server no longer accepts the sign-in has its own code.
    if (m_signInNeeded && code == 1)
        code = 5;
    // Refreshed tokens reach the secret store before the program ends.
    if (m_auth)
        m_auth->whenWritten([code] { QCoreApplication::exit(code); });
    else
        QCoreApplication::exit(code);
}

void CliApp::run()
{
    const QString cmd = m_positional.first();
    const QString sub = m_positional.value(1);
    m_auth = new CliAuth(m_root, this);
    m_auth->setPassphraseFile(m_passphraseFile);
    const auto done = [this](int code) { finish(code); };
    if (cmd == u"login") {
        m_auth->login(m_login, done);
        return;
    }
    if (cmd == u"logout") {
        m_auth->logout(m_account, done);
        return;
    }
    if (cmd == u"accounts") {
        if (sub == u"list")
            m_auth->list(done);
        else
            m_auth->remove(m_positional.value(2), m_deleteCache, done);
        return;
    }
    if (cmd == u"audit" && sub == u"check") {
        cmdAuditCheck(); // a file and its manifest: no account needed
        return;
    }
    if (cmd == u"audit") {
        sub == u"verify" ? cmdAuditVerify() : cmdAuditExport();
        return;
    }
    if (m_demo) {
        err(QCoreApplication::translate("CliApp",
                                        "--demo reads the demo's journal only (audit verify, "
                                        "audit export); the demo's server lives inside "
                                        "marketdesk --demo"));
        finish(2);
        return;
    }
    if (m_sellerRotate) {
        m_sellerRotate->run(m_auth, m_account, m_actorNote, [this](int code) { finish(code); });
        return;
    }
    if (m_sellerCenter) {
        m_sellerCenter->run(m_auth, m_account, m_actorNote, [this](int code) { finish(code); });
        return;
    }
    if (m_apps) {
        m_apps->run(m_auth, m_account, m_actorNote, [this](int code) { finish(code); });
        return;
    }
    if (m_licenses) {
        m_licenses->run(m_auth, m_account, m_actorNote, [this](int code) { finish(code); });
        return;
    }
    openService([this, cmd, sub] {
        if (cmd == u"sync")
            cmdSync();
        else if (cmd == u"members" && sub == u"import")
            cmdImport();
        else if (cmd == u"members")
            cmdMembers();
        else
            cmdOutbox();
    });
}

void CliApp::openService(const std::function<void()> &then)
{
    m_auth->open(
        m_account,
        [this, then](const Account &account, const TokenSet &tokens) {
            QString error;
            OrgServiceConfig config;
            if (!account.tlsPolicy(&config.tls, &error)) {
                err(error);
                finish(2);
                return;
            }
            config.server = account.server;
            config.dataDir = m_auth->accounts().accountDir(account.name);
            config.actor = Actor::forJournal(account.userName, account.tenant, m_actorNote);
            config.endpoints = account.endpoints;
            config.tokens = tokens;
            // The journal is checked against its anchor before anything is appended.
            m_auth->anchorKeeper(account)->read(
                [this, config, account, then](JournalAnchorKeeper::Read result,
                                              const JournalAnchor &anchor,
                                              const QString &why) mutable {
                    config.takeAnchor(result, anchor, why);
                    startService(config, account, then);
                });
        },
        [this](int code) { finish(code); });
}

void CliApp::startService(const OrgServiceConfig &config, const Account &account,
                          const std::function<void()> &then)
{
    m_service = new OrgService(config, this);
    connect(m_service, &OrgService::failed, this, [](const QString &m) { err(m); });
    // Whatever the command: the outbox resumes at every start, and its answers may fail to be
    // recorded (a full disk); they stay pending, and the person is told.
    connect(m_service, &OrgService::localWriteFailed, this, [this](const QString &m) {
        if (m == m_lastLocalWriteFailure)
            return;
        m_lastLocalWriteFailure = m;
        err(m);
    });
    connect(m_service, &OrgService::journalAdvanced, m_auth->anchorKeeper(account),
            &JournalAnchorKeeper::advance);
    connect(m_service, &OrgService::tokensChanged, this,
            [this, account](const TokenSet &t) { m_auth->saveTokens(account, t); });
    connect(m_service, &OrgService::signInRequired, this, [this, account](const QString &why) {
        err(QCoreApplication::translate("CliApp",
                                        "%1 Sign in again: marketdesk-cli login --account %2")
                .arg(why, account.name));
        m_signInNeeded = true;
    });
    connect(m_service, &OrgService::opened, this, [this, then](bool ok, const QString &m) {
        if (!ok) {
            err(m);
            finish(1);
            return;
        }
        then();
    });
    // Pending changes from an earlier run go out first, whatever the command.
    m_service->open();
}

void CliApp::cmdSync()
{
    connect(m_service, &OrgService::syncProgress, this, [](qint64 done, qint64 total) {
        std::fprintf(stderr, "\rsync: %lld / %lld", qlonglong(done), qlonglong(total));
    });
    connect(m_service, &OrgService::syncFinished, this, [this](bool ok, const QString &m) {
        std::fputc('\n', stderr);
        if (!ok) {
            err(m);
            finish(1);
            return;
        }
        out(m);
        // A local: lupdate does not see a text whose count argument contains "->".
        const int members = m_service->cache()->memberCount();
        out(QCoreApplication::translate("CliApp", "%n member(s) in the cache.", nullptr, members));
        finish(0);
    });
    m_service->sync();
}

void CliApp::cmdMembers()
{
    const auto action = memberActionFromName(m_positional.value(1));
    QByteArray data;
    if (!readFile(m_csv, &data)) {
        finish(1);
        return;
    }
    const MemberImport::UserNameList list = MemberImport::readUserNames(data);
    for (const MemberImport::Issue &i : list.issues)
        err(i.line > 0 ? QCoreApplication::translate("CliApp", "%1 line %2: %3")
                             .arg(m_csv)
                             .arg(i.line)
                             .arg(i.message)
                       : QCoreApplication::translate("CliApp", "%1: %2").arg(m_csv, i.message));
    if (!list.issues.isEmpty()) {
        err(QCoreApplication::translate("CliApp", "nothing was sent; fix the rows above first"));
        finish(1);
        return;
    }
    auto proceed = [this, action, list] {
        QString error;
        const auto snapshot = m_service->cache()->loadSnapshot(&error);
        if (!snapshot) {
            err(error);
            finish(1);
            return;
        }
        const Impact impact = assessImpact(*action, list.userNames, *snapshot);
        for (const Impact::Row &r : impact.rows) {
            if (r.kind == Impact::Kind::Blocked)
                err(QCoreApplication::translate("CliApp", "line %1: %2 cannot change: %3")
                        .arg(list.lines.at(list.userNames.indexOf(r.userName)))
                        .arg(r.userName, r.reason));
        }
        out(QCoreApplication::translate("CliApp",
                                        "%1: %2 will change (%3), %4 already so, %5 cannot "
                                        "change.")
                .arg(memberActionName(*action),
                     QCoreApplication::translate("CliApp", "%n member(s)", nullptr, impact.changes),
                     QCoreApplication::translate("CliApp", "%n administrator(s)", nullptr,
                                                 impact.adminChanges))
                .arg(impact.unchanged)
                .arg(impact.blocked));
        if (m_dryRun || impact.changes == 0) {
            finish(impact.blocked > 0 ? 3 : 0);
            return;
        }
        if (!m_yes && !confirm(QCoreApplication::translate("CliApp", "%1 %n member(s)?", nullptr,
                                                           impact.changes)
                                   .arg(memberActionName(*action)))) {
            finish(1);
            return;
        }
        m_failedTargets = impact.blocked;
        const quint64 ticket = OrgService::newTicket();
        // The service runs on this thread: the operation's id arrives within submit().
        connect(m_service, &OrgService::operationQueued, this,
                [this, ticket](quint64 t, qint64 id, MemberAction, int) {
                    if (t == ticket)
                        m_waitFor.insert(id);
                });
        connect(m_service, &OrgService::operationRefused, this,
                [this, ticket](quint64 t, const QString &problem) {
                    if (t != ticket)
                        return;
                    err(problem);
                    finish(1);
                });
        waitForOperations();
        m_service->submit(ticket, *action, impact.toSend());
    };
    withOrganisation(proceed);
}

void CliApp::withOrganisation(const std::function<void()> &proceed)
{
    // The preview needs the organisation; sync first when the cache is empty.
    if (m_service->cache()->memberCount() == 0) {
        connect(
            m_service, &OrgService::syncFinished, this,
            [this, proceed](bool ok, const QString &m) {
                if (!ok) {
                    err(m);
                    finish(1);
                    return;
                }
                proceed();
            },
            Qt::SingleShotConnection);
        m_service->sync();
        return;
    }
    proceed();
}

void CliApp::waitForOperations()
{
    // Only the operations of this run (m_waitFor) count: others resumed from the outbox may
    // finish meanwhile.
    connect(m_service, &OrgService::operationProgress, this,
            [this](qint64 id, int done, int failed, int total) {
                if (m_waitFor.contains(id))
                    std::fprintf(stderr, "operation %lld: %d done, %d failed of %d\n",
                                 qlonglong(id), done, failed, total);
            });
    connect(m_service, &OrgService::operationFinished, this, [this](qint64 id, int, int failed) {
        if (!m_waitFor.remove(id))
            return;
        m_failedTargets += failed;
        for (const Outbox::Target &t : m_service->outbox()->targets(id))
            if (t.state == Outbox::TargetState::Failed)
                err(QCoreApplication::translate("CliApp", "%1: %2 %3")
                        .arg(t.key, t.resultCode, t.message));
        if (m_waitFor.isEmpty())
            finish(m_failedTargets > 0 ? 3 : 0);
    });
    stopWhenStalled();
}

void CliApp::stopWhenStalled()
{
    const auto stop = [this](const QString &m) {
        err(QCoreApplication::translate(
                "CliApp",
                "%1\nThe pending changes are kept; run \"marketdesk-cli outbox run\" to send them.")
                .arg(m));
        finish(1);
    };
    connect(m_service, &OrgService::outboxStalled, this, stop);
    // A full disk or a locked journal (said by startService): the answer is asked for again by
    // the next run (the server keeps it under the same request id), not retried here until it
    // passes.
    connect(
        m_service, &OrgService::localWriteFailed, this,
        [this](const QString &) {
            err(QCoreApplication::translate("CliApp", "The pending changes are kept; run "
                                                      "\"marketdesk-cli outbox run\" to send "
                                                      "them."));
            finish(1);
        },
        Qt::SingleShotConnection);
}

void CliApp::cmdImport()
{
    QByteArray data;
    const QString path = m_positional.value(2);
    if (!readFile(path, &data)) {
        finish(1);
        return;
    }
    MemberImport::NewMembers rows = MemberImport::readNewMembers(data);
    withOrganisation([this, rows, path]() mutable { importChecked(rows, path); });
}

void CliApp::importChecked(MemberImport::NewMembers rows, const QString &path)
{
    // Rows whose member exists already or whose department is not in the organisation are
    // refused here, by line, before anything is sent.
    QString error;
    const auto snapshot = m_service->cache()->loadSnapshot(&error);
    if (!snapshot) {
        err(error);
        finish(1);
        return;
    }
    const auto verdicts = MemberImport::checkAgainst(rows, *snapshot);
    for (qsizetype k = 0; k < verdicts.size(); ++k)
        if (!verdicts.at(k).ok)
            rows.issues.append(
                {rows.lines.at(k), QStringLiteral("%1: %2").arg(rows.members.at(k).userName,
                                                                verdicts.at(k).message)});
    std::stable_sort(rows.issues.begin(), rows.issues.end(),
                     [](const auto &a, const auto &b) { return a.line < b.line; });
    for (const MemberImport::Issue &i : rows.issues)
        err(i.line > 0 ? QCoreApplication::translate("CliApp", "%1 line %2: %3")
                             .arg(path)
                             .arg(i.line)
                             .arg(i.message)
                       : QCoreApplication::translate("CliApp", "%1: %2").arg(path, i.message));
    const int toAdd = int(std::count_if(verdicts.cbegin(), verdicts.cend(),
                                        [](const MemberImport::Verdict &v) { return v.ok; }));
    out(QCoreApplication::translate("CliApp", "%1 to add, %2.")
            .arg(QCoreApplication::translate("CliApp", "%n new member(s)", nullptr, toAdd),
                 QCoreApplication::translate("CliApp", "%n bad row(s)", nullptr,
                                             int(rows.issues.size()))));
    if (!rows.issues.isEmpty() || m_dryRun || rows.members.isEmpty()) {
        if (!rows.issues.isEmpty())
            err(QCoreApplication::translate("CliApp",
                                            "nothing was sent; fix the rows above first"));
        finish(rows.issues.isEmpty() ? 0 : 1);
        return;
    }
    if (!m_yes && !confirm(QCoreApplication::translate("CliApp", "Add %n member(s)?", nullptr,
                                                       int(rows.members.size())))) {
        finish(1);
        return;
    }
    // One call per row, two in flight; each outcome is reported against its line.
    const quint64 ticket = OrgService::newTicket();
    auto answered = std::make_shared<int>(0);
    const int total = int(rows.members.size());
    connect(m_service, &OrgService::importProgress, this,
            [rows, path, ticket, answered, total](quint64 t, int index, bool ok,
                                                  const QString &message) {
                if (t != ticket)
                    return;
                if (!ok)
                    err(QCoreApplication::translate("CliApp", "%1 line %2: %3")
                            .arg(path)
                            .arg(rows.lines.value(index))
                            .arg(message));
                std::fprintf(stderr, "\rimport: %d / %d", ++*answered, total);
            });
    connect(m_service, &OrgService::importFinished, this,
            [this, ticket](quint64 t, int added, int failed) {
                if (t != ticket)
                    return;
                std::fputc('\n', stderr);
                out(QCoreApplication::translate("CliApp", "%1 added, %2 failed.")
                        .arg(added)
                        .arg(failed));
                finish(failed ? 3 : 0);
            });
    stopWhenStalled(); // the rows not yet added stay in the outbox for "outbox run"
    m_service->importMembers(ticket, rows.members);
}

void CliApp::cmdOutbox()
{
    if (m_positional.value(1) == u"status") {
        for (const Outbox::Operation &op : m_service->outbox()->operations(50))
            out(QCoreApplication::translate("CliApp",
                                            "%1  %2  %3  %4 done, %5 failed, %6 pending of %7")
                    .arg(op.id)
                    .arg(op.createdAt.toString(Qt::ISODate), op.action)
                    .arg(op.done)
                    .arg(op.failed)
                    .arg(op.total - op.done - op.failed)
                    .arg(op.total));
        finish(0);
        return;
    }
    const int pending = m_service->outbox()->pendingCount();
    if (pending == 0) {
        out(QCoreApplication::translate("CliApp", "Nothing is pending."));
        finish(0);
        return;
    }
    out(QCoreApplication::translate("CliApp", "Sending %n pending change(s)…", nullptr, pending));
    for (const Outbox::Chunk &c : m_service->outbox()->pendingChunks())
        m_waitFor.insert(c.operationId);
    waitForOperations();
    // open() already resumed the outbox; its signals arrive from here on.
}

QString CliApp::accountDir()
{
    if (m_demo) {
        const QString dir = m_auth->accounts().accountDir(QStringLiteral("demo"));
        if (!QFile::exists(dir + QStringLiteral("/audit.sqlite"))) {
            err(QCoreApplication::translate("CliApp",
                                            "there is no demo journal in %1 yet; marketdesk "
                                            "--demo writes it")
                    .arg(dir));
            return {};
        }
        return dir;
    }
    QString error;
    if (!m_auth->accounts().load(&error)) {
        err(error);
        return {};
    }
    const auto account =
        m_account.isEmpty() ? m_auth->accounts().mostRecent() : m_auth->accounts().find(m_account);
    if (!account) {
        err(m_account.isEmpty()
                ? QCoreApplication::translate("CliApp", "no account yet; sign in first: "
                                                        "marketdesk-cli login --server URL")
                : QCoreApplication::translate("CliApp", "there is no account \"%1\"; see "
                                                        "marketdesk-cli accounts list (the "
                                                        "console's demo: --demo)")
                      .arg(m_account));
        return {};
    }
    return m_auth->accounts().accountDir(account->name);
}

void CliApp::cmdAuditVerify()
{
    if (m_demo) {
        const QString dir = accountDir();
        if (dir.isEmpty()) {
            finish(2);
            return;
        }
        verifyJournal(dir, std::nullopt, {}, {});
        return;
    }
    // The anchor lives in the account's secret store: unlock it, but no sign-in is needed.
    m_auth->openStore(
        m_account,
        [this](const Account &account, const TokenSet &) {
            const QString dir = m_auth->accounts().accountDir(account.name);
            m_auth->anchorKeeper(account)->read(
                [this, dir](JournalAnchorKeeper::Read result, const JournalAnchor &anchor,
                            const QString &why) { verifyJournal(dir, result, anchor, why); });
        },
        [this](int code) { finish(code); });
}

QString CliApp::existingJournal(const QString &dir)
{
    const QString path = dir + QStringLiteral("/audit.sqlite");
    if (QFile::exists(path))
        return path;
    err(QCoreApplication::translate("CliApp", "no audit journal at %1").arg(path));
    return {};
}

void CliApp::verifyJournal(const QString &dir, std::optional<JournalAnchorKeeper::Read> read,
                           const JournalAnchor &anchor, const QString &why)
{
    using Read = JournalAnchorKeeper::Read;
    const QString path = existingJournal(dir);
    if (path.isEmpty()) {
        finish(1);
        return;
    }
    QString error;
    auto journal = AuditJournal::open(path, &error);
    if (!journal) {
        err(error);
        finish(1);
        return;
    }
    auto problems = journal->verify(&error);
    if (read == Read::Damaged) // something replaced the record kept outside the journal
        problems.append(
            {0, QCoreApplication::translate("CliApp", "the record kept outside the journal is "
                                                      "damaged (%1)")
                    .arg(why)});
    if (error.isEmpty() && read == Read::Ok)
        problems += journal->checkAnchor(anchor, &error);
    if (!error.isEmpty()) {
        err(error);
        finish(1);
        return;
    }
    for (const auto &p : problems)
        err(p.message);
    if (problems.isEmpty())
        out(QCoreApplication::translate("CliApp", "The audit journal is intact: %n entr(y/ies).",
                                        nullptr, int(journal->count())));
    if (!read) {
        err(QCoreApplication::translate("CliApp",
                                        "note: the demo keeps no record outside its journal, so "
                                        "entries cut off its end cannot be detected"));
    } else if (*read == Read::Unreadable) {
        err(QCoreApplication::translate("CliApp",
                                        "note: the record kept outside the journal could not be "
                                        "read (%1), so entries cut off its end cannot be detected")
                .arg(why));
    } else if (*read == Read::Ok) {
        if (anchor.isNull())
            err(QCoreApplication::translate("CliApp",
                                            "note: nothing is recorded outside this journal yet; "
                                            "the console and the CLI record its end the next "
                                            "time they open this account"));
        else if (problems.isEmpty())
            out(QCoreApplication::translate("CliApp",
                                            "It still holds the %n entr(y/ies) recorded outside "
                                            "it on %1.",
                                            nullptr, int(anchor.count))
                    .arg(anchor.at.toString(Qt::ISODate)));
    } // Damaged: reported above as a problem
    finish(problems.isEmpty() ? 0 : 4);
}

void CliApp::cmdAuditExport()
{
    const QString dir = accountDir();
    if (dir.isEmpty()) {
        finish(2);
        return;
    }
    const QString journalPath = existingJournal(dir);
    if (journalPath.isEmpty()) {
        finish(1);
        return;
    }
    AuditExportOptions o;
    o.bom = m_bom;
    o.from = m_from.isEmpty() ? QDateTime() : QDateTime::fromString(m_from, Qt::ISODate);
    o.to = m_to.isEmpty() ? QDateTime() : QDateTime::fromString(m_to, Qt::ISODate);
    o.actor = m_filterActor;
    o.action = m_filterAction;
    const QString path = m_positional.value(2);
    const auto result = exportAuditCsv(journalPath, path, o);
    if (!result.ok) {
        err(result.error);
        finish(1);
        return;
    }
    out(QCoreApplication::translate("CliApp", "Exported %n row(s) to %1.", nullptr,
                                    int(result.rows))
            .arg(path));
    out(QCoreApplication::translate("CliApp", "Its manifest (rows, sequence, SHA-256): %1")
            .arg(result.manifestPath));
    finish(0);
}

void CliApp::cmdAuditCheck()
{
    const QString path = m_positional.value(2);
    QString error;
    AuditManifest manifest;
    const QStringList problems = AuditManifest::check(path, &manifest, &error);
    if (!error.isEmpty()) {
        err(error);
        finish(1);
        return;
    }
    for (const QString &p : problems)
        err(QStringLiteral("%1: %2").arg(path, p));
    if (!problems.isEmpty()) {
        finish(4);
        return;
    }
    out(QCoreApplication::translate("CliApp", "%1 is the file exported on %2: %n row(s)", nullptr,
                                    int(manifest.rows))
            .arg(path, manifest.exportedAt.toString(Qt::ISODate)));
    if (manifest.rows > 0)
        out(QCoreApplication::translate("CliApp",
                                        "journal entries %1 to %2; entry %2 has the chain hash %3")
                .arg(manifest.firstSeq)
                .arg(manifest.lastSeq)
                .arg(QString::fromLatin1(manifest.lastHash)));
    finish(0);
}
