#include "ui/seller/seller_session.h"

#include "seller/client/seller_service.h"
#include "ui/seller/clipboard_guard.h"
#include "ui/seller/secret_reveal_dialog.h"

SellerSession::SellerSession(SellerService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_guard(new ClipboardGuard(this))
{
    connect(service, &SellerService::snapshotReady, this, [this](const SellerSnapshotPtr &s) {
        m_snapshot = s;
        Q_EMIT snapshotChanged(s);
    });
    connect(service, &SellerService::syncFinished, this, [this](bool ok, const QString &message) {
        m_syncing = false;
        Q_EMIT syncFinished(ok, message);
        Q_EMIT statusMessage(ok ? tr("Seller Center synced.")
                                : tr("The sync did not finish: %1").arg(message),
                             ok ? 5000 : 0);
    });
    connect(service, &SellerService::changeFinished, this, &SellerSession::onOutcome);
    connect(service, &SellerService::secretIssued, this, &SellerSession::showSecret);
    connect(service, &SellerService::outboxStalled, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Changes wait in the outbox: %1").arg(message), 0);
    });
    connect(service, &SellerService::failed, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 0); });
}

SellerSession::~SellerSession() = default;

void SellerSession::sync()
{
    if (m_syncing)
        return;
    m_syncing = true;
    Q_EMIT syncStarted();
    Q_EMIT statusMessage(tr("Syncing the Seller Center…"), 0);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->sync(); });
}

quint64 SellerSession::change(QObject *context, Send send, Done done)
{
    const quint64 ticket = SellerService::newTicket();
    m_waiting.insert(ticket, {context, std::move(done)});
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, ticket, send = std::move(send)] { send(s, ticket); });
    return ticket;
}

void SellerSession::onOutcome(const SellerOutcome &outcome)
{
    if (outcome.recovered || outcome.ticket == 0) {
        // A change an earlier session sent, answered now: say how it ended.
        Q_EMIT statusMessage(
            outcome.ok()
                ? tr("A change sent earlier (%1, %2) is done.").arg(outcome.action, outcome.target)
                : tr("A change sent earlier (%1, %2) ended: %3")
                      .arg(outcome.action, outcome.target, outcome.message),
            0);
        return;
    }
    const auto it = m_waiting.find(outcome.ticket);
    if (it == m_waiting.end())
        return;
    const Waiter waiter = *it;
    if (outcome.state != SellerOutcome::State::Kept)
        m_waiting.erase(it); // a kept change is answered again when it is sent
    if (waiter.context && waiter.done)
        waiter.done(outcome);
}

void SellerSession::showSecret(quint64 ticket, const SellerSecret &secret)
{
    Q_UNUSED(ticket);
    QString what;
    QString hint;
    switch (secret.kind) {
    case SellerSecret::Kind::KeySecret:
        what = tr("Secret of access key %1").arg(secret.id);
        hint = tr("Install it on your server for the interfaces this key signs. KooGallery "
                  "shows it only now; marketdesk keeps it nowhere.");
        break;
    case SellerSecret::Kind::AppSecret:
        what = tr("Client secret of application %1").arg(secret.id);
        hint = tr("Keep it in your server's configuration for KooGallery's unified login. It "
                  "is shown only now; marketdesk keeps it nowhere.");
        break;
    case SellerSecret::Kind::TestAccountPassword:
        what = secret.account ? tr("Password of test account %1 at %2 (tenant %3)")
                                    .arg(secret.account->account, secret.account->domain,
                                         secret.account->tenantId)
                              : tr("Password of the test account of %1").arg(secret.id);
        hint = tr("Sign in with it to try the application as a buyer would. It is shown only "
                  "now; marketdesk keeps it nowhere.");
        break;
    }
    if (secret.recovered)
        hint = tr("This answer arrived after a restart, for a change sent earlier.") + u' ' + hint;
    auto *dialog = new SecretRevealDialog(what, QString::fromUtf8(secret.value), hint,
                                          m_dialogParent, m_guard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, kind = secret.kind, id = secret.id] { Q_EMIT secretShown(kind, id); });
    dialog->open();
}
