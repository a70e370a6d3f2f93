#include "cli_app.h"

#include "api_client.h"
#include "audit_journal.h"
#include "cache.h"
#include "impact.h"
#include "member_import.h"
#include "org_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("marketdesk-cli: ") + text + u'\n'), stderr);
    std::fflush(stderr);
}

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
    p.setApplicationDescription(QCoreApplication::translate(
        "CliApp",
        "Headless marketdesk.\n\nCommands:\n"
        "  sync                                   bring the local cache up to date\n"
        "  members enable|disable|delete --from-csv FILE\n"
        "                                         a batch action on the userNames in FILE\n"
        "  members import FILE                    add the members listed in FILE\n"
        "  outbox run                             send pending changes (after a crash too)\n"
        "  outbox status                          list recent operations\n"
        "  audit verify                           check the audit journal's hash chain\n"
        "  audit export FILE                      write the journal as CSV"));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QCoreApplication::translate("CliApp", "See above."));
    p.addOptions({
        {QStringLiteral("server"),
         QCoreApplication::translate("CliApp",
                                     "Console API server, e.g. https://console.example.com "
                                     "(remembered per account)."),
         QStringLiteral("URL")},
        {QStringLiteral("account"),
         QCoreApplication::translate("CliApp", "Account name; its data lives in its own folder."),
         QStringLiteral("NAME"), QStringLiteral("default")},
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("CliApp",
                                     "Use this folder for the cache, outbox and journal."),
         QStringLiteral("DIR")},
        {QStringLiteral("actor"),
         QCoreApplication::translate("CliApp", "Name recorded in the audit journal."),
         QStringLiteral("NAME")},
        {QStringLiteral("from-csv"),
         QCoreApplication::translate("CliApp",
                                     "CSV file of userNames for members enable|disable|delete."),
         QStringLiteral("FILE")},
        {QStringLiteral("yes"),
         QCoreApplication::translate("CliApp", "Do not ask for confirmation.")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("CliApp", "Show what would change and stop.")},
        {QStringLiteral("no-bom"),
         QCoreApplication::translate("CliApp", "audit export: no UTF-8 byte order mark.")},
        {QStringLiteral("from"),
         QCoreApplication::translate("CliApp",
                                     "audit export: entries at or after this time (ISO 8601)."),
         QStringLiteral("TIME")},
        {QStringLiteral("to"),
         QCoreApplication::translate("CliApp",
                                     "audit export: entries before this time (ISO 8601)."),
         QStringLiteral("TIME")},
        {QStringLiteral("by"),
         QCoreApplication::translate("CliApp", "audit export: only this actor."),
         QStringLiteral("ACTOR")},
        {QStringLiteral("action"),
         QCoreApplication::translate("CliApp",
                                     "audit export: only this action, e.g. member.disable."),
         QStringLiteral("ACTION")},
    });
    if (!p.parse(arguments)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("marketdesk-cli " MARKETDESK_VERSION));
        return 0;
    }
    m_positional = p.positionalArguments();
    if (m_positional.isEmpty()) {
        err(QCoreApplication::translate("CliApp", "no command given; see --help"));
        return 2;
    }
    const QString account = p.value(QStringLiteral("account"));
    if (!MemberImport::isValidUserName(account)) {
        err(QCoreApplication::translate(
                "CliApp", "--account: \"%1\" may use letters, digits and . _ @ - only")
                .arg(account));
        return 2;
    }
    m_dataDir = p.isSet(QStringLiteral("data-dir"))
                    ? p.value(QStringLiteral("data-dir"))
                    : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/accounts/") + account;
    m_server = p.value(QStringLiteral("server"));
    m_actor = p.isSet(QStringLiteral("actor"))
                  ? p.value(QStringLiteral("actor"))
                  : qEnvironmentVariable("USER", QStringLiteral("cli"));
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
    const bool known = cmd == u"sync" ||
                       (cmd == u"members" && (sub == u"enable" || sub == u"disable" ||
                                              sub == u"delete" || sub == u"import")) ||
                       (cmd == u"outbox" && (sub == u"run" || sub == u"status")) ||
                       (cmd == u"audit" && (sub == u"verify" || sub == u"export"));
    if (!known) {
        err(QCoreApplication::translate("CliApp", "unknown command \"%1\"; see --help")
                .arg(m_positional.join(u' ')));
        return 2;
    }
    if (cmd == u"members" && sub != u"import" && m_csv.isEmpty()) {
        err(QCoreApplication::translate("CliApp", "members %1 needs --from-csv FILE").arg(sub));
        return 2;
    }
    if ((sub == u"import" || sub == u"export") && m_positional.size() < 3) {
        err(QCoreApplication::translate("CliApp", "%1 %2 needs a FILE").arg(cmd, sub));
        return 2;
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
    QCoreApplication::exit(code);
}

