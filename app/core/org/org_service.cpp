#include "org/org_service.h"

#include "common/logging.h"
#include "common/private_files.h"
#include "identity/auth_session.h"
#include "net/api_client.h"
#include "org/cache.h"
#include "org/executor.h"
#include "org/org_json.h"
#include "org/sync_engine.h"
#include "storage/audit_journal.h"
#include "storage/csv.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace {

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

OrgService::OrgService(const OrgServiceConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_reloadTimer(this) // parented, so they move to the service's thread with it
    , m_outboxRetry(this)
{
    qRegisterMetaType<OrgSnapshotPtr>();
    qRegisterMetaType<MemberAction>();
    qRegisterMetaType<Member>();
    qRegisterMetaType<TokenSet>();
    qRegisterMetaType<Department>();
    qRegisterMetaType<AuditExportOptions>();
    qRegisterMetaType<QList<Outbox::Target>>();
    qRegisterMetaType<QList<Member>>();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(250);
    connect(&m_reloadTimer, &QTimer::timeout, this, &OrgService::reloadSnapshot);
    m_outboxRetry.setSingleShot(true);
    m_outboxRetry.setInterval(15'000);
    connect(&m_outboxRetry, &QTimer::timeout, this, &OrgService::resumeOutbox);
}

OrgService::~OrgService()
{
    // The executor and sync engine point into the stores: end them, and the client's calls in
    // flight, before the stores close (members go before the QObject children otherwise).
    delete m_executor;
    delete m_sync;
    delete m_client;
    delete m_auth;
}

void OrgService::setTokens(const TokenSet &tokens)
{
    if (!m_auth)
        return;
    m_auth->setTokens(tokens);
    resumeOutbox();
}

void OrgService::open()
{
    QString error;
    if (!PrivateFiles::makeDir(m_config.dataDir, &error)) {
        Q_EMIT opened(false, error);
        return;
    }
    const QDir dir(m_config.dataDir);
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    m_cache = Cache::open(cachePath, &error);
    if (m_cache) {
        const QString check = m_cache->quickCheck();
        if (check != u"ok") {
            error = check;
            m_cache.reset();
        }
    }
    if (!m_cache && QFile::exists(cachePath)) {
        // The cache is only a copy of the server's data: set a damaged one aside (never
        // delete it, someone may want to look) and start a fresh one; the outbox and the
        // journal live in files of their own and are not touched.
        const QString aside =
            cachePath + QStringLiteral(".damaged-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        qCWarning(lcDb) << "cache" << cachePath << "is damaged (" << error << "); moved to"
                        << aside;
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(cachePath + QLatin1String(suffix), aside + QLatin1String(suffix));
        if (QFile::rename(cachePath, aside)) {
            m_cache = Cache::open(cachePath, &error);
            if (m_cache)
                Q_EMIT failed(tr("The local copy of the organisation was damaged (%1). It was set "
                                 "aside as %2 and is being rebuilt from the server.")
                                  .arg(error, aside));
        }
    }
    if (m_cache)
        m_outbox = Outbox::open(dir.filePath(QStringLiteral("outbox.sqlite")), &error);
    if (m_outbox)
        m_journal = AuditJournal::open(dir.filePath(QStringLiteral("audit.sqlite")), &error);
    if (!m_journal) {
        Q_EMIT opened(false, error);
        return;
    }
    m_client = new ApiClient(m_config.server, this);
    m_client->setTimeoutMs(m_config.timeoutMs);
    m_client->setTlsPolicy(m_config.tls);
    m_auth = new AuthSession(m_config.endpoints, m_config.tokens, this);
    m_config.tokens = {}; // the session holds them from here on
    m_auth->setClient(m_client);
    m_client->setAuthSession(m_auth);
    connect(m_auth, &AuthSession::tokensChanged, this, &OrgService::tokensChanged);
    connect(m_auth, &AuthSession::signInRequired, this, [this](const QString &reason) {
        setOnline(false, reason);
        Q_EMIT signInRequired(reason);
    });
    m_sync = new SyncEngine(m_client, m_cache.get(), this);
    m_executor = new Executor(m_client, m_outbox.get(), m_cache.get(), m_journal.get(), this);
    m_executor->setActor(m_config.actor);

    connect(m_sync, &SyncEngine::progress, this, &OrgService::syncProgress);
    connect(m_sync, &SyncEngine::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            setOnline(true, {});
        else if (!message.isEmpty() && m_sync && !m_sync->isRunning())
            setOnline(false, message);
        reloadSnapshot();
        Q_EMIT syncFinished(ok, message);
    });
    connect(m_executor, &Executor::operationProgress, this,
            [this](qint64 id, int done, int failed, int total) {
                setOnline(true, {});
                Q_EMIT operationProgress(id, done, failed, total);
                m_reloadTimer.start();
            });
    connect(m_executor, &Executor::operationFinished, this, [this](qint64 id) {
        if (const auto op = m_outbox->operation(id))
            Q_EMIT operationFinished(id, op->done, op->failed);
    });
    connect(m_executor, &Executor::stalled, this, [this](const QString &message) {
        setOnline(false, message);
        Q_EMIT outboxStalled(message);
        m_outboxRetry.start();
    });
    connect(m_executor, &Executor::storageError, this, &OrgService::failed);
    Q_EMIT opened(true, {});
    reloadSnapshot();
    resumeOutbox();
}

void OrgService::setOnline(bool online, const QString &why)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online, why);
}

