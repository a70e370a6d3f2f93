#include "org/org_service.h"

#include "common/logging.h"
#include "common/private_files.h"
#include "common/save_file.h"
#include "identity/auth_session.h"
#include "net/api_client.h"
#include "org/cache.h"
#include "org/executor.h"
#include "org/org_change.h"
#include "org/org_json.h"
#include "org/sync_engine.h"
#include "storage/audit_journal.h"
#include "storage/csv.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

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
    Database::Failure failure;
    m_cache = Cache::open(cachePath, &error, &failure);
    if (m_cache) {
        const QString check = m_cache->quickCheck(&failure.problem);
        if (check != u"ok") {
            error = check;
            m_cache.reset();
        }
    }
    // The cache is only a copy of the server's data: a damaged one, or one a newer marketdesk
    // wrote, is set aside (never deleted, someone may want to look) and a fresh one started;
    // the outbox and the journal live in files of their own and are not touched. A full disk,
    // a read-only folder or a lock is no reason: the message says what to do instead.
    if (!m_cache && failure.mayBeSetAside() && QFile::exists(cachePath)) {
        const QString aside =
            cachePath + QStringLiteral(".damaged-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        qCWarning(lcDb) << "cache" << cachePath << "set aside (" << error << ") as" << aside;
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(cachePath + QLatin1String(suffix), aside + QLatin1String(suffix));
        if (QFile::rename(cachePath, aside)) {
            const QString why = error;
            m_cache = Cache::open(cachePath, &error);
            if (m_cache)
                Q_EMIT failed(failure.what == Database::OpenFailure::Newer
                                  ? tr("The local copy of the organisation was written by a "
                                       "newer marketdesk (%1). It was set aside as %2 and is "
                                       "being rebuilt from the server.")
                                        .arg(why, aside)
                                  : tr("The local copy of the organisation was damaged (%1). It "
                                       "was set aside as %2 and is being rebuilt from the server.")
                                        .arg(why, aside));
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
    checkJournalAnchor();
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
    connect(m_executor, &Executor::operationFinished, this, &OrgService::onOperationFinished);
    connect(m_executor, &Executor::chunkRecorded, this, &OrgService::onChunkRecorded);
    connect(m_executor, &Executor::stalled, this, [this](const QString &message) {
        setOnline(false, message);
        Q_EMIT outboxStalled(message);
        onStalled(tr("The server cannot be reached now; the change is kept and sent when it "
                     "answers."));
        m_outboxRetry.start();
    });
    // A local write failed: the chunk stays pending and is tried again like after a stall,
    // and whoever waits for it is told.
    connect(m_executor, &Executor::storageError, this, [this](const QString &message) {
        Q_EMIT localWriteFailed(message);
        onStalled(tr("The answer could not be saved here (%1). The change is kept, and its "
                     "answer is saved again shortly.")
                      .arg(message));
        m_outboxRetry.start();
    });
    connect(m_executor, &Executor::localCopyBehind, this, &OrgService::failed);
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
    // Here, not on the UI thread: the views sort by name with these ranks (~0.1 s at 100,000).
    snapshot->nameRanks();
}

void OrgService::resumeOutbox()
{
    if (m_executor && m_outbox->pendingCount() > 0)
        m_executor->run();
}

void OrgService::journal(const QString &action, const QString &target, const QString &result,
                         const QString &detail)
{
    AuditEntry e;
    e.actor = m_config.actor;
    e.action = action;
    e.target = target;
    e.result = result;
    e.detail = detail;
    QString error;
    if (!m_journal->append(e, &error))
        Q_EMIT failed(error);
}

void OrgService::checkJournalAnchor()
{
    QString problem;
    QString error;
    if (m_config.anchorState == OrgServiceConfig::Anchor::Unreadable) {
        problem = tr("The audit journal's anchor could not be read (%1); it is not updated in "
                     "this session.")
                      .arg(QString::fromUtf8(m_config.journalAnchor));
    } else if (m_config.anchorState == OrgServiceConfig::Anchor::Read &&
               !m_config.journalAnchor.isEmpty()) {
        JournalAnchor stored;
        if (!JournalAnchor::parse(m_config.journalAnchor, &stored, &error)) {
            problem =
                tr("The audit journal's anchor is damaged (%1); it is left as it is.").arg(error);
        } else {
            problem = anchorProblem(stored);
            m_lastAnchor = stored;
        }
    }
    if (!problem.isEmpty()) {
        holdAnchor(problem);
        return;
    }
    m_journal->setOnAppended([this](const JournalAnchor &anchor) {
        if (m_holdAnchor)
            return;
        // The journal may have been cut or rewritten while this program ran: before a new head
        // is recorded, the last one recorded must still be there, or the cut would be blessed.
        if (const QString problem = anchorProblem(m_lastAnchor); !problem.isEmpty()) {
            holdAnchor(problem);
            return;
        }
        m_lastAnchor = anchor;
        Q_EMIT journalAdvanced(anchor.serialize());
    });
    // Brings the anchor up to date with entries appended before it was kept, or by a program
    // that ended before its anchor was written.
    if (const JournalAnchor head = m_journal->anchor(&error); !head.isNull()) {
        m_lastAnchor = head;
        Q_EMIT journalAdvanced(head.serialize());
    }
}

QString OrgService::anchorProblem(const JournalAnchor &anchor) const
{
    if (anchor.isNull())
        return {};
    QString error;
    const auto problems = m_journal->checkAnchor(anchor, &error);
    if (!error.isEmpty())
        return error;
    if (problems.isEmpty())
        return {};
    return tr("The audit journal does not match what was recorded outside it: %1. The record is "
              "kept as it was; export the journal and look into it (marketdesk-cli audit "
              "verify).")
        .arg(problems.first().message);
}

void OrgService::holdAnchor(const QString &problem)
{
    m_holdAnchor = true;
    qCWarning(lcAudit) << "journal anchor held:" << problem;
    Q_EMIT failed(problem);
}

quint64 OrgService::newTicket()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

void OrgService::submit(quint64 ticket, MemberAction action, const QStringList &userNames)
{
    if (!m_outbox || !m_executor) {
        Q_EMIT operationRefused(ticket, tr("The local data is not open."));
        return;
    }
    QString error;
    const qint64 id =
        m_outbox->enqueue(memberActionName(action), userNames, m_config.actor, &error);
    if (!id) {
        Q_EMIT operationRefused(ticket, tr("Nothing was sent: the change could not be recorded "
                                           "first. %1")
                                            .arg(error));
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
    const auto action = op ? memberActionFromName(op->action) : std::nullopt;
    const QStringList failed = action ? m_outbox->failedTargets(operationId) : QStringList();
    if (failed.isEmpty()) {
        Q_EMIT operationRefused(ticket,
                                tr("Operation %1 has no failed member to retry.").arg(operationId));
        return;
    }
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
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() ||
        !SaveFile::commit(file)) {
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
    if (m_closing) {
        // The account was closed while this waited its turn: nothing is written.
        const QString why = tr("Cancelled: the account was closed.");
        journal(QStringLiteral("audit.export"), path, QStringLiteral("failed"), why);
        Q_EMIT exportFinished(ticket, false, why);
        return;
    }
    m_cancelExport = false;
    const auto result =
        exportAuditCsv(m_journal->path(), path, options, &m_cancelExport,
                       [this, ticket](qint64 rows) { Q_EMIT exportProgress(ticket, rows); });
    journal(QStringLiteral("audit.export"), path,
            result.ok ? QStringLiteral("done") : QStringLiteral("failed"),
            result.ok ? tr("%n row(s)", nullptr, int(result.rows)) : result.error);
    Q_EMIT exportFinished(ticket, result.ok,
                          result.ok ? tr("Exported %n audit row(s) to %1, with its manifest %2.",
                                         nullptr, int(result.rows))
                                          .arg(path, result.manifestPath)
                                    : result.error);
}

void OrgService::enqueueChange(quint64 ticket, const QString &action,
                               const QList<Outbox::Item> &items, bool isImport)
{
    QString error;
    const qint64 id =
        m_outbox && m_executor ? m_outbox->enqueue(action, items, m_config.actor, &error, 1) : 0;
    if (!id) {
        if (error.isEmpty())
            error = tr("The local data is not open.");
        if (isImport)
            Q_EMIT importFinished(ticket, 0, int(items.size()));
        else
            Q_EMIT mutationFinished(ticket, false, error);
        Q_EMIT failed(error);
        return;
    }
    Waiter w{ticket, isImport, {}, false};
    if (isImport)
        for (int i = 0; i < items.size(); ++i)
            w.position.insert(items.at(i).key, i);
    m_waiting.insert(id, w);
    m_executor->run();
}

void OrgService::onChunkRecorded(qint64 operationId, const QList<Outbox::Result> &results)
{
    const auto it = m_waiting.constFind(operationId);
    if (it == m_waiting.cend() || !it->isImport)
        return;
    for (const Outbox::Result &r : results)
        Q_EMIT importProgress(it->ticket, it->position.value(r.key, -1), r.ok, r.message);
}

void OrgService::onOperationFinished(qint64 operationId)
{
    const auto op = m_outbox->operation(operationId);
    if (!op)
        return;
    Q_EMIT operationFinished(operationId, op->done, op->failed);
    const auto it = m_waiting.find(operationId);
    if (it == m_waiting.end()) {
        // Nobody waits (sent after a restart, say): a refused save must not pass in silence.
        if (op->failed > 0 && OrgChange::isSingle(op->action) && op->total == 1) {
            const Outbox::Target t = m_outbox->targets(operationId).value(0);
            Q_EMIT failed(tr("A change to %1 sent after the server came back was refused: %2")
                              .arg(t.key, t.message));
        }
        return;
    }
    const Waiter w = *it;
    m_waiting.erase(it);
    if (w.isImport) {
        Q_EMIT importFinished(w.ticket, op->done, op->failed);
        return;
    }
    const Outbox::Target t = m_outbox->targets(operationId).value(0);
    const bool ok = t.state == Outbox::TargetState::Done;
    if (!w.told)
        Q_EMIT mutationFinished(w.ticket, ok, t.message);
    else if (!ok)
        Q_EMIT failed(tr("A change to %1 sent after the server came back was refused: %2")
                          .arg(t.key, t.message));
}

void OrgService::onStalled(const QString &told)
{
    // A save waits in the outbox for the server: its window may close, the change is kept.
    for (Waiter &w : m_waiting) {
        if (w.isImport || w.told)
            continue;
        w.told = true;
        Q_EMIT mutationFinished(w.ticket, true, told);
    }
}

void OrgService::saveMember(quint64 ticket, const Member &member, bool isNew)
{
    enqueueChange(ticket, QLatin1String(isNew ? OrgChange::MemberAdd : OrgChange::MemberEdit),
                  {OrgChange::memberItem(member, isNew)}, false);
}

void OrgService::importMembers(quint64 ticket, const QList<Member> &members)
{
    QList<Outbox::Item> items;
    items.reserve(members.size());
    for (const Member &m : members)
        items.append(OrgChange::memberItem(m, true));
    enqueueChange(ticket, QLatin1String(OrgChange::MemberAdd), items, true);
}

void OrgService::saveDepartment(quint64 ticket, const Department &department, bool isNew)
{
    enqueueChange(ticket,
                  QLatin1String(isNew ? OrgChange::DepartmentAdd : OrgChange::DepartmentEdit),
                  {OrgChange::departmentItem(department, isNew)}, false);
}

void OrgService::deleteDepartment(quint64 ticket, const QString &orgCode)
{
    enqueueChange(ticket, QLatin1String(OrgChange::DepartmentDelete), {{orgCode, {}}}, false);
}
