// Image subscriptions ending: flagged at 30, 7 and 1 days as the administrator's calendar
// counts days (in their time zone, not UTC), the on-demand billing spelled out once past the
// end while the ECS still runs on the image, and the calendar events for the ones that matter.
#include "licenses/image_renewal.h"

#include <QTest>
#include <QTimeZone>

class TestImageRenewal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void assess_data();
    void assess();
    void calendar();
};

namespace {

// Beijing time as a fixed offset: no time-zone database needed.
const QTimeZone kBeijing(8 * 3600);
const QDateTime kNow(QDate(2026, 12, 1), QTime(10, 0), kBeijing);

ImageSubscription image(const QDateTime &end, bool autoRenew = false, bool inUse = true)
{
    return {QStringLiteral("sub-1"),
            QStringLiteral("CentOS 7.9 LAMP"),
            QStringLiteral("ecs-7f3a"),
            QStringLiteral("cn-north-4"),
            end,
            autoRenew,
            inUse};
}

} // namespace

void TestImageRenewal::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestImageRenewal::assess_data()
{
    using U = ImageRenewalNotice::Urgency;
    QTest::addColumn<ImageSubscription>("subscription");
    QTest::addColumn<int>("urgency");
    QTest::addColumn<qint64>("daysLeft");
    QTest::addColumn<bool>("billsOnDemand");
    QTest::addColumn<QString>("says");
    auto at = [](int days, QTime time = QTime(10, 0)) {
        return QDateTime(kNow.date().addDays(days), time, kBeijing);
    };
    QTest::newRow("45 days") << image(at(45)) << int(U::None) << qint64(45) << false
                             << QStringLiteral("Ends on 15/01/2027");
    QTest::newRow("30 days") << image(at(30)) << int(U::Days30) << qint64(30) << false
                             << QStringLiteral("billed on demand");
    QTest::newRow("8 days") << image(at(8)) << int(U::Days30) << qint64(8) << false
                            << QStringLiteral("ecs-7f3a");
    QTest::newRow("7 days") << image(at(7)) << int(U::Days7) << qint64(7) << false
                            << QStringLiteral("changing the system disk");
    QTest::newRow("tomorrow just after midnight")
        << image(at(1, QTime(0, 30))) << int(U::Days1) << qint64(1) << false
        << QStringLiteral("Ends on 02/12/2026");
    QTest::newRow("tonight") << image(at(0, QTime(23, 0))) << int(U::Days1) << qint64(0) << false
                             << QStringLiteral("Ends on 01/12/2026");
    // 17:00 UTC on 2 December is 01:00 on the 3rd in Beijing: two days, not one.
    QTest::newRow("given in UTC") << image(QDateTime(QDate(2026, 12, 2), QTime(17, 0), Qt::UTC))
                                  << int(U::Days7) << qint64(2) << false
                                  << QStringLiteral("Ends on 03/12/2026");
    QTest::newRow("renews by itself") << image(at(3), true) << int(U::None) << qint64(3) << false
                                      << QStringLiteral("Renews by itself on 04/12/2026");
    QTest::newRow("ended, still in use")
        << image(at(-2)) << int(U::Expired) << qint64(-2) << true
        << QStringLiteral("ECS ecs-7f3a still runs on this image's system disk, so the image "
                          "has been billed on demand");
    QTest::newRow("ended a minute ago") << image(kNow.addSecs(-60)) << int(U::Expired) << qint64(0)
                                        << true << QStringLiteral("Ended on 01/12/2026");
    QTest::newRow("ended, not in use")
        << image(at(-2), false, false) << int(U::Expired) << qint64(-2) << false
        << QStringLiteral("nothing is billed");
}

void TestImageRenewal::assess()
{
    QFETCH(ImageSubscription, subscription);
    QFETCH(int, urgency);
    QFETCH(qint64, daysLeft);
    QFETCH(bool, billsOnDemand);
    QFETCH(QString, says);
    const ImageRenewalNotice n = ImageRenewal::assess(subscription, kNow);
    QCOMPARE(int(n.urgency), urgency);
    QCOMPARE(n.daysLeft, daysLeft);
    QCOMPARE(n.billsOnDemand, billsOnDemand);
    QVERIFY2(n.consequence.contains(says), qPrintable(n.consequence));
}

void TestImageRenewal::calendar()
{
    ImageSubscription renewing = image(kNow.addDays(3), true);
    renewing.subscriptionId = QStringLiteral("sub-2");
    ImageSubscription gone = image(kNow.addDays(-5), false, false);
    gone.subscriptionId = QStringLiteral("sub-3");
    ImageSubscription billing = image(kNow.addDays(-5));
    billing.subscriptionId = QStringLiteral("sub-4");
    const QList<CalendarEvent> events =
        ImageRenewal::calendar({image(kNow.addDays(20)), renewing, gone, billing}, kNow);
    QCOMPARE(events.size(), 3); // the ended one nobody uses is left out
    QCOMPARE(events[0].uid, QStringLiteral("sub-1@marketdesk.renewals"));
    QCOMPARE(events[0].date, QDate(2026, 12, 21));
    QCOMPARE(events[0].remindDaysBefore, (QList<int>{30, 7, 1}));
    QVERIFY(events[0].summary.contains(u"ecs-7f3a"));
    QVERIFY(events[1].remindDaysBefore.isEmpty());
    QCOMPARE(events[2].uid, QStringLiteral("sub-4@marketdesk.renewals"));
    QCOMPARE(events[2].date, kNow.date()); // billing now: today, no reminders of the past
    QVERIFY(events[2].remindDaysBefore.isEmpty());
    QVERIFY(events[2].description.contains(u"billed on demand"));
    const QByteArray ics = IcsCalendar::write(events, kNow);
    QCOMPARE(ics.count("BEGIN:VEVENT"), 3);
    QCOMPARE(ics.count("BEGIN:VALARM"), 3);
}

QTEST_GUILESS_MAIN(TestImageRenewal)
#include "tst_image_renewal.moc"
