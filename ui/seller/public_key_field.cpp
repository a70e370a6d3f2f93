#include "ui/seller/public_key_field.h"

#include "seller/public_key_check.h"
#include "ui/seller/key_pair_dialog.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/status_text.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// A public key PEM of 4096 bits is under 1 KB; anything far larger is not one.
constexpr qint64 kMaxKeyFile = 64 * 1024;
} // namespace

PublicKeyField::PublicKeyField(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("publicKeyEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(tr("Paste the RSA public key (PEM or Base64, at least 3072 bits)"));
    m_edit->setTabChangesFocus(true);
    m_edit->setAccessibleName(tr("RSA public key"));
    m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_edit);

    auto *row = new QHBoxLayout;
    m_status = PlainText::label(QString(), this);
    m_status->setObjectName(QStringLiteral("publicKeyStatus"));
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    auto *load = new QPushButton(tr("&Load from file…"), this);
    connect(load, &QPushButton::clicked, this, &PublicKeyField::loadFromFile);
    row->addWidget(load);
    auto *make = new QPushButton(tr("Generate key &pair…"), this);
    connect(make, &QPushButton::clicked, this, &PublicKeyField::generatePair);
    row->addWidget(make);
    layout->addLayout(row);

    // Parsing a key costs well under a millisecond, but not on every keystroke of a paste.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &PublicKeyField::check);
    connect(m_edit, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
}

QString PublicKeyField::text() const
{
    return m_edit->toPlainText();
}

void PublicKeyField::setText(const QString &text)
{
    m_edit->setPlainText(text);
    check();
}

void PublicKeyField::check()
{
    m_debounce->stop();
    const bool wasValid = isValid();
    const QString pasted = m_edit->toPlainText();
    m_normalized.clear();
    m_problem.clear();
    if (pasted.trimmed().isEmpty()) {
        show(QString(), false);
    } else if (SellerResult<RsaKey> key = PublicKeyCheck::check(pasted); key) {
        m_normalized = QString::fromLatin1(key.value().publicKeyBase64());
        show(tr("RSA %1 bits: accepted.").arg(key.value().bits()), false);
    } else {
        m_problem = key.error();
        show(m_problem, true);
    }
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

void PublicKeyField::setServerError(const QString &message)
{
    m_problem = message;
    show(message, true);
}

void PublicKeyField::loadFromFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load a public key"), QString(),
                                     tr("PEM files (*.pem *.pub *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        show(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    // Read at most a little more than any key: size() says 0 for a pipe or a device, and
    // readAll() there would never end.
    const QByteArray bytes = file.read(kMaxKeyFile + 1);
    if (bytes.size() > kMaxKeyFile) {
        show(tr("%1 is too large to be a public key.").arg(path), true);
        return;
    }
    setText(QString::fromUtf8(bytes));
}

void PublicKeyField::generatePair()
{
    KeyPairDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.publicKey().isEmpty())
        setText(dialog.publicKey());
}

void PublicKeyField::show(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        StatusText::mark(m_status, StatusColours::Kind::Error);
    else
        StatusText::clear(m_status);
}
