#include "ui/shell/sign_in_dialog.h"

#include "ui/shell/button_box_focus.h"
#include "ui/shell/plain_text.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_status(PlainText::label())
    , m_address(new QLineEdit)
    , m_copy(new QPushButton(tr("&Copy address")))
    , m_open(new QPushButton(tr("&Open browser again")))
    , m_retry(new QPushButton(tr("&Try again")))
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("SignInDialog"));
    setWindowTitle(tr("Sign in — %1").arg(what));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setMinimumWidth(420);
    m_address->setReadOnly(true);
    m_address->setObjectName(QStringLiteral("signInAddress"));
    m_address->setAccessibleName(tr("Sign-in address"));
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    // After the last addButton: the box shows every button each time it lays them out.
    m_retry->setVisible(false);
    ButtonBoxFocus::keepTabThroughHiddenButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(PlainText::label(tr("If no browser opened, open this address in one:")));
    layout->addWidget(m_address);
    layout->addWidget(buttons);
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded)); });
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
    connect(m_retry, &QPushButton::clicked, this, &SignInDialog::retryRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_failed)
            Q_EMIT cancelRequested();
        reject();
    });
    setStatus(tr("Preparing the sign-in…"));
}

void SignInDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void SignInDialog::setUrl(const QUrl &url)
{
    m_url = url;
    m_address->setText(url.toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    m_copy->setEnabled(true);
    m_open->setEnabled(true);
    setStatus(tr("Sign in in your browser; marketdesk continues by itself when you are done."));
    if (m_opensBrowser && !QDesktopServices::openUrl(url))
        setStatus(tr("No browser could be opened. Copy the address below into a browser to "
                     "sign in; marketdesk continues by itself when you are done."));
}

void SignInDialog::showFailure(const QString &message)
{
    m_failed = true;
    setStatus(tr("The sign-in did not complete: %1").arg(message));
    m_open->setEnabled(false);
    m_retry->setVisible(true);
    m_cancel->setText(tr("Close"));
}
