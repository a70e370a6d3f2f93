#include "ui/seller/secret_reveal_dialog.h"

#include "ui/seller/clipboard_guard.h"
#include "ui/shell/plain_text.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

SecretRevealDialog::SecretRevealDialog(const QString &what, const QString &secret,
                                       const QString &hint, QWidget *parent, ClipboardGuard *guard)
    : QDialog(parent)
    , m_guard(guard ? guard : ClipboardGuard::instance())
{
    setWindowTitle(tr("Shown once: %1").arg(what));
    auto *layout = new QVBoxLayout(this);
    QLabel *warning = PlainText::label(
        tr("This is the only time the secret is shown. Store it now: marketdesk keeps no copy, "
           "and the server shows it only once."),
        this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    if (!hint.isEmpty()) {
        QLabel *hintLabel = PlainText::label(hint, this);
        hintLabel->setWordWrap(true);
        layout->addWidget(hintLabel);
    }

    auto *row = new QHBoxLayout;
    m_field = new QLineEdit(secret, this);
    m_field->setObjectName(QStringLiteral("secretField"));
    m_field->setReadOnly(true);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
    m_field->setAccessibleName(what);
    // Drag and the context menu's Copy would bypass the guard.
    m_field->setDragEnabled(false);
    m_field->setContextMenuPolicy(Qt::NoContextMenu);
    m_field->installEventFilter(this);
    row->addWidget(m_field, 1);
    m_show = new QPushButton(tr("&Show"), this);
    m_show->setObjectName(QStringLiteral("showButton"));
    connect(m_show, &QPushButton::clicked, this, &SecretRevealDialog::toggleShown);
    row->addWidget(m_show);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copies the secret; the clipboard is cleared %n second(s) later.", "",
                          m_guard->clearAfter() / 1000));
    connect(m_copy, &QPushButton::clicked, this, &SecretRevealDialog::copy);
    row->addWidget(m_copy);
    layout->addLayout(row);
    // Shown in a label nobody can select from: a selection in a text field would go to the X11
    // primary selection (middle-click paste), out of the guard's reach.
    m_revealed = PlainText::label(QString(), this);
    m_revealed->setObjectName(QStringLiteral("revealedSecret"));
    m_revealed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_revealed->setTextInteractionFlags(Qt::NoTextInteraction);
    m_revealed->setVisible(false);
    layout->addWidget(m_revealed);

    m_countdown = PlainText::label(QString(), this);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    layout->addWidget(m_countdown);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SecretRevealDialog::updateCountdown);
    connect(m_guard, &ClipboardGuard::secretGone, this, [this](bool cleared) {
        m_tick->stop();
        m_countdown->setText(cleared ? tr("The clipboard was cleared.")
                                     : tr("The clipboard holds something else now."));
    });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *stored = buttons->addButton(tr("I have stored it"), QDialogButtonBox::AcceptRole);
    stored->setObjectName(QStringLiteral("storedButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    m_copy->setFocus();
}

SecretRevealDialog::~SecretRevealDialog()
{
    // Drop the widgets' copies of the secret; the guard's clipboard countdown carries on.
    m_field->clear();
    m_revealed->clear();
}

void SecretRevealDialog::copy()
{
    m_guard->copySecret(m_field->text());
    m_copied = true;
    updateCountdown();
    m_tick->start();
}

bool SecretRevealDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copy();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SecretRevealDialog::toggleShown()
{
    const bool show = m_revealed->isHidden(); // not isVisible(): false while the dialog is hidden
    m_revealed->setText(show ? m_field->text() : QString());
    m_revealed->setVisible(show);
    m_show->setText(show ? tr("&Hide") : tr("&Show"));
    m_shown = m_shown || show;
}

void SecretRevealDialog::done(int result)
{
    if (!m_copied && !m_shown) {
        const auto answer = PlainText::message(
            this, QMessageBox::Warning, windowTitle(),
            tr("The secret was neither copied nor shown. It cannot be shown again; close anyway?"),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    m_field->clear();
    m_revealed->clear();
    QDialog::done(result);
}

void SecretRevealDialog::updateCountdown()
{
    const int ms = m_guard->remainingMs();
    if (ms < 0)
        return;
    m_countdown->setText(
        tr("Copied. The clipboard is cleared in %n second(s).", "", (ms + 999) / 1000));
}