void OrgService::sync()
{
    if (m_sync)
        m_sync->start();
}

void OrgService::cancelSync()
{
    if (m_sync)
        m_sync->cancel();
}

void OrgService::reloadSnapshot()
{
    if (!m_cache)
        return;
    QString error;
    auto snapshot = m_cache->loadSnapshot(&error);
    if (!snapshot) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT snapshotReady(snapshot);
}

void OrgService::resumeOutbox()
{
    if (m_executor && m_outbox->pendingCount() > 0)
        m_executor->run();
}

void OrgService::journal(const QString &action, const QString &target, const QString &result,
                         const QString &detail, const QByteArray &requestId)
{
    AuditEntry e;
    e.actor = m_config.actor;
    e.action = action;
    e.target = target;
    e.result = result;
    e.detail = detail;
    e.requestId = QString::fromLatin1(requestId);
    QString error;
    if (!m_journal->append(e, &error))
        Q_EMIT failed(error);
}

quint64 OrgService::newTicket()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

void OrgService::submit(quint64 ticket, MemberAction action, const QStringList &userNames)
{
    if (!m_outbox)
        return;
    QString error;
    const qint64 id =
        m_outbox->enqueue(memberActionName(action), userNames, m_config.actor, &error);
    if (!id) {
        Q_EMIT failed(error);
        return;
    }
    const auto op = m_outbox->operation(id);
    AuditEntry e;
    e.actor = m_config.actor;
    e.action = QStringLiteral("member.") + memberActionName(action) + QStringLiteral(".requested");
    e.target = tr("%n member(s)", nullptr, op ? op->total : 0);
    e.result = QStringLiteral("queued");
    e.operationId = id;
    if (!m_journal->append(e, &error))
        Q_EMIT failed(error);
    Q_EMIT operationQueued(ticket, id, action, op ? op->total : 0);
    m_executor->run();
}

void OrgService::cancelOperation(qint64 operationId)
{
    if (m_executor)
        m_executor->cancelOperation(operationId);
}

void OrgService::retryFailed(quint64 ticket, qint64 operationId)
{
    const auto op = m_outbox ? m_outbox->operation(operationId) : std::nullopt;
    if (!op)
        return;
    const auto action = memberActionFromName(op->action);
    const QStringList failed = m_outbox->failedTargets(operationId);
    if (!action || failed.isEmpty())
        return;
    submit(ticket, *action, failed);
}

void OrgService::requestResults(qint64 operationId)
{
    if (m_outbox)
        Q_EMIT resultsReady(operationId, m_outbox->targets(operationId));
}

