#include "licenses/client/licenses_service.h"

#include "common/private_files.h"
#include "common/save_file.h"
#include "identity/auth_session.h"
#include "licenses/client/licenses_cache.h"
#include "licenses/client/licenses_change.h"
#include "licenses/client/licenses_client_logging.h"
#include "licenses/client/licenses_executor.h"
#include "licenses/client/licenses_sync.h"
#include "licenses/client/licenses_tables.h"
#include "licenses/ics_calendar.h"
#include "licenses/image_renewal.h"
#include "licenses/license_fingerprint.h"
#include "net/api_client.h"
#include "net/result_code.h"
#include "storage/audit_journal.h"
#include "storage/csv.h"
#include "storage/csv_table.h"
#include "storage/journal_anchor_watch.h"
#include "storage/outbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>
#include <QUrl>

#include <atomic>

namespace {

void appendRow(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        Csv::appendField(out, fields.at(i));
    }
    Csv::endRow(out);
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

bool OrderFilter::matches(const Order &order) const
{
    return (productType.isEmpty() || order.productType == productType) &&
           (status.isEmpty() || order.status == status || order.instance.status == status);
}

LicensesService::LicensesService(const LicensesServiceConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_retry(this) // parented, so that it moves to the service's thread with it
{
    qRegisterMetaType<LicensesSnapshotPtr>();
    qRegisterMetaType<LicensesOutcome>();
    qRegisterMetaType<OrderFilter>();
    qRegisterMetaType<TokenSet>();
    m_retry.setSingleShot(true);
    m_retry.setInterval(15'000);
    connect(&m_retry, &QTimer::timeout, this, &LicensesService::resumeOutbox);
}

LicensesService::~LicensesService()
{
    // The executor and the sync point into the stores, the client's calls into both: they go
    // first (members would go before the QObject children otherwise).
    delete m_executor;
    delete m_sync;
    delete m_client;
    delete m_auth;
}

quint64 LicensesService::newTicket()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

void LicensesService::open()
{
    if (m_sharedAuthAsked && !m_sharedAuth) {
        // The organisation's service could not open: without its sign-in this one must not
        // start a session of its own with no tokens. Checked before anything is opened.
        Q_EMIT opened(false, tr("The account's sign-in is not available."));
        return;
    }
    QString error;
    if (!PrivateFiles::makeDir(m_config.dataDir, &error)) {
        Q_EMIT opened(false, error);
        return;
    }
    const QDir dir(m_config.dataDir);
    m_cache = LicensesCache::open(dir.filePath(QStringLiteral("licenses.sqlite")), &error);
    if (m_cache)
        m_outbox = Outbox::open(dir.filePath(QStringLiteral("licenses-outbox.sqlite")), &error);
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
    connect(watch, &JournalAnchorWatch::advanced, this, &LicensesService::journalAdvanced);
    connect(watch, &JournalAnchorWatch::held, this, &LicensesService::failed);
    watch->start(m_config.anchorKept, m_config.journalAnchor);
    m_client = new ApiClient(m_config.server, this);
    m_client->setTimeoutMs(m_config.timeoutMs);
    m_client->setTlsPolicy(m_config.tls);
    if (m_sharedAuth) {
        // Its owner renews the tokens and reports them; this one only follows the state.
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
        connect(m_auth, &AuthSession::tokensChanged, this, &LicensesService::tokensChanged);
        connect(m_auth, &AuthSession::signInRequired, this, [this](const QString &reason) {
            m_signedOut = true;
            m_retry.stop();
            Q_EMIT signInRequired(reason);
        });
    }
    m_config.tokens = {}; // the session holds them from here on
    m_sync = new LicensesSync(m_client, m_cache.get(), this);
    connect(m_sync, &LicensesSync::finished, this, [this](bool ok, const QString &message) {
        reloadSnapshot();
        Q_EMIT syncFinished(ok, message);
    });
    m_executor =
        new LicensesExecutor(m_client, m_outbox.get(), m_cache.get(), m_journal.get(), this);
    m_executor->setActor(m_config.actor);
    connect(m_executor, &LicensesExecutor::sending, this, &LicensesService::changeSent);
    connect(m_executor, &LicensesExecutor::answered, this, &LicensesService::onAnswered);
    connect(m_executor, &LicensesExecutor::stalled, this, &LicensesService::onStalled);
    connect(m_executor, &LicensesExecutor::storageError, this, [this](const QString &message) {
        Q_EMIT failed(message);
        onStalled(message);
    });
    connect(m_executor, &LicensesExecutor::localCopyBehind, this, &LicensesService::failed);
    Q_EMIT opened(true, {});
    reloadSnapshot();
    resumeOutbox();
}

void LicensesService::setTokens(const TokenSet &tokens)
{
    if (!m_auth) // none, or the shared one's owner takes them
        return;
    m_auth->setTokens(tokens);
    m_signedOut = false;
    resumeOutbox();
}

void LicensesService::signedInAgain()
{
    m_signedOut = false;
    resumeOutbox();
}

void LicensesService::sync()
{
    if (!m_sync) {
        // Answered all the same: whoever waits for the sync must not wait for ever.
        Q_EMIT syncFinished(false, tr("The local data is not open."));
        return;
    }
    m_sync->start();
}

void LicensesService::reloadSnapshot()
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

void LicensesService::resumeOutbox()
{
    if (m_executor && m_outbox->pendingCount() > 0)
        m_executor->run();
}

void LicensesService::refuse(quint64 ticket, const char *action, const QString &target,
                             const QString &field, const QString &message)
{
    LicensesOutcome o;
    o.ticket = ticket;
    o.action = QLatin1String(action);
    o.target = target;
    o.state = LicensesOutcome::State::Refused;
    o.code = QString::fromLatin1(ResultCode::InvalidParameter);
    o.message = message;
    o.field = field;
    Q_EMIT changeFinished(o);
}

bool LicensesService::enqueue(quint64 ticket, const char *action, const QString &target,
                              const QJsonObject &body)
{
    QString error;
    const qint64 id =
        m_outbox && m_executor
            ? m_outbox->enqueue(QLatin1String(action), {LicensesChange::item(target, body)},
                                m_config.actor, &error, 1)
            : 0;
    if (!id) {
        refuse(ticket, action, target, {},
               error.isEmpty() ? tr("The local data is not open.") : error);
        return false;
    }
    m_waiting.insert(id, {ticket, false});
    Q_EMIT changeQueued(ticket, id, QLatin1String(action));
    m_executor->run();
    return true;
}

void LicensesService::applyLicense(quint64 ticket, const QString &instanceId,
                                   const QString &fingerprint)
{
    if (instanceId.isEmpty()) {
        refuse(ticket, LicensesChange::Apply, instanceId, QStringLiteral("instanceId"),
               tr("instanceId: name the instance of a License product."));
        return;
    }
    // Checked here, before anything is written: a fingerprint the server would refuse never
    // waits in the outbox.
    if (const QString why = LicenseFingerprint::problem(fingerprint); !why.isEmpty()) {
        refuse(ticket, LicensesChange::Apply, instanceId, QStringLiteral("deviceFingerprint"),
               QStringLiteral("deviceFingerprint: ") + why);
        return;
    }
    // The eventId is chosen now, once, and written with the change: a resend after a crash
    // asks for the same License, which KooGallery answers instead of issuing another. Asking
    // again for a device that has its License already is the same application.
    QString eventId = earlierEventId(instanceId, fingerprint);
    if (eventId.isEmpty())
        eventId = LicensesChange::newEventId();
    enqueue(ticket, LicensesChange::Apply, instanceId,
            {{QStringLiteral("instanceId"), instanceId},
             {QStringLiteral("eventId"), eventId},
             {QStringLiteral("deviceFingerprint"), fingerprint}});
}

QString LicensesService::earlierEventId(const QString &instanceId, const QString &fingerprint) const
{
    if (!m_cache || !m_outbox)
        return {};
    // One still waiting first: pressing Apply twice before the answer is one application.
    for (const Outbox::Chunk &chunk : m_outbox->pendingChunks()) {
        if (chunk.action != QLatin1String(LicensesChange::Apply))
            continue;
        const QJsonObject body = LicensesChange::bodyOf(chunk);
        if (body.value(u"instanceId").toString() == instanceId &&
            body.value(u"deviceFingerprint").toString() == fingerprint)
            return body.value(u"eventId").toString();
    }
    QString error;
    const auto snapshot = m_cache->snapshot(&error);
    if (!snapshot)
        return {};
    for (const IssuedLicense &l : snapshot->licenses)
        if (l.instanceId == instanceId && l.deviceFingerprint == fingerprint &&
            !l.eventId.isEmpty())
            return l.eventId;
    return {};
}

void LicensesService::setAutoRenew(quint64 ticket, const QString &subscriptionId, bool autoRenew)
{
    const auto version =
        m_cache ? m_cache->version(LicensesCache::Kind::Image, subscriptionId) : std::nullopt;
    if (!version) {
        // Sent with the version it was read at: without one it could undo a change nobody
        // here has seen.
        refuse(ticket, LicensesChange::Renewal, subscriptionId, QStringLiteral("subscriptionId"),
               tr("The image subscription %1 is not in the local copy; sync first.")
                   .arg(subscriptionId));
        return;
    }
    enqueue(
        ticket, LicensesChange::Renewal, subscriptionId,
        {{QStringLiteral("autoRenew"), autoRenew}, {QStringLiteral("version"), double(*version)}});
}

void LicensesService::onAnswered(LicensesOutcome outcome)
{
    const auto it = m_waiting.find(outcome.operationId);
    if (it != m_waiting.end()) {
        outcome.ticket = it->ticket;
        m_waiting.erase(it);
    } else {
        outcome.recovered = true;
    }
    qCInfo(lcLicensesClient) << outcome.action << "operation" << outcome.operationId << "ended"
                             << outcome.code;
    reloadSnapshot();
    Q_EMIT changeFinished(outcome);
}

void LicensesService::onStalled(const QString &message)
{
    Q_EMIT outboxStalled(message);
    // Whoever waits is told once that the change is kept; its outcome follows when it is sent.
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if (it->told)
            continue;
        it->told = true;
        LicensesOutcome o;
        o.ticket = it->ticket;
        o.operationId = it.key();
        if (const auto op = m_outbox->operation(it.key())) {
            o.action = op->action;
            const auto targets = m_outbox->targets(it.key());
            o.target = targets.isEmpty() ? QString() : targets.first().key;
        }
        o.state = LicensesOutcome::State::Kept;
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

void LicensesService::downloadLicenseFile(quint64 ticket, const QString &licenseId,
                                          const QString &path)
{
    const QString action = QStringLiteral("licenses.download");
    if (!m_cache || !m_client) {
        Q_EMIT fileFinished(ticket, false, tr("The local data is not open."));
        return;
    }
    const auto license = m_cache->license(licenseId);
    if (!license || !license->file) {
        // The bytes are checked against the record: without one nothing could be checked.
        finishFile(ticket, action, path, false,
                   license
                       ? tr("License %1 was issued as characters, not as a file.").arg(licenseId)
                       : tr("License %1 is not in the local copy; sync first.").arg(licenseId));
        return;
    }
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/licenses/") +
             QString::fromLatin1(QUrl::toPercentEncoding(licenseId)) + QStringLiteral("/file");
    ApiCall *call = m_client->send(r);
    connect(call, &ApiCall::finished, this,
            [this, ticket, licenseId, path](const ApiResponse &response) {
                onLicenseFile(ticket, licenseId, path, response);
            });
}

void LicensesService::onLicenseFile(quint64 ticket, const QString &licenseId, const QString &path,
                                    const ApiResponse &response)
{
    const QString action = QStringLiteral("licenses.download");
    if (!response.ok()) {
        finishFile(ticket, action, path, false, response.error.message);
        return;
    }
    const auto license = m_cache->license(licenseId);
    const auto decoded =
        QByteArray::fromBase64Encoding(response.json.value(u"contentBase64").toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!license || !license->file || !decoded) {
        finishFile(ticket, action, path, false,
                   tr("The server's answer for License %1's file could not be read "
                      "(contentBase64).")
                       .arg(licenseId));
        return;
    }
    const QByteArray &bytes = *decoded;
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (sha256 != license->file->sha256 || bytes.size() != license->file->size) {
        // Not the file the License record describes (damaged, or another one): never written.
        finishFile(ticket, action, path, false,
                   tr("License %1's file does not match its record: SHA-256 %2 and %3 bytes "
                      "received, %4 and %5 bytes expected. Nothing was written.")
                       .arg(licenseId, sha256)
                       .arg(bytes.size())
                       .arg(license->file->sha256)
                       .arg(license->file->size));
        return;
    }
    QString error;
    if (!writeFile(path, bytes, &error)) {
        finishFile(ticket, action, path, false, error);
        return;
    }
    finishFile(ticket, action, path, true,
               tr("License %1's file (%2 bytes, SHA-256 %3) written to %4.")
                   .arg(licenseId)
                   .arg(bytes.size())
                   .arg(sha256, path));
}

void LicensesService::exportOrders(quint64 ticket, const QString &path, const OrderFilter &filter)
{
    const QString action = QStringLiteral("orders.export");
    QString error;
    const auto snapshot = m_cache ? m_cache->snapshot(&error) : nullptr;
    if (!snapshot) {
        Q_EMIT fileFinished(ticket, false,
                            error.isEmpty() ? tr("The local data is not open.") : error);
        return;
    }
    QByteArray csv(Csv::kUtf8Bom);
    appendRow(csv, {QStringLiteral("orderId"),        QStringLiteral("orderType"),
                    QStringLiteral("productType"),    QStringLiteral("productName"),
                    QStringLiteral("seller"),         QStringLiteral("skuCode"),
                    QStringLiteral("chargingMode"),   QStringLiteral("periodType"),
                    QStringLiteral("periodNumber"),   QStringLiteral("amount"),
                    QStringLiteral("currency"),       QStringLiteral("status"),
                    QStringLiteral("createdAt"),      QStringLiteral("instanceId"),
                    QStringLiteral("instanceStatus"), QStringLiteral("periodStart"),
                    QStringLiteral("periodEnd"),      QStringLiteral("licenseType"),
                    QStringLiteral("licenseQuota"),   QStringLiteral("licensesIssued")});
    int rows = 0;
    for (const Order &o : snapshot->orders) {
        if (!filter.matches(o))
            continue;
        ++rows;
        appendRow(csv, {o.orderId,
                        o.orderType,
                        o.productType,
                        o.productName,
                        o.seller,
                        o.skuCode,
                        o.chargingMode,
                        o.periodType,
                        QString::number(o.periodNumber),
                        o.amount,
                        o.currency,
                        o.status,
                        iso(o.createdAt),
                        o.instance.instanceId,
                        o.instance.status,
                        iso(o.instance.periodStart),
                        iso(o.instance.periodEnd),
                        o.license ? o.license->type : QString(),
                        o.license ? QString::number(o.license->quota) : QString(),
                        o.license ? QString::number(o.license->issued) : QString()});
    }
    if (!writeFile(path, csv, &error)) {
        finishFile(ticket, action, path, false, error);
        return;
    }
    finishFile(ticket, action, path, true,
               tr("Exported %n order(s) to %1.", nullptr, rows).arg(path));
}

void LicensesService::exportIcs(quint64 ticket, const QString &path)
{
    const QString action = QStringLiteral("images.export-ics");
    QString error;
    const auto snapshot = m_cache ? m_cache->snapshot(&error) : nullptr;
    if (!snapshot) {
        Q_EMIT fileFinished(ticket, false,
                            error.isEmpty() ? tr("The local data is not open.") : error);
        return;
    }
    QList<ImageSubscription> images;
    for (const ImageSubscriptionRecord &i : snapshot->images)
        images.append(i.forRenewal());
    const QDateTime now = m_now();
    const QList<CalendarEvent> events = ImageRenewal::calendar(images, now);
    if (!writeFile(path, IcsCalendar::write(events, now), &error)) {
        finishFile(ticket, action, path, false, error);
        return;
    }
    finishFile(ticket, action, path, true,
               tr("Exported %n renewal date(s) to %1.", nullptr, int(events.size())).arg(path));
}

void LicensesService::exportLicenses(quint64 ticket, const QString &path)
{
    QString error;
    const auto snapshot = m_cache ? m_cache->snapshot(&error) : nullptr;
    if (!snapshot) {
        Q_EMIT fileFinished(ticket, false,
                            error.isEmpty() ? tr("The local data is not open.") : error);
        return;
    }
    QList<QStringList> rows;
    for (const IssuedLicense &l : snapshot->licenses)
        rows.append(LicensesTables::licenseFields(l, *snapshot, m_now()));
    saveTable(ticket, QStringLiteral("licenses.export"), path, LicensesTables::licenseHeader(),
              rows, {});
}

void LicensesService::exportImages(quint64 ticket, const QString &path)
{
    QString error;
    const auto snapshot = m_cache ? m_cache->snapshot(&error) : nullptr;
    if (!snapshot) {
        Q_EMIT fileFinished(ticket, false,
                            error.isEmpty() ? tr("The local data is not open.") : error);
        return;
    }
    QList<QStringList> rows;
    const QDateTime now = m_now();
    for (const ImageSubscriptionRecord &i : snapshot->images)
        rows.append(LicensesTables::imageFields(i, now));
    saveTable(ticket, QStringLiteral("images.export"), path, LicensesTables::imageHeader(), rows,
              LicensesTables::imageNumericColumns());
}

void LicensesService::saveTable(quint64 ticket, const QString &action, const QString &path,
                                const QStringList &header, const QList<QStringList> &rows,
                                const QList<int> &numeric)
{
    QString error;
    if (!CsvTable::save(path, header, rows, &error, numeric)) {
        finishFile(ticket, action, path, false, error);
        return;
    }
    PrivateFiles::restrict(path);
    finishFile(ticket, action, path, true,
               tr("Saved %n row(s) to %1.", nullptr, int(rows.size())).arg(path));
}

void LicensesService::saveLicenseText(quint64 ticket, const QString &licenseId, const QString &path)
{
    const QString action = QStringLiteral("licenses.save");
    const auto license = m_cache ? m_cache->license(licenseId) : std::nullopt;
    if (!license || license->characters.isEmpty()) {
        finishFile(
            ticket, action, path, false,
            license ? tr("License %1 was issued as a file; save the file instead.").arg(licenseId)
                    : tr("License %1 is not in the local copy; sync first.").arg(licenseId));
        return;
    }
    QString error;
    // The characters and a line end, as a License client reads a text file.
    if (!writeFile(path, license->characters.toUtf8() + '\n', &error)) {
        finishFile(ticket, action, path, false, error);
        return;
    }
    finishFile(
        ticket, action, path, true,
        tr("License %1 (%n character(s)) saved to %2.", nullptr, int(license->characters.size()))
            .arg(licenseId, path));
}

bool LicensesService::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() ||
        !SaveFile::commit(file)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Orders, Licenses and what they cost are the enterprise's business.
    PrivateFiles::restrict(path);
    return true;
}

void LicensesService::finishFile(quint64 ticket, const QString &action, const QString &path,
                                 bool ok, const QString &message)
{
    QString error;
    if (m_journal) {
        AuditEntry e;
        e.actor = m_config.actor;
        e.action = action;
        e.target = path;
        e.result = ok ? QStringLiteral("done") : QStringLiteral("failed");
        e.detail = message;
        if (!m_journal->append(e, &error))
            Q_EMIT failed(error);
    }
    Q_EMIT fileFinished(ticket, ok, message);
}
