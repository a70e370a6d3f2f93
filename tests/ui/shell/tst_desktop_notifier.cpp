// DesktopNotifier against a notification server on a real session bus (a private one: the test
// runs under tests/with_keychain.sh): what it sends when the console is in the background, and
// that it sends nothing while the console is the active application. The server is this test's
// own org.freedesktop.Notifications on a second connection, so each call crosses the bus.
#include "ui/shell/desktop_notifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMainWindow>
#include <QTest>

namespace {

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app, icon, summary, body;
        QVariantMap hints;
        int timeout = 0;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(replaces)
        Q_UNUSED(actions)
        calls.append({app, icon, summary, body, hints, timeout});
        return uint(calls.size());
    }
};

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run under tests/with_keychain.sh");
        QApplication::setApplicationDisplayName(QStringLiteral("marketdesk"));
        QApplication::setDesktopFileName(QStringLiteral("io.github.marketdesk.Marketdesk"));
        m_server = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                 QStringLiteral("notification-server"));
        QVERIFY(m_server.isConnected());
        QVERIFY(m_server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_fake,
                                        QDBusConnection::ExportAllSlots));
        QVERIFY(m_server.registerService(QStringLiteral("org.freedesktop.Notifications")));
    }

    void sendsWhenInBackground_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("sentBody");
        QTest::newRow("batch") << QStringLiteral("Disable 3 members: finished")
                               << QStringLiteral("Finished: 2 done, 1 failed.")
                               << QStringLiteral("Finished: 2 done, 1 failed.");
        QTest::newRow("markup escaped")
            << QStringLiteral("Integration debugging run finished")
            << QStringLiteral("Failed: <b>x</b> & \"y\"")
            << QStringLiteral("Failed: &lt;b&gt;x&lt;/b&gt; &amp; \"y\"");
        QTest::newRow("Chinese") << QStringLiteral("集成调试运行已结束")
                                 << QStringLiteral("通过 5，失败 0")
                                 << QStringLiteral("通过 5，失败 0");
    }
    void sendsWhenInBackground()
    {
        QFETCH(QString, summary);
        QFETCH(QString, body);
        QFETCH(QString, sentBody);
        QApplication::setActiveWindow(nullptr);
        QVERIFY(DesktopNotifier::inBackground());
        const qsizetype before = m_fake.calls.size();
        QVERIFY(DesktopNotifier::notifyIfInBackground(summary, body));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), before + 1, 5000);
        const FakeNotifications::Call &c = m_fake.calls.last();
        QCOMPARE(c.app, QStringLiteral("marketdesk"));
        QCOMPARE(c.icon, QStringLiteral("io.github.marketdesk.Marketdesk"));
        QCOMPARE(c.summary, summary);
        QCOMPARE(c.body, sentBody);
        QCOMPARE(c.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.marketdesk.Marketdesk"));
        QCOMPARE(c.timeout, -1);
    }

    void silentWhileActive()
    {
        QMainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!DesktopNotifier::inBackground());
        const qsizetype before = m_fake.calls.size();
        QVERIFY(
            !DesktopNotifier::notifyIfInBackground(QStringLiteral("active"), QStringLiteral("x")));
        // A marker sent after it arrives alone: calls on one connection arrive in order, so
        // one sent while active would have come first.
        QVERIFY(DesktopNotifier::notify(QStringLiteral("marker"), QStringLiteral("m")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake.calls.isEmpty() &&
                                     m_fake.calls.last().summary == QStringLiteral("marker"),
                                 5000);
        QCOMPARE(m_fake.calls.size(), before + 1);
    }

    void noBusIsNoError()
    {
        const QDBusConnection none(QStringLiteral("never-connected"));
        QVERIFY(!none.isConnected());
        QVERIFY(!DesktopNotifier::notify(none, QStringLiteral("s"), QStringLiteral("b")));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("notification-server"));
    }

private:
    QDBusConnection m_server{QStringLiteral("unset")};
    FakeNotifications m_fake;
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktop_notifier.moc"
