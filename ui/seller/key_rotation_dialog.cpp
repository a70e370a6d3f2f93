#include "ui/seller/key_rotation_dialog.h"

#include "seller/client/rotation/key_rotation.h"
#include "seller/client/seller_service.h"
#include "ui/seller/clipboard_guard.h"
#include "ui/seller/secret_reveal_dialog.h"
#include "ui/shell/button_box_focus.h"
#include "ui/shell/plain_text.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using Step = KeyRotationState::Step;

namespace {
constexpr int kSteps = 5;

// The step a state is at, 0–4, or 5 when every step is done.
int indexOf(Step step)
{
    switch (step) {
    case Step::None:
    case Step::Creating:
        return 0;
    case Step::AwaitingInstall:
        return 1;
    case Step::Testing:
        return 2;
    case Step::Switching:
        return 3;
    case Step::Retiring:
        return 4;
    default:
        return kSteps;
    }
}
} // namespace

template <typename F> void KeyRotationDialog::call(F &&f)
{
    m_busy = true;
    updateButtons();
    QMetaObject::invokeMethod(m_rotation, [r = m_rotation, f = std::forward<F>(f)] { f(r); });
}

KeyRotationDialog::KeyRotationDialog(SellerService *service, const QString &addressId,
                                     const QString &suite, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_rotation(new KeyRotation(service, addressId, suite))
{
    setWindowTitle(tr("Rotate the %1 key of %2").arg(suite, addressId));
    m_state.addressId = addressId;
    m_state.suite = suite;
    auto *layout = new QVBoxLayout(this);
    QLabel *intro = PlainText::label(
        tr("A new key replaces the one bound for the %1 interfaces. Nothing is switched before "
           "a debugging run with the new key passed against your server, and the old key is "
           "deleted only once the server confirmed the switch.")
            .arg(suite),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    const QStringList titles = {
        tr("1. Create a new key"), tr("2. Install its secret on your server"),
        tr("3. Debugging run with the new key"), tr("4. Switch the address to the new key"),
        tr("5. Retire the old key")};
    for (int i = 0; i < kSteps; ++i) {
        grid->addWidget(PlainText::label(titles.at(i), this), i, 0);
        StepRow row{PlainText::label({}, this), PlainText::label({}, this)};
        row.status->setObjectName(QStringLiteral("status%1").arg(i + 1));
        row.evidence->setObjectName(QStringLiteral("evidence%1").arg(i + 1));
        row.evidence->setWordWrap(true);
        row.evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(row.status, i, 1);
        grid->addWidget(row.evidence, i, 2);
        m_rows.append(row);
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kSteps);
    layout->addWidget(m_progress);
    m_message = PlainText::label({}, this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_deleteNewKey = new QCheckBox(tr("When abandoning, &delete the new unused key"), this);
    m_deleteNewKey->setObjectName(QStringLiteral("deleteNewKey"));
    m_deleteNewKey->setChecked(true);
    layout->addWidget(m_deleteNewKey);

    auto *buttons = new QDialogButtonBox(this);
    const auto add = [&](const QString &text, const char *name) {
        QPushButton *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_start = add(tr("&Start"), "startButton");
    m_continue = add(tr("&Continue: the secret is installed"), "continueButton");
    m_retry = add(tr("&Retry"), "retryButton");
    m_abandon = add(tr("&Abandon"), "abandonButton");
    m_close = buttons->addButton(QDialogButtonBox::Close);
    // Tab visits its buttons one by one, whichever of them a step turns off.
    ButtonBoxFocus::keepTabThroughHiddenButtons(buttons);
    connect(m_start, &QPushButton::clicked, this, &KeyRotationDialog::startRotation);
    connect(m_continue, &QPushButton::clicked, this, &KeyRotationDialog::confirmInstalled);
    connect(m_retry, &QPushButton::clicked, this, &KeyRotationDialog::retryStep);
    connect(m_abandon, &QPushButton::clicked, this,
            [this] { abandonRotation(m_deleteNewKey->isChecked()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The rotation lives where the service does; its signals arrive here queued.
    m_rotation->moveToThread(service->thread());
    connect(m_rotation, &KeyRotation::opened, this, &KeyRotationDialog::onOpened);
    connect(m_rotation, &KeyRotation::changed, this, &KeyRotationDialog::onChanged);
    connect(m_rotation, &KeyRotation::secretIssued, this, &KeyRotationDialog::onSecret);
    connect(m_rotation, &KeyRotation::failed, this, [this](const QString &message) {
        m_busy = false;
        m_message->setText(message);
        updateButtons();
    });
    m_message->setText(tr("Reading the rotation kept for this address…"));
    onChanged(m_state);
    call([](KeyRotation *r) { r->open(); });
}

KeyRotationDialog::~KeyRotationDialog()
{
    // Deleted on its own thread, after any call still queued for it.
    m_rotation->deleteLater();
}

void KeyRotationDialog::startRotation()
{
    m_message->setText(tr("Reading the address's bindings from the server…"));
    call([](KeyRotation *r) { r->start(); });
}

void KeyRotationDialog::confirmInstalled()
{
    call([](KeyRotation *r) { r->confirmInstalled(); });
}

void KeyRotationDialog::retryStep()
{
    call([](KeyRotation *r) { r->retry(); });
}

void KeyRotationDialog::abandonRotation(bool deleteNewKey)
{
    call([deleteNewKey](KeyRotation *r) { r->abandon(deleteNewKey); });
}

void KeyRotationDialog::onOpened(bool ok, const QString &message)
{
    m_opened = ok;
    m_busy = false;
    m_message->setText(ok ? QString() : message);
    if (ok && m_state.isActive())
        m_message->setText(tr("A rotation started %1 was resumed.")
                               .arg(m_state.startedAt.toLocalTime().toString(Qt::ISODate)));
    updateButtons();
}

void KeyRotationDialog::onSecret(const SellerSecret &secret)
{
    // Shown once, here; the dialog keeps no copy.
    auto *reveal = new SecretRevealDialog(
        tr("Secret of the new access key %1").arg(secret.id), QString::fromUtf8(secret.value),
        tr("Put it into your server's configuration for the %1 interfaces of %2, then press "
           "Continue here.")
            .arg(m_state.suite, m_state.addressId),
        this, ClipboardGuard::instance());
    reveal->setAttribute(Qt::WA_DeleteOnClose);
    reveal->open();
    if (m_installer) {
        m_installer(m_state.suite, secret.value,
                    [this, guard = QPointer<KeyRotationDialog>(this)](const QString &problem) {
                        if (!guard)
                            return;
                        m_installNote =
                            problem.isEmpty()
                                ? tr("The demo's server now uses the new key: press Continue.")
                                : tr("The demo's server did not take the new key: %1").arg(problem);
                        if (m_state.step == KeyRotationState::Step::AwaitingInstall)
                            m_message->setText(m_installNote);
                    });
    }
}

void KeyRotationDialog::showStep(int index, const QString &status, const QString &evidence)
{
    m_rows[index].status->setText(status);
    m_rows[index].evidence->setText(evidence);
}

void KeyRotationDialog::onChanged(const KeyRotationState &s)
{
    const bool wasActive = m_state.isActive();
    m_state = s;
    m_busy = false;
    const int at = s.step == Step::None ? -1 : indexOf(s.step);
    const bool abandoned = s.step == Step::Abandoning || s.step == Step::Abandoned;
    const auto status = [&](int i) {
        if (abandoned)
            return i < 1 && !s.newKeyId.isEmpty() ? tr("done") : tr("given up");
        if (at < i)
            return QString();
        if (at > i)
            return tr("done");
        if (!s.problem.isEmpty())
            return tr("failed");
        return s.waitsForInstall() ? tr("waiting for you") : tr("under way");
    };
    showStep(0, status(0),
             s.newKeyId.isEmpty()
                 ? s.newKeyName
                 : tr("key %1 (%2), replacing %3").arg(s.newKeyId, s.newKeyMasked, s.oldKeyId));
    showStep(1, status(1),
             s.installedAt.isValid()
                 ? tr("confirmed %1").arg(s.installedAt.toLocalTime().toString(Qt::ISODate))
             : at == 1 ? tr("Put the new secret into your server's configuration, then press "
                            "Continue.")
                       : QString());
    showStep(2, status(2),
             s.runId.isEmpty() ? QString()
                               : tr("run %1: %2, %3 checks passed, %4 failed")
                                     .arg(s.runId, s.runVerdict)
                                     .arg(s.checksPassed)
                                     .arg(s.checksFailed));
    showStep(
        3, status(3),
        s.switchedVersion > 0
            ? tr("%1 binds %2 (version %3)").arg(s.addressId, s.newKeyId).arg(s.switchedVersion)
            : QString());
    showStep(4, status(4),
             s.step == Step::Retired ? tr("key %1 deleted").arg(s.oldKeyId) : QString());
    m_progress->setValue(abandoned ? 0 : qBound(0, at, kSteps));
    if (!s.problem.isEmpty())
        m_message->setText(s.problem);
    else if (!s.held.isEmpty())
        m_message->setText(s.held);
    else if (s.step == Step::Retired)
        m_message->setText(tr("The rotation is finished: %1 uses the new key.").arg(s.addressId));
    else if (s.step == Step::Abandoned)
        m_message->setText(
            tr("The rotation was given up; the old key %1 stays bound.").arg(s.oldKeyId));
    else if (s.step == Step::AwaitingInstall && !m_installNote.isEmpty())
        m_message->setText(m_installNote);
    else if (m_opened)
        m_message->clear();
    updateButtons();
    if (wasActive && s.isFinished())
        Q_EMIT rotationFinished(s);
}

void KeyRotationDialog::updateButtons()
{
    const KeyRotationState &s = m_state;
    const bool ready = m_opened && !m_busy;
    const bool sending =
        s.pendingOperation != 0 || (s.isActive() && s.problem.isEmpty() && !s.waitsForInstall());
    m_start->setEnabled(ready && !s.isActive());
    m_continue->setEnabled(ready && s.waitsForInstall());
    m_retry->setEnabled(ready && !s.problem.isEmpty() && s.problemCode != u"secret-lost" &&
                        s.step != Step::AwaitingInstall);
    m_abandon->setEnabled(ready && s.canAbandon() && !sending);
    m_deleteNewKey->setEnabled(m_abandon->isEnabled() && !s.newKeyId.isEmpty());
}
