#include "seller/client/rotation/key_rotation.h"

#include "seller/client/rotation/key_rotation_logging.h"
#include "seller/client/rotation/key_rotation_recovery.h"
#include "seller/client/rotation/key_rotation_step.h"
#include "seller/client/rotation/key_rotation_store.h"
#include "seller/client/seller_cache.h"
#include "seller/client/seller_service.h"
#include "storage/outbox.h"

#include <QFileInfo>

using Step = KeyRotationState::Step;

KeyRotation::KeyRotation(SellerService *service, const QString &addressId, const QString &suite,
                         QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<KeyRotationState>();
    m_state.addressId = addressId;
    m_state.suite = suite;
    connect(service, &SellerService::changeQueued, this, &KeyRotation::onQueued);
    connect(service, &SellerService::changeFinished, this, &KeyRotation::onFinished);
    connect(service, &SellerService::secretIssued, this, &KeyRotation::onSecret);
}

KeyRotation::~KeyRotation() = default;

void KeyRotation::open()
{
    if (m_state.suite != u"basic" && m_state.suite != u"kit") {
        Q_EMIT opened(false, tr("suite: expected basic or kit, got \"%1\"").arg(m_state.suite));
        return;
    }
    if (!m_service->cache() || !m_service->outbox()) {
        Q_EMIT opened(false, tr("The local data is not open."));
        return;
    }
    QString error;
    const QString dir = QFileInfo(m_service->cache()->path()).absolutePath();
    m_store = KeyRotationStore::open(dir + u'/' + KeyRotationStore::fileName(), &error);
    if (!m_store) {
        Q_EMIT opened(false, error);
        return;
    }
    if (const auto kept = m_store->load(m_state.addressId, m_state.suite))
        m_state = *kept;
    // Resumed first, so that whoever opened it decides on the state as it now stands.
    if (m_state.isActive())
        resume();
    Q_EMIT changed(m_state);
    Q_EMIT opened(true, {});
}

bool KeyRotation::commit()
{
    m_state.updatedAt = QDateTime::currentDateTimeUtc();
    QString error;
    const bool saved = m_store && m_store->save(m_state, &error);
    qCInfo(lcKeyRotation) << m_state.addressId << m_state.suite << "at"
                          << KeyRotationState::stepName(m_state.step) << m_state.problemCode;
    if (!saved)
        Q_EMIT failed(error.isEmpty() ? tr("The local data is not open.") : error);
    Q_EMIT changed(m_state);
    return saved;
}

void KeyRotation::afterSync(std::function<void(bool, const QString &)> next)
{
    m_syncing = true;
    connect(
        m_service, &SellerService::syncFinished, this,
        [this, next](bool ok, const QString &message) {
            m_syncing = false;
            next(ok, message);
        },
        Qt::SingleShotConnection);
    m_service->sync();
}

void KeyRotation::start(const QString &secretNote)
{
    if (!m_store) {
        Q_EMIT failed(tr("The local data is not open."));
        return;
    }
    if (m_state.isActive() || m_syncing) {
        Q_EMIT failed(tr("A rotation of the %1 key of %2 is under way: continue or abandon it.")
                          .arg(m_state.suite, m_state.addressId));
        return;
    }
    // The key bound now is the one to retire: read from the server, not an old local copy.
    afterSync([this, secretNote](bool ok, const QString &message) {
        const auto address = m_service->cache()->address(m_state.addressId);
        if (!address) {
            Q_EMIT failed(ok ? tr("There is no production address %1.").arg(m_state.addressId)
                             : message);
            return;
        }
        const QString bound = m_state.suite == u"kit" ? address->kitKeyId : address->basicKeyId;
        if (bound.isEmpty()) {
            Q_EMIT failed(tr("%1 binds no %2 key: there is nothing to rotate; bind a key instead.")
                              .arg(address->url, m_state.suite));
            return;
        }
        KeyRotationState s;
        s.addressId = m_state.addressId;
        s.suite = m_state.suite;
        s.step = Step::Creating;
        s.oldKeyId = bound;
        s.startedAt = QDateTime::currentDateTimeUtc();
        s.newKeyName = QStringLiteral("rotated-%1-%2-%3")
                           .arg(s.suite, s.addressId,
                                s.startedAt.toString(QStringLiteral("yyyyMMddHHmmsszzz")));
        // A note of its own when the caller gives none (the dialog), so that a secret answered
        // after a restart is recognised as this rotation's.
        s.secretNote =
            secretNote.isEmpty() ? QStringLiteral("rotation:") + s.newKeyName : secretNote;
        m_state = s;
        send();
    });
}

void KeyRotation::send()
{
    m_state.problem.clear();
    m_state.problemCode.clear();
    m_state.held.clear();
    m_state.pendingOperation = 0;
    m_state.stepAskedAt = QDateTime::currentDateTimeUtc();
    // Saved before asking: a crash between the two finds the change in the outbox by action,
    // target and time (resume) instead of sending a second one.
    if (!commit())
        return;
    m_ticket = SellerService::newTicket();
    const KeyRotationState &s = m_state;
    switch (s.step) {
    case Step::Creating:
        m_service->createKey(m_ticket, s.newKeyName, s.secretNote);
        break;
    case Step::Testing:
        m_service->startDebugRun(m_ticket, s.addressId, s.suite, s.newKeyId);
        break;
    case Step::Switching: {
        // The other suite keeps its key, as the server holds it now.
        const auto address = m_service->cache()->address(s.addressId);
        const QString basic = s.suite == u"basic" ? s.newKeyId
                              : address           ? address->basicKeyId
                                                  : QString();
        const QString kit = s.suite == u"kit" ? s.newKeyId
                            : address         ? address->kitKeyId
                                              : QString();
        m_service->bindKeys(m_ticket, s.addressId, basic, kit);
        break;
    }
    case Step::Retiring:
        m_service->deleteKey(m_ticket, s.oldKeyId);
        break;
    case Step::Abandoning:
        m_service->deleteKey(m_ticket, s.newKeyId);
        break;
    default:
        m_ticket = 0;
        break;
    }
}

