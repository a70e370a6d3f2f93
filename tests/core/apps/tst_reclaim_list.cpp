// The reclaim list against a brute-force computation over the same generated seats (each rule
// written out again, independently), and the cases a person would check by hand.
#include "apps/reclaim_list.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

class TestReclaimList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handPicked_data();
    void handPicked();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void reasonsAreWords();
};

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

SeatHolder seat(const QString &user, SeatHolder::State state, bool seated, int grantedDaysAgo,
                int usedDaysAgo /* -1: never */)
{
    SeatHolder s;
    s.userName = user;
    s.state = state;
    s.seated = seated;
    s.grantedAt = kNow.addDays(-grantedDaysAgo);
    if (usedDaysAgo >= 0)
        s.lastUsedAt = kNow.addDays(-usedDaysAgo);
    return s;
}

QString describe(const QList<ReclaimCandidate> &list)
{
    QStringList out;
    for (const ReclaimCandidate &c : list)
        out << c.userName + u':' + QString::number(int(c.reason));
    return out.join(u',');
}

} // namespace

void TestReclaimList::handPicked_data()
{
    using S = SeatHolder::State;
    QTest::addColumn<QList<SeatHolder>>("seats");
    QTest::addColumn<int>("graceDays");
    QTest::addColumn<QString>("expected"); // userName:reason (0 deleted, 1 disabled, 2 never)
    QTest::newRow("an active user keeps the seat")
        << QList<SeatHolder>{seat("a", S::Enabled, true, 100, 1)} << 0 << QString();
    QTest::newRow("disabled, though used")
        << QList<SeatHolder>{seat("a", S::Disabled, true, 100, 1)} << 0 << QStringLiteral("a:1");
    QTest::newRow("deleted beats never used")
        << QList<SeatHolder>{seat("a", S::Deleted, true, 100, -1)} << 0 << QStringLiteral("a:0");
    QTest::newRow("waiting holds no seat")
        << QList<SeatHolder>{seat("a", S::Disabled, false, 100, -1)} << 0 << QString();
    QTest::newRow("never used") << QList<SeatHolder>{seat("a", S::Enabled, true, 3, -1)} << 0
                                << QStringLiteral("a:2");
    QTest::newRow("never used, within the grace")
        << QList<SeatHolder>{seat("a", S::Enabled, true, 3, -1)} << 14 << QString();
    QTest::newRow("never used, past the grace")
        << QList<SeatHolder>{seat("a", S::Enabled, true, 15, -1)} << 14 << QStringLiteral("a:2");
    QTest::newRow("the grace is for the never used only")
        << QList<SeatHolder>{seat("a", S::Disabled, true, 1, -1)} << 14 << QStringLiteral("a:1");
    QTest::newRow("order: deleted, disabled, never; then by name")
        << QList<SeatHolder>{seat("d", S::Enabled, true, 40, -1),
                             seat("c", S::Disabled, true, 40, 2),
                             seat("b", S::Deleted, true, 40, 2),
                             seat("a", S::Enabled, true, 40, -1),
                             seat("e", S::Enabled, true, 40, 0)}
        << 0 << QStringLiteral("b:0,c:1,a:2,d:2");
}

void TestReclaimList::handPicked()
{
    QFETCH(QList<SeatHolder>, seats);
    QFETCH(int, graceDays);
    QFETCH(QString, expected);
    QCOMPARE(describe(ReclaimList::compute(seats, kNow, graceDays)), expected);
}

void TestReclaimList::matchesBruteForce_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("graceDays");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("small, no grace") << 50 << 0 << 1u;
    QTest::newRow("a department, 14 days") << 2'000 << 14 << 2u;
    QTest::newRow("an enterprise, 30 days") << 100'000 << 30 << 3u;
}

void TestReclaimList::matchesBruteForce()
{
    QFETCH(int, members);
    QFETCH(int, graceDays);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QList<SeatHolder> seats;
    for (int i = 0; i < members; ++i) {
        const quint32 r = random.bounded(100u);
        const auto state = r < 5    ? SeatHolder::State::Deleted
                           : r < 15 ? SeatHolder::State::Disabled
                                    : SeatHolder::State::Enabled;
        const bool seated = random.bounded(10u) != 0;
        const int granted = int(random.bounded(400u));
        const int used = random.bounded(3u) == 0 ? -1 : int(random.bounded(quint32(granted + 1)));
        // Unique names in no particular order (1,000,003 is prime).
        const qint64 name = qint64(i) * 48271 % 1'000'003;
        seats << seat(QStringLiteral("m%1").arg(name, 7, 10, QLatin1Char('0')), state, seated,
                      granted, used);
    }
    // Each rule again, set by set, without the code under test.
    QSet<QString> deleted, disabled, never;
    for (const SeatHolder &s : seats) {
        if (!s.seated)
            continue;
        if (s.state == SeatHolder::State::Deleted)
            deleted << s.userName;
        else if (s.state == SeatHolder::State::Disabled)
            disabled << s.userName;
        else if (!s.lastUsedAt.isValid() && s.grantedAt.daysTo(kNow) >= graceDays)
            never << s.userName;
    }
    const QList<ReclaimCandidate> list = ReclaimList::compute(seats, kNow, graceDays);
    QCOMPARE(list.size(), deleted.size() + disabled.size() + never.size());
    QVERIFY(!list.isEmpty());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ReclaimCandidate &c = list[i];
        const QSet<QString> &expected = c.reason == ReclaimCandidate::Reason::Deleted    ? deleted
                                        : c.reason == ReclaimCandidate::Reason::Disabled ? disabled
                                                                                         : never;
        QVERIFY2(expected.contains(c.userName), qPrintable(c.userName));
        if (i > 0) {
            const ReclaimCandidate &p = list[i - 1];
            QVERIFY(int(p.reason) < int(c.reason) ||
                    (p.reason == c.reason && p.userName <= c.userName));
        }
    }
}

void TestReclaimList::reasonsAreWords()
{
    QCOMPARE(ReclaimList::reasonText(ReclaimCandidate::Reason::Deleted),
             QStringLiteral("deleted at the server"));
    QCOMPARE(ReclaimList::reasonText(ReclaimCandidate::Reason::NeverUsed),
             QStringLiteral("never used"));
}

QTEST_GUILESS_MAIN(TestReclaimList)
#include "tst_reclaim_list.moc"
