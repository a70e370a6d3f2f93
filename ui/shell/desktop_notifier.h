#pragma once

#include <QString>

class QDBusConnection;

// Posts a desktop notification (org.freedesktop.Notifications on the session bus) when long
// work ends (a batch, a debugging run) while the console is in the background, so that the
// administrator who went to another window hears of it. Nothing when the console is the active
// application, or when no session bus or notification service is there; never waits for an
// answer (the call is asynchronous).
class DesktopNotifier
{
public:
    // Whether the console has no active window: the person is looking elsewhere.
    static bool inBackground();

    // Posts `summary` and `body` if inBackground(); returns whether it was sent.
    static bool notifyIfInBackground(const QString &summary, const QString &body);

    // Posts `summary` and `body` on `bus` (the session bus unless a test names another).
    static bool notify(const QString &summary, const QString &body);
    static bool notify(const QDBusConnection &bus, const QString &summary, const QString &body);
};
