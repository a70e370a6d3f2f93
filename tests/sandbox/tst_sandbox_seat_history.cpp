// Each app's daily seat history (docs/api.md, "Seat history"): 730 days ending on the
// sandbox's today, bought and assigned seats and daily use, the last day counted live; the
// same for the same seed and today across two starts, another for another seed. Over real
// loopback HTTP.
#include "sandbox/sandbox_caller.h"
#include "sandbox/sandbox_host.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString kAdmin = QStringLiteral("admin");

// Every app's record and history, by appId.
QHash<QString, QJsonObject> snapshot(const QUrl &url, QString *error)
{
    SandboxCaller api(url);
    if (const QString e = api.signIn(kAdmin, QStringLiteral("zhang.min")); !e.isEmpty()) {
        *error = e;
        return {};
    }
    QHash<QString, QJsonObject> out;
    for (QJsonObject app :
         api.listAll(kAdmin, QStringLiteral("/api/v1/apps"), 500, nullptr, error)) {
        const QString id = app.value(u"appId").toString();
        app.insert(QStringLiteral("history"),
                   api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps/%1/seat-history").arg(id))
                       .json.value(u"days"));
        out.insert(id, app);
    }
    return out;
}

} // namespace

class TestSandboxSeatHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoYearsPerApp();
    void rangeIsChecked_data();
    void rangeIsChecked();
    void deterministicAcrossStarts();

private:
    SandboxOptions options(quint32 seed) const
    {
        SandboxOptions o;
        o.seed.members = 300;
        o.seed.departments = 20;
        o.seed.seed = seed;
        o.apps = 10;
        o.today = QDate(2026, 6, 30);
        return o;
    }
};

void TestSandboxSeatHistory::twoYearsPerApp()
{
    SandboxHost host;
    QString error;
    QVERIFY2(host.start(options(7), &error), qPrintable(error));
    const QHash<QString, QJsonObject> apps = snapshot(host.url(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(apps.size(), 10);
    for (const QJsonObject &app : apps) {
        const QJsonArray days = app.value(u"history").toArray();
        QCOMPARE(days.size(), 730);
        QCOMPARE(days.first().toObject().value(u"date").toString(), QStringLiteral("2024-07-01"));
        QCOMPARE(days.last().toObject().value(u"date").toString(), QStringLiteral("2026-06-30"));
        // Today is counted live from the seats; every day within what was bought.
        QCOMPARE(days.last().toObject().value(u"assigned"), app.value(u"seatsAssigned"));
        QCOMPARE(days.last().toObject().value(u"bought"), app.value(u"seatsBought"));
        QDate previous;
        qint64 weekday = 0, weekend = 0;
        for (const QJsonValue &v : days) {
            const QJsonObject d = v.toObject();
            const QDate date = QDate::fromString(d.value(u"date").toString(), Qt::ISODate);
            QVERIFY(!previous.isValid() || previous.addDays(1) == date);
            previous = date;
            QVERIFY(d.value(u"assigned").toInt() <= d.value(u"bought").toInt());
            QVERIFY(d.value(u"used").toInt() <= d.value(u"assigned").toInt());
            (date.dayOfWeek() >= 6 ? weekend : weekday) += d.value(u"used").toInt();
        }
        QVERIFY(weekday / 5 >= weekend / 2);
    }
}

void TestSandboxSeatHistory::rangeIsChecked_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("field");
    QTest::newRow("one week") << "from=2026-06-24&to=2026-06-30" << 200 << 7 << "";
    QTest::newRow("before the history") << "to=2020-01-01" << 200 << 0 << "";
    QTest::newRow("bad from") << "from=30.6.2026" << 400 << 0 << "from";
    QTest::newRow("bad to") << "to=tomorrow" << 400 << 0 << "to";
}

void TestSandboxSeatHistory::rangeIsChecked()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, days);
    QFETCH(QString, field);
    SandboxHost host;
    QString error;
    SandboxOptions o = options(7);
    o.apps = 1;
    QVERIFY2(host.start(o, &error), qPrintable(error));
    SandboxCaller api(host.url());
    QCOMPARE(api.signIn(kAdmin, QStringLiteral("zhang.min")), QString());
    const QString id =
        api.listAll(kAdmin, QStringLiteral("/api/v1/apps")).value(0).value(u"appId").toString();
    const RouteAnswer a =
        api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps/%1/seat-history?%2").arg(id, query));
    QCOMPARE(a.status, status);
    QCOMPARE(a.json.value(u"days").toArray().size(), days);
    QCOMPARE(a.field(), field);
}

void TestSandboxSeatHistory::deterministicAcrossStarts()
{
    QHash<QString, QJsonObject> runs[3];
    const quint32 seeds[3] = {7, 7, 8};
    for (int i = 0; i < 3; ++i) {
        SandboxHost host;
        QString error;
        QVERIFY2(host.start(options(seeds[i]), &error), qPrintable(error));
        runs[i] = snapshot(host.url(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(runs[i].size(), 10);
    }
    QCOMPARE(runs[0], runs[1]);
    // Another seed: other apps, and each product's history another (compared by product, the
    // catalogue being the same).
    QVERIFY(runs[0].keys() != runs[2].keys());
    QMap<QString, QJsonValue> histories[2];
    for (int i : {0, 2})
        for (const QJsonObject &app : runs[i])
            histories[i / 2].insert(app.value(u"name").toString() +
                                        app.value(u"edition").toString(),
                                    app.value(u"history"));
    QCOMPARE(histories[0].keys(), histories[1].keys());
    for (const QString &product : histories[0].keys())
        QVERIFY2(histories[0].value(product) != histories[1].value(product), qPrintable(product));
}

QTEST_GUILESS_MAIN(TestSandboxSeatHistory)
#include "tst_sandbox_seat_history.moc"
