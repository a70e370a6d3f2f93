#include "seller/client/seller_service.h"

#include "common/private_files.h"
#include "identity/auth_session.h"
#include "net/api_client.h"
#include "net/result_code.h"
#include "seller/client/seller_cache.h"
#include "seller/client/seller_change.h"
#include "seller/client/seller_client_logging.h"
#include "seller/client/seller_debug_desk.h"
#include "seller/client/seller_executor.h"
#include "seller/client/seller_record_json.h"
#include "seller/client/seller_sync.h"
#include "storage/audit_journal.h"
#include "storage/journal_anchor_watch.h"
#include "storage/outbox.h"

#include <QDir>

#include <atomic>

namespace {
// A change refused here, before it reached the outbox.
SellerOutcome refusal(quint64 ticket, const char *action, const QString &target,
                      const QString &field, const QString &message)
{
    SellerOutcome o;
    o.ticket = ticket;
    o.action = QLatin1String(action);
    o.target = target;
    o.state = SellerOutcome::State::Refused;
    o.code = QString::fromLatin1(ResultCode::InvalidParameter);
    o.message = message;
    o.field = field;
    return o;
}
} // namespace

SellerService::SellerService(const SellerServiceConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_retry(this) // parented, so that it moves to the service's thread with it
{
    qRegisterMetaType<SellerSnapshotPtr>();
    qRegisterMetaType<SellerOutcome>();
    qRegisterMetaType<SellerSecret>();
    qRegisterMetaType<CredentialForm>();
    qRegisterMetaType<TokenSet>();
    qRegisterMetaType<AuditExportOptions>();
    m_debugDesk = new SellerDebugDesk(this);
    m_debugDesk->setJournal([this](const QString &action, const QString &target,
                                   const QString &result, const QString &detail, QString *error) {
        return journalLocal(action, target, result, detail, error);
    });
    m_retry.setSingleShot(true);
    m_retry.setInterval(15'000);
    connect(&m_retry, &QTimer::timeout, this, &SellerService::resumeOutbox);
}

SellerService::~SellerService()
{
    delete m_debugDesk; // its run's calls go before the journal it writes to
    // The executor and the sync point into the stores, the client's calls into both: they go
    // first (members would go before the QObject children otherwise).
    delete m_executor;
    delete m_sync;
    delete m_client;
    delete m_auth;
}

quint64 SellerService::newTicket()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

void SellerService::open()
{
    QString error;
    if (!PrivateFiles::makeDir(m_config.dataDir, &error)) {
        Q_EMIT opened(false, error);
        return;
    }
    const QDir dir(m_config.dataDir);
    m_cache = SellerCache::open(dir.filePath(QStringLiteral("seller.sqlite")), &error);
    if (m_cache)
        m_outbox = Outbox::open(dir.filePath(QStringLiteral("seller-outbox.sqlite")), &error);
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
    connect(watch, &JournalAnchorWatch::advanced, this, &SellerService::journalAdvanced);
    connect(watch, &JournalAnchorWatch::held, this, &SellerService::failed);
    watch->start(m_config.anchorKept, m_config.journalAnchor);
    m_client = new ApiClient(m_config.server, this);
    m_client->setTimeoutMs(m_config.timeoutMs);
    m_client->setTlsPolicy(m_config.tls);
    m_auth = new AuthSession(m_config.endpoints, m_config.tokens, this);
    m_config.tokens = {}; // the session holds them from here on
    m_auth->setClient(m_client);
    m_client->setAuthSession(m_auth);
    connect(m_auth, &AuthSession::tokensChanged, this, &SellerService::tokensChanged);
    connect(m_auth, &AuthSession::signInRequired, this, [this](const QString &reason) {
        m_signedOut = true;
        m_retry.stop();
        Q_EMIT signInRequired(reason);
    });
    m_sync = new SellerSync(m_client, m_cache.get(), this);
    connect(m_sync, &SellerSync::finished, this, [this](bool ok, const QString &message) {
        reloadSnapshot();
        Q_EMIT syncFinished(ok, message);
    });
    connect(m_sync, &SellerSync::runsRead, this,
            [this](const QString &addressId, bool ok, const QString &message) {
                if (ok)
                    reloadSnapshot();
                // Everyone who asked for this address's runs meanwhile gets this one answer.
                const QList<quint64> tickets = m_runReaders.values(addressId);
                m_runReaders.remove(addressId);
                for (const quint64 ticket : tickets)
                    Q_EMIT debugRunsReady(ticket, addressId, ok, message);
            });
    m_executor = new SellerExecutor(m_client, m_outbox.get(), m_cache.get(), m_journal.get(), this);
    m_executor->setActor(m_config.actor);
    connect(m_executor, &SellerExecutor::sending, this, &SellerService::changeSent);
    connect(m_executor, &SellerExecutor::secretIssued, this,
            [this](qint64 operationId, SellerSecret secret) {
                const auto it = m_waiting.constFind(operationId);
                secret.recovered = it == m_waiting.cend();
                Q_EMIT secretIssued(secret.recovered ? 0 : it->ticket, secret);
            });
    connect(m_executor, &SellerExecutor::answered, this, &SellerService::onAnswered);
    connect(m_executor, &SellerExecutor::stalled, this, &SellerService::onStalled);
    connect(m_executor, &SellerExecutor::storageError, this, [this](const QString &message) {
        Q_EMIT failed(message);
        onStalled(message);
    });
    connect(m_executor, &SellerExecutor::localCopyBehind, this, &SellerService::failed);
    Q_EMIT opened(true, {});
    reloadSnapshot();
    resumeOutbox();
}

void SellerService::setTokens(const TokenSet &tokens)
{
    if (!m_auth)
        return;
    m_auth->setTokens(tokens);
    m_signedOut = false;
    resumeOutbox();
}

void SellerService::sync()
{
    if (!m_sync) {
        // Answered all the same: whoever waits for the sync must not wait for ever.
        Q_EMIT syncFinished(false, tr("The local data is not open."));
        return;
    }
    m_sync->start();
}

void SellerService::reloadSnapshot()
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

void SellerService::readDebugRuns(quint64 ticket, const QString &addressId)
{
    if (!m_sync) {
        Q_EMIT debugRunsReady(ticket, addressId, false, tr("The local data is not open."));
        return;
    }
    const bool reading = m_runReaders.contains(addressId);
    m_runReaders.insert(addressId, ticket);
    if (!reading) // otherwise the read under way answers this caller too
        m_sync->readRuns(addressId);
}

void SellerService::resumeOutbox()
{
    if (m_executor && m_outbox->pendingCount() > 0)
        m_executor->run();
}

bool SellerService::enqueue(quint64 ticket, const char *action, const QString &target,
                            const QJsonObject &body, const QString &note)
{
    QString error;
    const qint64 id =
        m_outbox && m_executor
            ? m_outbox->enqueue(QLatin1String(action), {SellerChange::item(target, body, note)},
                                m_config.actor, &error, 1)
            : 0;
    if (!id) {
        Q_EMIT changeFinished(refusal(ticket, action, target, {},
                                      error.isEmpty() ? tr("The local data is not open.") : error));
        return false;
    }
    m_waiting.insert(id, {ticket, false});
    Q_EMIT changeQueued(ticket, id, QLatin1String(action));
    m_executor->run();
    return true;
}

void SellerService::createKey(quint64 ticket, const QString &name, const QString &note)
{
    enqueue(ticket, SellerChange::KeyCreate, name.isEmpty() ? QStringLiteral("new key") : name,
            SellerChange::nonEmpty({{QStringLiteral("name"), name}}), note);
}

void SellerService::deleteKey(quint64 ticket, const QString &keyId)
{
    QJsonObject body;
    if (const auto v = m_cache ? m_cache->version(SellerCache::Kind::Key, keyId) : std::nullopt)
        body.insert(QStringLiteral("version"), double(*v));
    enqueue(ticket, SellerChange::KeyDelete, keyId, body);
}

void SellerService::addAddress(quint64 ticket, const QString &url, const QString &basicKeyId,
                               const QString &kitKeyId)
{
    enqueue(ticket, SellerChange::AddressAdd, url,
            SellerChange::nonEmpty({{QStringLiteral("url"), url},
                                    {QStringLiteral("basicKeyId"), basicKeyId},
                                    {QStringLiteral("kitKeyId"), kitKeyId}}));
}

void SellerService::bindKeys(quint64 ticket, const QString &addressId, const QString &basicKeyId,
                             const QString &kitKeyId)
{
    const auto version =
        m_cache ? m_cache->version(SellerCache::Kind::Address, addressId) : std::nullopt;
    if (!version) {
        // A binding is sent with the version it was read at: without one it could undo a
        // change nobody here has seen.
        Q_EMIT changeFinished(refusal(
            ticket, SellerChange::AddressBind, addressId, QStringLiteral("addressId"),
            tr("The production address %1 is not in the local copy; sync first.").arg(addressId)));
        return;
    }
    enqueue(ticket, SellerChange::AddressBind, addressId,
            {{QStringLiteral("basicKeyId"), basicKeyId},
             {QStringLiteral("kitKeyId"), kitKeyId},
             {QStringLiteral("version"), double(*version)}});
}

void SellerService::startDebugRun(quint64 ticket, const QString &addressId, const QString &suite,
                                  const QString &keyId)
{
    if (suite != u"basic" && suite != u"kit") {
        Q_EMIT changeFinished(refusal(ticket, SellerChange::AddressDebug, addressId,
                                      QStringLiteral("suite"),
                                      tr("suite: expected basic or kit, got \"%1\"").arg(suite)));
        return;
    }
    enqueue(ticket, SellerChange::AddressDebug, addressId,
            SellerChange::nonEmpty(
                {{QStringLiteral("suite"), suite}, {QStringLiteral("keyId"), keyId}}));
}

void SellerService::applyCredential(quint64 ticket, const CredentialForm &form, const QString &note)
{
    enqueue(ticket, SellerChange::CredentialApply, form.appName,
            SellerRecordJson::formToJson(form, false), note);
}

void SellerService::editCredential(quint64 ticket, const QString &appId, const CredentialForm &form)
{
    CredentialForm sent = form;
    if (sent.version <= 0) {
        const auto cached = m_cache ? m_cache->credential(appId) : std::nullopt;
        if (!cached) {
            Q_EMIT changeFinished(
                refusal(ticket, SellerChange::CredentialEdit, appId, QStringLiteral("version"),
                        tr("Credential %1 is not in the local copy and no version was given; "
                           "sync first.")
                            .arg(appId)));
            return;
        }
        sent.version = cached->version();
    }
    enqueue(ticket, SellerChange::CredentialEdit, appId, SellerRecordJson::formToJson(sent, true));
}

void SellerService::requestTestAccount(quint64 ticket, const QString &appId, const QString &note)
{
    enqueue(ticket, SellerChange::TestAccountRequest, appId, {}, note);
}

void SellerService::onAnswered(SellerOutcome outcome)
{
    const auto it = m_waiting.find(outcome.operationId);
    if (it != m_waiting.end()) {
        outcome.ticket = it->ticket;
        m_waiting.erase(it);
    } else {
        outcome.recovered = true;
    }
    qCInfo(lcSellerClient) << outcome.action << "operation" << outcome.operationId << "ended"
                           << outcome.code;
    reloadSnapshot();
    Q_EMIT changeFinished(outcome);
}

void SellerService::onStalled(const QString &message)
{
    Q_EMIT outboxStalled(message);
    // Whoever waits is told once that the change is kept; its outcome follows when it is sent.
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if (it->told)
            continue;
        it->told = true;
        SellerOutcome o;
        o.ticket = it->ticket;
        o.operationId = it.key();
        if (const auto op = m_outbox->operation(it.key())) {
            o.action = op->action;
            const auto targets = m_outbox->targets(it.key());
            o.target = targets.isEmpty() ? QString() : targets.first().key;
        }
        o.state = SellerOutcome::State::Kept;
        o.message = tr("The server cannot be reached now (%1); the change is kept and sent when "
                       "it answers.")
                        .arg(message);
        Q_EMIT changeFinished(o);
    }
    // Signed out: retrying would only ask the token endpoint again every 15 s; new tokens
    // (setTokens) send the outbox.
    if (!m_signedOut)
        m_retry.start();
}

bool SellerService::journalLocal(const QString &action, const QString &target,
                                 const QString &result, const QString &detail, QString *error)
{
    if (!m_journal) {
        *error = tr("The local data is not open.");
        return false;
    }
    AuditEntry entry;
    entry.actor = m_config.actor;
    entry.action = action;
    entry.target = target;
    entry.result = result;
    entry.detail = detail;
    return m_journal->append(entry, error);
}

void SellerService::exportAudit(quint64 ticket, const QString &path,
                                const AuditExportOptions &options)
{
    QString error;
    if (!m_journal) {
        Q_EMIT exportFinished(ticket, false, tr("The local data is not open."));
        return;
    }
    if (m_closing) {
        // The account was closed while this waited its turn: nothing is written.
        const QString why = tr("Cancelled: the account was closed.");
        journalLocal(QStringLiteral("audit.export"), path, QStringLiteral("failed"), why, &error);
        Q_EMIT exportFinished(ticket, false, why);
        return;
    }
    if (m_debugDesk->isRunning()) {
        // The export would hold this thread, and the run's answers with it, past the 5 s the
        // marketplace allows: a correct server would fail.
        Q_EMIT exportFinished(ticket, false,
                              tr("A debugging run is in progress; export the audit journal when "
                                 "it has finished."));
        return;
    }
    m_cancelExport = false;
    const AuditExportResult result =
        exportAuditCsv(m_journal->path(), path, options, &m_cancelExport,
                       [this, ticket](qint64 rows) { Q_EMIT exportProgress(ticket, rows); });
    journalLocal(QStringLiteral("audit.export"), path,
                 result.ok ? QStringLiteral("done") : QStringLiteral("failed"),
                 result.ok ? tr("%n row(s)", nullptr, int(result.rows)) : result.error, &error);
    Q_EMIT exportFinished(ticket, result.ok,
                          result.ok ? tr("Exported %n audit row(s) to %1, with its manifest %2.",
                                         nullptr, int(result.rows))
                                          .arg(path, result.manifestPath)
                                    : result.error);
}