void KeyRotation::confirmInstalled()
{
    if (!m_state.waitsForInstall()) {
        Q_EMIT failed(tr("The rotation does not wait for the new secret to be installed."));
        return;
    }
    m_state.installedAt = QDateTime::currentDateTimeUtc();
    m_state.step = Step::Testing;
    send();
}

void KeyRotation::retry()
{
    if (m_state.isActive() && m_state.problemCode == KeyRotationRecovery::kUnknown &&
        m_state.pendingOperation != 0) {
        // The change was sent; only its outcome is missing: read it again, never send twice.
        m_state.problem.clear();
        m_state.problemCode.clear();
        reconcile();
        return;
    }
    if (!m_state.isActive() || m_state.problem.isEmpty() || m_state.pendingOperation != 0 ||
        m_state.step == Step::AwaitingInstall) {
        Q_EMIT failed(tr("There is no failed step to retry."));
        return;
    }
    send();
}

void KeyRotation::abandon(bool deleteNewKey)
{
    if (!m_state.canAbandon()) {
        Q_EMIT failed(m_state.isActive()
                          ? tr("The binding was switched to the new key already (or the switch "
                               "is on its way): the rotation can only be finished.")
                          : tr("There is no rotation under way."));
        return;
    }
    if (m_state.pendingOperation != 0 || m_ticket != 0) {
        Q_EMIT failed(tr("A change of this rotation waits for the server's answer; abandon it "
                         "once it is answered."));
        return;
    }
    if (deleteNewKey && !m_state.newKeyId.isEmpty()) {
        m_state.step = Step::Abandoning;
        send();
        return;
    }
    m_state.step = Step::Abandoned;
    m_state.problem.clear();
    m_state.problemCode.clear();
    commit();
}

void KeyRotation::onQueued(quint64 ticket, qint64 operationId, const QString &)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_state.pendingOperation = operationId;
    commit();
}

void KeyRotation::onSecret(quint64 ticket, const SellerSecret &secret)
{
    if (secret.kind != SellerSecret::Kind::KeySecret || m_state.step != Step::Creating)
        return;
    // After a restart the secret comes without a ticket; the note given with the creation
    // says it is this rotation's.
    const bool mine =
        (ticket != 0 && ticket == m_ticket) ||
        (ticket == 0 && !m_state.secretNote.isEmpty() && secret.note == m_state.secretNote);
    if (!mine)
        return;
    m_state.secretDelivered = true;
    Q_EMIT secretIssued(secret);
}

void KeyRotation::stop(const QString &code, const QString &message)
{
    m_state.problemCode = code;
    m_state.problem = message;
    commit();
}

void KeyRotation::onFinished(const SellerOutcome &o)
{
    const bool mine = (o.ticket != 0 && o.ticket == m_ticket) ||
                      (m_state.pendingOperation != 0 && o.operationId == m_state.pendingOperation);
    if (!mine || !m_state.isActive())
        return;
    if (o.state == SellerOutcome::State::Kept) {
        m_state.held = o.message;
        commit();
        return;
    }
    m_ticket = 0;
    m_state.pendingOperation = 0;
    m_state.held.clear();
    switch (KeyRotationStep::apply(m_state, o)) {
    case KeyRotationStep::Next::Send:
        send();
        break;
    case KeyRotationStep::Next::Stop:
        qCWarning(lcKeyRotation) << m_state.addressId << m_state.suite << "stopped at"
                                 << KeyRotationState::stepName(m_state.step) << m_state.problemCode;
        commit();
        break;
    case KeyRotationStep::Next::Save:
        commit();
        break;
    }
}

void KeyRotation::resume()
{
    const char *action = KeyRotationRecovery::actionOf(m_state.step);
    if (!action || !m_state.problem.isEmpty())
        return; // waits for the seller: install, retry or abandon
    Outbox *outbox = m_service->outbox();
    if (m_state.pendingOperation == 0) {
        // Asked for, but the change's number was not noted: the program stopped in between.
        m_state.pendingOperation = KeyRotationRecovery::findAsked(*outbox, m_state);
        if (m_state.pendingOperation == 0) {
            send(); // never recorded: nothing was sent
            return;
        }
        commit();
    }
    const auto op = outbox->operation(m_state.pendingOperation);
    if (op && !op->finished()) {
        // Still in the outbox: its outcome comes by changeFinished once it is sent.
        qCInfo(lcKeyRotation) << m_state.addressId << m_state.suite << "waits for operation"
                              << m_state.pendingOperation << "in the outbox";
        m_service->resumeOutbox();
        return;
    }
    reconcile();
}

void KeyRotation::reconcile()
{
    const qint64 id = m_state.pendingOperation;
    qCInfo(lcKeyRotation) << m_state.addressId << m_state.suite << "reads the outcome of operation"
                          << id << "from the server";
    afterSync([this, id](bool ok, const QString &message) {
        if (m_state.pendingOperation != id)
            return; // answered meanwhile
        QString error;
        const auto snapshot = m_service->cache()->snapshot(&error);
        if (!ok || !snapshot)
            return stop(KeyRotationRecovery::kUnknown,
                        tr("The outcome of change %1 could not be read from the server: %2")
                            .arg(id)
                            .arg(ok ? error : message));
        onFinished(KeyRotationRecovery::outcome(*m_service->outbox(), m_state, *snapshot));
    });
}
