#include "apps/client/apps_service.h"

#include "apps/client/apps_cache.h"
#include "apps/client/apps_client_logging.h"
#include "apps/client/apps_executor.h"
#include "apps/client/apps_sync.h"
#include "common/private_files.h"
#include "identity/auth_session.h"
#include "net/api_client.h"
#include "storage/audit_journal.h"
#include "storage/csv_table.h"
#include "storage/journal_anchor_watch.h"
#include "storage/outbox.h"

#include <QDir>
#include <QJsonObject>

#include <algorithm>
#include <atomic>

AppsService::AppsService(const AppsServiceConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_retry(this) // parented, so that it moves to the service's thread with it
{
    qRegisterMetaType<AppsSnapshotPtr>();
    qRegisterMetaType<QList<AppSeat>>();
    qRegisterMetaType<QList<SeatHolding>>();
    qRegisterMetaType<QList<SeatDay>>();
    qRegisterMetaType<QList<AppsChange::Target>>();
    qRegisterMetaType<TokenSet>();
    qRegisterMetaType<QList<InventoryRow>>();
    qRegisterMetaType<QList<ReclaimCandidate>>();
    qRegisterMetaType<QList<Outbox::Target>>();
    m_retry.setSingleShot(true);
    m_retry.setInterval(15'000);
    connect(&m_retry, &QTimer::timeout, this, &AppsService::resumeOutbox);
}

AppsService::~AppsService()
{
    // The executor and the sync point into the stores, the client's calls into both: they go
    // first (members would go before the QObject children otherwise).
    delete m_executor;
    delete m_sync;
    delete m_client;
    delete m_auth;
}

quint64 AppsService::newTicket()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

void AppsService::open()
{
    if (m_sharedAuthAsked && !m_sharedAuth) {
        // The organisation's service could not open: without its sign-in this one must not
        // start a session of its own with no tokens. Checked before anything is opened, so
        // nothing (the journal's watch) is left holding a file closed again.
        Q_EMIT opened(false, tr("The account's sign-in is not available."));
        return;
    }
    QString error;
    if (!PrivateFiles::makeDir(m_config.dataDir, &error)) {
        Q_EMIT opened(false, error);
        return;
    }
    const QDir dir(m_config.dataDir);
    m_cache = AppsCache::open(dir.filePath(QStringLiteral("apps.sqlite")), &error);
    if (m_cache)
        m_outbox = Outbox::open(dir.filePath(QStringLiteral("apps-outbox.sqlite")), &error);
    if (m_outbox)
        m_journal = AuditJournal::open(dir.filePath(QStringLiteral("audit.sqlite")), &error);
    if (!m_journal) {
        // All or nothing: a change must not wait in an outbox that no executor will send.
        m_outbox.reset();
        m_cache.reset();
        Q_EMIT opened(false, error);
        return;
    }
    auto *watch = new JournalAnchorWatch(m_journal.get(), this);
    connect(watch, &JournalAnchorWatch::advanced, this, &AppsService::journalAdvanced);
    connect(watch, &JournalAnchorWatch::held, this, &AppsService::failed);
    watch->start(m_config.anchorKept, m_config.journalAnchor);
    m_client = new ApiClient(m_config.server, this);
    m_client->setTimeoutMs(m_config.timeoutMs);
    m_client->setTlsPolicy(m_config.tls);
    if (m_sharedAuth) {
        m_client->setAuthSession(m_sharedAuth);
        connect(m_sharedAuth, &AuthSession::signInRequired, this, [this] {
            m_signedOut = true;
            m_retry.stop();
        });
        connect(m_sharedAuth, &AuthSession::tokensChanged, this, [this](const TokenSet &t) {
            if (!t.accessToken.isEmpty())
                signedInAgain();
        });
    } else {
        m_auth = new AuthSession(m_config.endpoints, m_config.tokens, this);
        m_auth->setClient(m_client);
        m_client->setAuthSession(m_auth);
        connect(m_auth, &AuthSession::tokensChanged, this, &AppsService::tokensChanged);
        connect(m_auth, &AuthSession::signInRequired, this, [this](const QString &reason) {
            m_signedOut = true;
            m_retry.stop();
            Q_EMIT signInRequired(reason);
        });
    }
    m_config.tokens = {}; // the session holds them from here on
    m_sync = new AppsSync(m_client, m_cache.get(), this);
    connect(m_sync, &AppsSync::finished, this, [this](bool ok, const QString &message, int n) {
        m_lastSyncChanges = n;
        reloadSnapshot();
        Q_EMIT syncFinished(ok, message);
        if (m_syncAgain) {
            m_syncAgain = false;
            m_sync->start();
        }
    });
    connect(m_sync, &AppsSync::historyRead, this,
            [this](const QString &appId, bool ok, const QString &message) {
                QString error;
                const QList<SeatDay> days = m_cache->history(appId, &error);
                const QList<quint64> tickets = m_historyReaders.values(appId);
                m_historyReaders.remove(appId);
                for (const quint64 ticket : tickets)
                    Q_EMIT historyReady(ticket, appId, days, true, ok ? error : message);
            });
    m_executor = new AppsExecutor(m_client, m_outbox.get(), m_cache.get(), m_journal.get(), this);
    m_executor->setActor(m_config.actor);
    connect(m_executor, &AppsExecutor::operationProgress, this, &AppsService::operationProgress);
    connect(m_executor, &AppsExecutor::operationFinished, this, [this](qint64 operationId) {
        const auto op = m_outbox->operation(operationId);
        qCInfo(lcAppsClient) << "operation" << operationId << "finished";
        reloadSnapshot();
        Q_EMIT operationFinished(operationId, op ? op->done : 0, op ? op->failed : 0);
        // Seats and grants moved at the server: read what changed.
        if (m_sync->isRunning())
            m_syncAgain = true;
        else
            m_sync->start();
    });
    connect(m_executor, &AppsExecutor::stalled, this, &AppsService::onStalled);
    connect(m_executor, &AppsExecutor::storageError, this, [this](const QString &message) {
        Q_EMIT failed(message);
        onStalled(message);
    });
    connect(m_executor, &AppsExecutor::localCopyBehind, this, &AppsService::failed);
    Q_EMIT opened(true, {});
    reloadSnapshot();
    resumeOutbox();
}

void AppsService::setTokens(const TokenSet &tokens)
{
    if (!m_auth) // none, or the shared one's owner takes them
        return;
    m_auth->setTokens(tokens);
    m_signedOut = false;
    resumeOutbox();
}

void AppsService::signedInAgain()
{
    m_signedOut = false;
    resumeOutbox();
}

void AppsService::sync()
{
    if (!m_sync) {
        // Answered all the same: whoever waits for the sync must not wait for ever.
        Q_EMIT syncFinished(false, tr("The local data is not open."));
        return;
    }
    m_sync->start();
}

void AppsService::reloadSnapshot()
{
    if (!m_cache)
        return;
    QString error;
    const auto snapshot = m_cache->snapshot(&error);
    if (!snapshot) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT snapshotReady(snapshot);
}

void AppsService::readSeats(quint64 ticket, const QString &appId)
{
    QString error;
    const QList<AppSeat> seats = m_cache ? m_cache->seats(appId, &error) : QList<AppSeat>();
    if (!error.isEmpty())
        Q_EMIT failed(error);
    Q_EMIT seatsReady(ticket, appId, seats);
}

void AppsService::readHoldings(quint64 ticket, const QString &appId)
{
    QString error;
    const QList<SeatHolding> holdings =
        m_cache ? m_cache->holdings(appId, &error) : QList<SeatHolding>();
    if (!error.isEmpty())
        Q_EMIT failed(error);
    Q_EMIT holdingsReady(ticket, appId, holdings);
}

void AppsService::readHistory(quint64 ticket, const QString &appId)
{
    if (!m_sync) {
        Q_EMIT historyReady(ticket, appId, {}, true, tr("The local data is not open."));
        return;
    }
    QString error;
    const QList<SeatDay> cached = m_cache->history(appId, &error);
    if (!cached.isEmpty())
        Q_EMIT historyReady(ticket, appId, cached, false, {});
    const bool reading = m_historyReaders.contains(appId);
    m_historyReaders.insert(appId, ticket);
    if (!reading) // otherwise the read under way answers this caller too
        m_sync->readHistory(appId);
}

void AppsService::enqueue(quint64 ticket, const char *action, const QList<Outbox::Item> &items,
                          int chunkSize)
{
    QString error;
    const qint64 id = m_outbox && m_executor ? m_outbox->enqueue(QLatin1String(action), items,
                                                                 m_config.actor, &error, chunkSize)
                                             : 0;
    if (!id) {
        Q_EMIT operationQueued(ticket, 0, QLatin1String(action), int(items.size()),
                               error.isEmpty() ? tr("The local data is not open.") : error);
        return;
    }
    Q_EMIT operationQueued(ticket, id, QLatin1String(action), int(items.size()), {});
    m_executor->run();
}

void AppsService::setEnabled(quint64 ticket, const QString &appId, bool enabled)
{
    const auto app = m_cache ? m_cache->app(appId) : std::nullopt;
    if (!app) {
        Q_EMIT operationQueued(ticket, 0,
                               QLatin1String(enabled ? AppsChange::Enable : AppsChange::Disable), 1,
                               tr("The app %1 is not in the local copy; sync first.").arg(appId));
        return;
    }
    enqueue(ticket, enabled ? AppsChange::Enable : AppsChange::Disable,
            {AppsChange::appItem(appId, app->version)}, 1);
}

void AppsService::acceptAgreement(quint64 ticket, const QString &appId)
{
    const auto app = m_cache ? m_cache->app(appId) : std::nullopt;
    enqueue(ticket, AppsChange::Agreement, {AppsChange::appItem(appId, app ? app->version : 0)}, 1);
}

void AppsService::batch(quint64 ticket, const char *action, const QString &appId,
                        const QList<AppsChange::Target> &targets)
{
    if (targets.isEmpty()) {
        Q_EMIT operationQueued(ticket, 0, QLatin1String(action), 0,
                               tr("Nothing was chosen, so nothing was sent."));
        return;
    }
    QList<Outbox::Item> items;
    items.reserve(targets.size());
    for (const AppsChange::Target &t : targets) {
        if (t.kind == AppGrant::Kind::Exclusion || t.id.isEmpty()) {
            Q_EMIT operationQueued(
                ticket, 0, QLatin1String(action), int(targets.size()),
                tr("\"%1\" is not a member, department or group to send.").arg(t.id));
            return;
        }
        items.append({AppsChange::targetKey(appId, t), {}});
    }
    enqueue(ticket, action, items, Outbox::kChunkSize);
}

void AppsService::grant(quint64 ticket, const QString &appId,
                        const QList<AppsChange::Target> &targets)
{
    batch(ticket, AppsChange::Grant, appId, targets);
}

void AppsService::revoke(quint64 ticket, const QString &appId,
                         const QList<AppsChange::Target> &targets)
{
    batch(ticket, AppsChange::Revoke, appId, targets);
}

void AppsService::reclaim(quint64 ticket, const QString &appId, const QStringList &userNames)
{
    QList<AppsChange::Target> targets;
    for (const QString &u : userNames)
        targets.append({AppGrant::Kind::Member, u});
    batch(ticket, AppsChange::Reclaim, appId, targets);
}

void AppsService::authorise(quint64 ticket, const QString &appId,
                            const QList<AppsChange::Target> &grants,
                            const QList<AppsChange::Target> &revokes)
{
    const int total = int(grants.size() + revokes.size());
    if (total == 0) {
        Q_EMIT operationQueued(ticket, 0, QLatin1String(AppsChange::Authorise), 0,
                               tr("Nothing was changed, so nothing was sent."));
        return;
    }
    QList<Outbox::Item> items;
    items.reserve(total);
    for (const bool revoke : {true, false}) {
        for (const AppsChange::Target &t : revoke ? revokes : grants) {
            if (t.kind == AppGrant::Kind::Exclusion || t.id.isEmpty()) {
                Q_EMIT operationQueued(
                    ticket, 0, QLatin1String(AppsChange::Authorise), total,
                    tr("\"%1\" is not a member, department or group to send.").arg(t.id));
                return;
            }
            items.append(AppsChange::authoriseItem(appId, t, revoke));
        }
    }
    enqueue(ticket, AppsChange::Authorise, items, Outbox::kChunkSize);
}

void AppsService::retryFailed(quint64 ticket, qint64 operationId)
{
    const auto op = m_outbox ? m_outbox->operation(operationId) : std::nullopt;
    const QStringList failedKeys = op ? m_outbox->failedTargets(operationId) : QStringList();
    if (op && !AppsChange::isBatch(op->action)) {
        // A switch or an agreement goes with the version it was read at: sent again without
        // it, it could undo a change nobody here has seen. The page sends a new one.
        Q_EMIT operationQueued(ticket, 0, op->action, 0,
                               tr("A switch is not retried; switch the app again."));
        return;
    }
    if (!op || failedKeys.isEmpty()) {
        Q_EMIT operationQueued(ticket, 0, op ? op->action : QString(), 0,
                               tr("No failed targets to retry."));
        return;
    }
    QList<Outbox::Item> items;
    // An authorisation's revokes stay revokes, and still go before its grants.
    QString error;
    const auto payloads = m_outbox->payloads(operationId, &error);
    if (!payloads) { // a revoke sent as a grant would give back what was taken away
        Q_EMIT operationQueued(ticket, 0, op->action, 0, error);
        return;
    }
    for (const QString &key : failedKeys) {
        const QJsonObject payload = payloads->value(key);
        items.append({key, payload, payload.isEmpty() ? 1 : 0});
    }
    std::stable_sort(items.begin(), items.end(), [](const Outbox::Item &a, const Outbox::Item &b) {
        return a.group < b.group;
    });
    const QByteArray action = op->action.toLatin1();
    enqueue(ticket, action.constData(), items, Outbox::kChunkSize);
}

void AppsService::cancelOperation(qint64 operationId)
{
    if (m_executor)
        m_executor->cancelOperation(operationId);
}

void AppsService::resumeOutbox()
{
    if (m_executor && m_outbox->pendingCount() > 0)
        m_executor->run();
}

void AppsService::onStalled(const QString &message)
{
    Q_EMIT outboxStalled(message);
    // Signed out: retrying would only ask the token endpoint again every 15 s; new tokens
    // (setTokens) send the outbox.
    if (!m_signedOut)
        m_retry.start();
}

void AppsService::requestResults(qint64 operationId)
{
    if (m_outbox)
        Q_EMIT resultsReady(operationId, m_outbox->targets(operationId));
}

void AppsService::exportResults(quint64 ticket, qint64 operationId, const QString &path)
{
    if (!m_outbox) {
        Q_EMIT exportFinished(ticket, false, tr("The local data is not open."));
        return;
    }
    QList<QStringList> rows;
    for (const Outbox::Target &t : m_outbox->targets(operationId)) {
        const auto parts = AppsChange::splitKey(t.key);
        rows.append({parts ? parts->first : QString(), parts ? parts->second : t.key,
                     t.state == Outbox::TargetState::Done     ? QStringLiteral("done")
                     : t.state == Outbox::TargetState::Failed ? QStringLiteral("failed")
                                                              : QStringLiteral("pending"),
                     t.resultCode, t.message});
    }
    saveCsv(ticket, QStringLiteral("apps.results.export"), path,
            {QStringLiteral("appId"), QStringLiteral("target"), QStringLiteral("outcome"),
             QStringLiteral("resultCode"), QStringLiteral("message")},
            rows, {});
}

QList<InventoryRow> AppsService::inventory(QString *error) const
{
    QList<InventoryRow> rows;
    const auto snapshot = m_cache->snapshot(error);
    if (!snapshot)
        return rows;
    const QDateTime now = m_now();
    const auto counts = m_cache->reclaimCounts(now.addDays(-SeatInventory::kGraceDays), error);
    for (const PurchasedApp &a : snapshot->apps) {
        const AppsCache::ReclaimCounts c = counts.value(a.appId);
        rows.append(SeatInventory::row(a, c.deleted, c.disabled, c.neverUsed, now));
    }
    return rows;
}

void AppsService::readInventory(quint64 ticket)
{
    QString error;
    const QList<InventoryRow> rows = m_cache ? inventory(&error) : QList<InventoryRow>();
    if (!error.isEmpty())
        Q_EMIT failed(error);
    Q_EMIT inventoryReady(ticket, rows);
}

void AppsService::readReclaimList(quint64 ticket, const QString &appId)
{
    QString error;
    const QDateTime now = m_now();
    const QList<AppSeat> seats =
        m_cache ? m_cache->reclaimableSeats(appId, now.addDays(-SeatInventory::kGraceDays), &error)
                : QList<AppSeat>();
    if (!error.isEmpty())
        Q_EMIT failed(error);
    Q_EMIT reclaimListReady(ticket, appId, SeatInventory::reclaimList(seats, now));
}

void AppsService::exportApps(quint64 ticket, const QString &path)
{
    QString error;
    const auto snapshot = m_cache ? m_cache->snapshot(&error) : nullptr;
    if (!snapshot) {
        Q_EMIT exportFinished(ticket, false,
                              error.isEmpty() ? tr("The local data is not open.") : error);
        return;
    }
    const auto iso = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    QList<QStringList> rows;
    for (const PurchasedApp &a : snapshot->apps)
        rows.append({a.appId, a.name, a.seller, a.edition, a.orderId, a.instanceId,
                     a.enabled ? QStringLiteral("on") : QStringLiteral("off"),
                     QString::number(a.seatsBought), QString::number(a.seatsAssigned),
                     QString::number(a.seatsFree), iso(a.periodStart), iso(a.periodEnd),
                     a.loginType, a.loginUrl,
                     a.agreementAccepted ? QStringLiteral("yes") : QStringLiteral("no")});
    saveCsv(ticket, QStringLiteral("apps.list.export"), path,
            {QStringLiteral("appId"), QStringLiteral("name"), QStringLiteral("seller"),
             QStringLiteral("edition"), QStringLiteral("orderId"), QStringLiteral("instanceId"),
             QStringLiteral("switch"), QStringLiteral("seatsBought"),
             QStringLiteral("seatsAssigned"), QStringLiteral("seatsFree"),
             QStringLiteral("periodStart"), QStringLiteral("periodEnd"),
             QStringLiteral("loginType"), QStringLiteral("loginUrl"),
             QStringLiteral("agreementAccepted")},
            rows, {7, 8, 9});
}

void AppsService::exportInventory(quint64 ticket, const QString &path)
{
    if (!m_cache) {
        Q_EMIT exportFinished(ticket, false, tr("The local data is not open."));
        return;
    }
    QString error;
    QList<QStringList> rows;
    for (const InventoryRow &r : inventory(&error))
        rows.append(SeatInventory::fields(r));
    saveCsv(ticket, QStringLiteral("apps.inventory.export"), path, SeatInventory::header(), rows,
            {3, 4, 5, 6, 7, 8, 9, 10, 12});
}

void AppsService::exportReclaimList(quint64 ticket, const QString &appId, const QString &path)
{
    if (!m_cache) {
        Q_EMIT exportFinished(ticket, false, tr("The local data is not open."));
        return;
    }
    QString error;
    QList<QStringList> rows;
    const QDateTime now = m_now();
    for (const ReclaimCandidate &c : SeatInventory::reclaimList(
             m_cache->reclaimableSeats(appId, now.addDays(-SeatInventory::kGraceDays), &error),
             now))
        rows.append(SeatInventory::reclaimFields(appId, c));
    saveCsv(ticket, QStringLiteral("apps.reclaim.export"), path, SeatInventory::reclaimHeader(),
            rows, {});
}

void AppsService::saveCsv(quint64 ticket, const QString &action, const QString &path,
                          const QStringList &header, const QList<QStringList> &rows,
                          const QList<int> &numeric)
{
    QString error;
    const bool ok = CsvTable::save(path, header, rows, &error, numeric);
    AuditEntry entry;
    entry.actor = m_config.actor;
    entry.action = action;
    entry.target = path;
    entry.result = ok ? QStringLiteral("done") : QStringLiteral("failed");
    entry.detail = ok ? tr("%n row(s)", nullptr, int(rows.size())) : error;
    QString journalError;
    if (m_journal && !m_journal->append(entry, &journalError))
        Q_EMIT failed(journalError);
    Q_EMIT exportFinished(
        ticket, ok, ok ? tr("Saved %n row(s) to %1.", nullptr, int(rows.size())).arg(path) : error);
}