void OrgService::exportResults(quint64 ticket, qint64 operationId, const QString &path)
{
    const QList<Outbox::Target> targets = m_outbox->targets(operationId);
    QByteArray out(Csv::kUtf8Bom);
    out.append("userName,outcome,resultCode,message\r\n");
    for (const Outbox::Target &t : targets) {
        Csv::appendField(out, t.key);
        out.append(',');
        Csv::appendField(out, t.state == Outbox::TargetState::Done     ? u"done"
                              : t.state == Outbox::TargetState::Failed ? u"failed"
                                                                       : u"pending");
        out.append(',');
        Csv::appendField(out, t.resultCode);
        out.append(',');
        Csv::appendField(out, t.message);
        Csv::endRow(out);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        Q_EMIT exportFinished(ticket, false,
                              tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    journal(QStringLiteral("results.export"), path, QStringLiteral("done"),
            tr("operation %1, %n row(s)", nullptr, int(targets.size())).arg(operationId));
    Q_EMIT exportFinished(ticket, true,
                          tr("Saved %n result(s) to %1.", nullptr, int(targets.size())).arg(path));
}

void OrgService::exportAudit(quint64 ticket, const QString &path, const AuditExportOptions &options)
{
    m_cancelExport = false;
    const auto result =
        exportAuditCsv(m_journal->path(), path, options, &m_cancelExport,
                       [this, ticket](qint64 rows) { Q_EMIT exportProgress(ticket, rows); });
    journal(QStringLiteral("audit.export"), path,
            result.ok ? QStringLiteral("done") : QStringLiteral("failed"),
            result.ok ? tr("%n row(s)", nullptr, int(result.rows)) : result.error);
    Q_EMIT exportFinished(
        ticket, result.ok,
        result.ok ? tr("Exported %n audit row(s) to %1.", nullptr, int(result.rows)).arg(path)
                  : result.error);
}

void OrgService::onMutationAnswer(quint64 ticket, const QString &what, const QString &target,
                                  const ApiResponse &r, const QString &recordKey,
                                  const std::function<void(const QJsonValue &)> &apply)
{
    if (r.ok()) {
        apply(r.json.value(recordKey));
        journal(what, target, QStringLiteral("done"), {}, r.requestId);
        m_reloadTimer.start();
        Q_EMIT mutationFinished(ticket, true, {});
        return;
    }
    QString message = r.error.message;
    if (r.httpStatus == 409 && r.json.value(u"current").isObject()) {
        // Someone else changed it first: show their version rather than overwrite it.
        apply(r.json.value(u"current"));
        m_reloadTimer.start();
        message = tr("%1 was changed by someone else meanwhile. Their version is now shown; "
                     "make your change again on top of it.")
                      .arg(target);
    }
    journal(what, target, QStringLiteral("failed"), r.error.resultCode + u' ' + r.error.message,
            r.requestId);
    if (r.error.isTransient())
        setOnline(false, r.error.message);
    Q_EMIT mutationFinished(ticket, false, message);
}

void OrgService::saveMember(quint64 ticket, const Member &member, bool isNew)
{
    ApiRequest r;
    r.method = isNew ? "POST" : "PUT";
    r.path = isNew ? QStringLiteral("/api/v1/org/members")
                   : QStringLiteral("/api/v1/org/members/") + segment(member.userName);
    r.body = OrgJson::toJson(member);
    if (isNew)
        r.body.remove(QStringLiteral("version"));
    r.idempotencyKey = newKey();
    const QString what = isNew ? QStringLiteral("member.add") : QStringLiteral("member.edit");
    connect(m_client->send(r), &ApiCall::finished, this,
            [this, ticket, what, member](const ApiResponse &a) {
                onMutationAnswer(ticket, what, member.userName, a, QStringLiteral("member"),
                                 [this](const QJsonValue &record) {
                                     QString error;
                                     if (auto m = OrgJson::memberFromJson(
                                             record, QStringLiteral("member"), &error))
                                         m_cache->upsertMember(*m, &error);
                                 });
            });
}

void OrgService::importMembers(quint64 ticket, const QList<Member> &members)
{
    importNext(ticket, members, 0, 0);
}

void OrgService::importNext(quint64 ticket, const QList<Member> &members, int index, int failed)
{
    if (index >= members.size()) {
        Q_EMIT importFinished(ticket, int(members.size()) - failed, failed);
        return;
    }
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/api/v1/org/members");
    r.body = OrgJson::toJson(members.at(index));
    r.body.remove(QStringLiteral("version"));
    r.idempotencyKey = newKey();
    connect(m_client->send(r), &ApiCall::finished, this,
            [this, ticket, members, index, failed](const ApiResponse &a) {
                const QString userName = members.at(index).userName;
                QString message;
                if (a.ok()) {
                    QString error;
                    if (auto m = OrgJson::memberFromJson(a.json.value(u"member"),
                                                         QStringLiteral("member"), &error))
                        m_cache->upsertMember(*m, &error);
                    journal(QStringLiteral("member.add"), userName, QStringLiteral("done"),
                            QStringLiteral("import"), a.requestId);
                } else {
                    message = a.error.message;
                    journal(QStringLiteral("member.add"), userName, QStringLiteral("failed"),
                            a.error.resultCode + u' ' + a.error.message, a.requestId);
                }
                Q_EMIT importProgress(ticket, index, a.ok(), message);
                m_reloadTimer.start();
                importNext(ticket, members, index + 1, failed + (a.ok() ? 0 : 1));
            });
}

void OrgService::saveDepartment(quint64 ticket, const Department &department, bool isNew)
{
    ApiRequest r;
    r.method = isNew ? "POST" : "PUT";
    r.path = isNew ? QStringLiteral("/api/v1/org/departments")
                   : QStringLiteral("/api/v1/org/departments/") + segment(department.orgCode);
    r.body = OrgJson::toJson(department);
    if (isNew)
        r.body.remove(QStringLiteral("version"));
    r.idempotencyKey = newKey();
    const QString what =
        isNew ? QStringLiteral("department.add") : QStringLiteral("department.edit");
    connect(m_client->send(r), &ApiCall::finished, this,
            [this, ticket, what, department](const ApiResponse &a) {
                onMutationAnswer(ticket, what, department.orgCode, a, QStringLiteral("department"),
                                 [this](const QJsonValue &record) {
                                     QString error;
                                     if (auto d = OrgJson::departmentFromJson(
                                             record, QStringLiteral("department"), &error))
                                         m_cache->upsertDepartment(*d, &error);
                                 });
            });
}

void OrgService::deleteDepartment(quint64 ticket, const QString &orgCode)
{
    ApiRequest r;
    r.method = "DELETE";
    r.path = QStringLiteral("/api/v1/org/departments/") + segment(orgCode);
    r.idempotencyKey = newKey();
    connect(m_client->send(r), &ApiCall::finished, this,
            [this, ticket, orgCode](const ApiResponse &a) {
                onMutationAnswer(ticket, QStringLiteral("department.delete"), orgCode, a, QString(),
                                 [this, orgCode, ok = a.ok()](const QJsonValue &) {
                                     QString error;
                                     if (ok)
                                         m_cache->removeDepartment(orgCode, &error);
                                 });
            });
}
