#include "ui/shell/desktop_notifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcNotify, "marketdesk.notify")

bool DesktopNotifier::inBackground()
{
    return QApplication::activeWindow() == nullptr;
}

bool DesktopNotifier::notifyIfInBackground(const QString &summary, const QString &body)
{
    return inBackground() && notify(summary, body);
}

bool DesktopNotifier::notify(const QString &summary, const QString &body)
{
    return notify(QDBusConnection::sessionBus(), summary, body);
}

bool DesktopNotifier::notify(const QDBusConnection &bus, const QString &summary,
                             const QString &body)
{
    if (!bus.isConnected()) {
        qCDebug(lcNotify) << "no session bus; not notified";
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // The desktop entry names the program and its icon. The body is plain text; the servers of
    // the common desktops read a subset of HTML in it, so the characters that start markup are
    // escaped (quotes are not markup there and stay as they are).
    QString plain = body;
    plain.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QApplication::desktopFileName());
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));
    call << QApplication::applicationDisplayName() << uint(0)
         << QStringLiteral("io.github.marketdesk.Marketdesk") << summary << plain << QStringList()
         << hints << int(-1);
    // Fire and forget: a notification server that is slow or absent never holds the console.
    bus.asyncCall(call);
    return true;
}
