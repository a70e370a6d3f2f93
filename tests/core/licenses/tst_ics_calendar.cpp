// Renewal dates as iCalendar: every line ends in CRLF and is at most 75 octets, folded without
// splitting a UTF-8 character; text with commas, semicolons, backslashes and line breaks comes
// back whole when the file is unfolded and unescaped as a calendar would.
#include "licenses/ics_calendar.h"

#include <QTest>

class TestIcsCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escaping_data();
    void escaping();
    void linesAreShortAndWhole_data();
    void linesAreShortAndWhole();
    void foldsWhatIsNotUtf8();
    void events();
};

namespace {

// What a calendar reads back: lines unfolded, then the value of the first `name` unescaped.
QString readBack(const QByteArray &ics, const QByteArray &name)
{
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    for (const QByteArray &line : unfolded.split('\n')) {
        if (!line.startsWith(QByteArray(name + ':')))
            continue;
        QByteArray v = line.mid(name.size() + 1);
        v.chop(1); // the CR
        QByteArray out;
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (v[i] == '\\' && i + 1 < v.size()) {
                ++i;
                out += v[i] == 'n' ? '\n' : v[i];
            } else {
                out += v[i];
            }
        }
        return QString::fromUtf8(out);
    }
    return {};
}

} // namespace

void TestIcsCalendar::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << QStringLiteral("Renew") << QByteArray("Renew");
    QTest::newRow("comma, semicolon") << QStringLiteral("a,b;c") << QByteArray("a\\,b\\;c");
    QTest::newRow("backslash") << QStringLiteral("C:\\x") << QByteArray("C:\\\\x");
    QTest::newRow("line breaks") << QStringLiteral("one\ntwo\r\nthree")
                                 << QByteArray("one\\ntwo\\nthree");
    QTest::newRow("control character dropped") << QStringLiteral("a\x01"
                                                                 "b")
                                               << QByteArray("ab");
}

void TestIcsCalendar::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, escaped);
    QCOMPARE(IcsCalendar::escapeText(text), escaped);
}

void TestIcsCalendar::linesAreShortAndWhole_data()
{
    QTest::addColumn<QString>("summary");
    QTest::newRow("short") << QStringLiteral("续费 ecs-01");
    QTest::newRow("long ASCII") << QString(300, u'x');
    QTest::newRow("long Chinese") << QString(120, QChar(0x7eed)); // 续, three bytes each
    QTest::newRow("mixed at the edge") << QStringLiteral("SUMMARY-") + QString(100, QChar(0x955c));
    QTest::newRow("emoji") << QString::fromUtf8("镜像 \xF0\x9F\x93\x85 ").repeated(20);
}

void TestIcsCalendar::linesAreShortAndWhole()
{
    QFETCH(QString, summary);
    const QByteArray ics = IcsCalendar::write(
        {{QStringLiteral("u1@marketdesk"), QDate(2027, 3, 1), summary, summary, {30}}},
        QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    const QList<QByteArray> lines = ics.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &l = lines[i];
        QVERIFY2(l.endsWith('\r'), l.constData());
        QVERIFY2(l.size() - 1 <= 75, qPrintable(QString::number(l.size() - 1)));
        QVERIFY2(QString::fromUtf8(l).toUtf8() == l, "a line splits a UTF-8 character");
    }
    QCOMPARE(readBack(ics, "SUMMARY"), summary);
    QCOMPARE(readBack(ics, "DESCRIPTION"), summary);
}

// Bytes that are not UTF-8 at all (continuation bytes only) are still folded, not looped on.
void TestIcsCalendar::foldsWhatIsNotUtf8()
{
    const QByteArray folded = IcsCalendar::fold(QByteArray(200, char(0x80)));
    QCOMPARE(folded.count("\r\n"), 3);
    QCOMPARE(folded.size(), 200 + 3 * 2 + 2); // three line ends, two continuation spaces
}

void TestIcsCalendar::events()
{
    const QByteArray ics = IcsCalendar::write(
        {{QStringLiteral("img-1@marketdesk"),
          QDate(2027, 1, 31),
          QStringLiteral("Renew a, b; c"),
          QStringLiteral("ECS i-1\nbills on demand after"),
          {30, 7, 1}},
         {QStringLiteral("img-2@marketdesk"), QDate(2027, 2, 28), QStringLiteral("two"), {}, {}}},
        QDateTime(QDate(2026, 12, 1), QTime(8, 0, 5), Qt::UTC));
    QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 2);
    QCOMPARE(ics.count("BEGIN:VALARM\r\n"), 3);
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20270131\r\nDTEND;VALUE=DATE:20270201\r\n"));
    QVERIFY(ics.contains("TRIGGER:-P30D\r\n"));
    QVERIFY(ics.contains("TRIGGER:-P1D\r\n"));
    QVERIFY(ics.contains("DTSTAMP:20261201T080005Z\r\n"));
    QVERIFY(ics.contains("UID:img-2@marketdesk\r\n"));
    QCOMPARE(readBack(ics, "SUMMARY"), QStringLiteral("Renew a, b; c"));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
}

QTEST_GUILESS_MAIN(TestIcsCalendar)
#include "tst_ics_calendar.moc"