void CliApp::run()
{
    const QString cmd = m_positional.first();
    const QString sub = m_positional.value(1);
    if (cmd == u"audit") {
        sub == u"verify" ? cmdAuditVerify() : cmdAuditExport();
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
    QDir().mkpath(m_dataDir);
    QSettings settings(m_dataDir + QStringLiteral("/account.ini"), QSettings::IniFormat);
    if (m_server.isEmpty())
        m_server = settings.value(QStringLiteral("server")).toString();
    if (m_server.isEmpty()) {
        err(QCoreApplication::translate(
            "CliApp", "no server known for this account; pass --server URL once"));
        finish(2);
        return;
    }
    const QUrl url(m_server);
    if (const QString problem = ApiClient::checkBaseUrl(url); !problem.isEmpty()) {
        err(problem);
        finish(2);
        return;
    }
    settings.setValue(QStringLiteral("server"), m_server);
    OrgServiceConfig config{url, m_dataDir, m_actor};
    m_service = new OrgService(config, this);
    connect(m_service, &OrgService::failed, this, [](const QString &m) { err(m); });
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
        ok ? out(m) : err(m);
        if (ok)
            out(QCoreApplication::translate("CliApp", "%n member(s) in the cache.", nullptr,
                                            m_service->cache()->memberCount()));
        finish(ok ? 0 : 1);
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
        out(QCoreApplication::translate(
                "CliApp",
                "%1: %2 member(s) will change (%3 administrator(s)), %4 already so, %5 cannot "
                "change.")
                .arg(memberActionName(*action))
                .arg(impact.changes)
                .arg(impact.adminChanges)
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
        waitForOperations(1);
        m_service->submit(*action, impact.toSend());
    };
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

void CliApp::waitForOperations(int expected)
{
    m_pendingOps = expected;
    connect(m_service, &OrgService::operationProgress, this,
            [](qint64 id, int done, int failed, int total) {
                std::fprintf(stderr, "operation %lld: %d done, %d failed of %d\n", qlonglong(id),
                             done, failed, total);
            });
    connect(m_service, &OrgService::operationFinished, this, [this](qint64 id, int, int failed) {
        m_failedTargets += failed;
        for (const Outbox::Target &t : m_service->outbox()->targets(id))
            if (t.state == Outbox::TargetState::Failed)
                err(QCoreApplication::translate("CliApp", "%1: %2 %3")
                        .arg(t.userName, t.resultCode, t.message));
        if (--m_pendingOps <= 0)
            finish(m_failedTargets > 0 ? 3 : 0);
    });
    connect(m_service, &OrgService::outboxStalled, this, [this](const QString &m) {
        err(QCoreApplication::translate(
                "CliApp",
                "%1\nThe pending changes are kept; run \"marketdesk-cli outbox run\" to send them.")
                .arg(m));
        finish(1);
    });
}

void CliApp::cmdImport()
{
    QByteArray data;
    const QString path = m_positional.value(2);
    if (!readFile(path, &data)) {
        finish(1);
        return;
    }
    const MemberImport::NewMembers rows = MemberImport::readNewMembers(data);
    for (const MemberImport::Issue &i : rows.issues)
        err(i.line > 0 ? QCoreApplication::translate("CliApp", "%1 line %2: %3")
                             .arg(path)
                             .arg(i.line)
                             .arg(i.message)
                       : QCoreApplication::translate("CliApp", "%1: %2").arg(path, i.message));
    out(QCoreApplication::translate("CliApp", "%1 new member(s) to add, %2 bad row(s).")
            .arg(rows.members.size())
            .arg(rows.issues.size()));
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
    // One at a time, in file order, so each outcome is reported against its line.
    connect(m_service, &OrgService::importProgress, this,
            [rows, path](int index, bool ok, const QString &message) {
                if (!ok)
                    err(QCoreApplication::translate("CliApp", "%1 line %2: %3")
                            .arg(path)
                            .arg(rows.lines.at(index))
                            .arg(message));
            });
    connect(m_service, &OrgService::importFinished, this, [this](int added, int failed) {
        out(QCoreApplication::translate("CliApp", "%1 added, %2 failed.").arg(added).arg(failed));
        finish(failed ? 3 : 0);
    });
    m_service->importMembers(rows.members);
}

void CliApp::cmdOutbox()
{
    if (m_positional.value(1) == u"status") {
        for (const Outbox::Operation &op : m_service->outbox()->operations(50))
            out(QCoreApplication::translate("CliApp",
                                            "%1  %2  %3  %4 done, %5 failed, %6 pending of %7")
                    .arg(op.id)
                    .arg(op.createdAt.toString(Qt::ISODate), memberActionName(op.action))
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
    QSet<qint64> ops;
    for (const Outbox::Chunk &c : m_service->outbox()->pendingChunks())
        ops.insert(c.operationId);
    waitForOperations(int(ops.size()));
    // open() already resumed the outbox; its signals arrive from here on.
}

void CliApp::cmdAuditVerify()
{
    QString error;
    auto journal = AuditJournal::open(m_dataDir + QStringLiteral("/audit.sqlite"), &error);
    if (!journal) {
        err(error);
        finish(1);
        return;
    }
    const auto problems = journal->verify(&error);
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
    finish(problems.isEmpty() ? 0 : 4);
}

void CliApp::cmdAuditExport()
{
    const QString journalPath = m_dataDir + QStringLiteral("/audit.sqlite");
    if (!QFile::exists(journalPath)) {
        err(QCoreApplication::translate("CliApp", "no audit journal at %1").arg(journalPath));
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
    finish(0);
}
