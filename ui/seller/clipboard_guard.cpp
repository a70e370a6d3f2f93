#include "ui/seller/clipboard_guard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
    // Copying something else ends the guard's claim: from then on the clipboard is the user's.
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        if (m_digest.isEmpty() || digestOf(QGuiApplication::clipboard()->text()) == m_digest)
            return;
        m_digest.clear();
        m_timer.stop();
        Q_EMIT secretGone(false);
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    // While the application object is being torn down the clipboard may be gone already;
    // aboutToQuit has cleared it by then.
    if (!QCoreApplication::closingDown())
        clearIfOurs();
}

ClipboardGuard *ClipboardGuard::instance()
{
    static QPointer<ClipboardGuard> guard;
    if (!guard)
        guard = new ClipboardGuard(qApp);
    return guard;
}

void ClipboardGuard::copySecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    // Set the digest first: setText() emits dataChanged, which must recognise the secret.
    m_digest = digestOf(secret);
    auto *data = new QMimeData;
    data->setText(secret);
    // Asks clipboard managers (Klipper and those that follow it) not to keep it in a history.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    m_timer.start(m_clearAfterMs);
    Q_EMIT secretCopied();
}

void ClipboardGuard::clearIfOurs()
{
    if (m_digest.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool ours = digestOf(clipboard->text()) == m_digest;
    m_digest.clear();
    m_timer.stop();
    if (ours)
        clipboard->clear();
    Q_EMIT secretGone(ours);
}

int ClipboardGuard::remainingMs() const
{
    return m_digest.isEmpty() ? -1 : m_timer.remainingTime();
}

QByteArray ClipboardGuard::digestOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
