// How the outbox cuts an operation into chunks (one request each): at most chunkSize targets,
// never two groups in one chunk (an authorisation's revokes and grants go apart, revokes
// first), duplicates counted once; and every target's payload read back for a retry.
#include "storage/outbox.h"

#include <QTemporaryDir>
#include <QTest>

class TestOutboxChunks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chunksFollowSizeAndGroups_data();
    void chunksFollowSizeAndGroups();
    void payloadsOfAnOperation();
};

void TestOutboxChunks::chunksFollowSizeAndGroups_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<int>>("groups");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<QStringList>("chunks"); // each chunk's keys joined by ","

    QTest::newRow("one group, by size")
        << QStringList{"a", "b", "c", "d", "e"} << QList<int>{0, 0, 0, 0, 0} << 2
        << QStringList{"a,b", "c,d", "e"};
    QTest::newRow("groups break chunks")
        << QStringList{"a", "b", "c", "d", "e"} << QList<int>{0, 0, 0, 1, 1} << 500
        << QStringList{"a,b,c", "d,e"};
    QTest::newRow("groups and size")
        << QStringList{"a", "b", "c", "d", "e"} << QList<int>{0, 1, 1, 1, 1} << 3
        << QStringList{"a", "b,c,d", "e"};
    QTest::newRow("a group again is a new chunk")
        << QStringList{"a", "b", "c"} << QList<int>{0, 1, 0} << 500 << QStringList{"a", "b", "c"};
    QTest::newRow("a duplicate keeps its first place")
        << QStringList{"a", "b", "a", "c"} << QList<int>{0, 0, 1, 1} << 500
        << QStringList{"a,b", "c"};
}

void TestOutboxChunks::chunksFollowSizeAndGroups()
{
    QFETCH(QStringList, keys);
    QFETCH(QList<int>, groups);
    QFETCH(int, chunkSize);
    QFETCH(QStringList, chunks);
    QTemporaryDir dir;
    QString error;
    auto outbox = Outbox::open(dir.filePath(QStringLiteral("outbox.sqlite")), &error);
    QVERIFY2(outbox, qPrintable(error));
    QList<Outbox::Item> items;
    for (qsizetype i = 0; i < keys.size(); ++i)
        items.append({keys[i], {}, groups[i]});
    const qint64 op = outbox->enqueue(QStringLiteral("test.action"), items, QStringLiteral("me"),
                                      &error, chunkSize);
    QVERIFY2(op > 0, qPrintable(error));
    QStringList got;
    for (const Outbox::Chunk &c : outbox->pendingChunks()) {
        QCOMPARE(c.operationId, op);
        got << c.targets.join(u',');
    }
    QCOMPARE(got, chunks);
}

void TestOutboxChunks::payloadsOfAnOperation()
{
    QTemporaryDir dir;
    QString error;
    auto outbox = Outbox::open(dir.filePath(QStringLiteral("outbox.sqlite")), &error);
    QVERIFY2(outbox, qPrintable(error));
    const QJsonObject revoke{{QStringLiteral("revoke"), true}};
    const qint64 first = outbox->enqueue(QStringLiteral("test.action"),
                                         {{QStringLiteral("a"), revoke, 0},
                                          {QStringLiteral("b"), {}, 1},
                                          {QStringLiteral("c"), revoke, 0}},
                                         QStringLiteral("me"), &error, 500);
    QVERIFY2(first > 0, qPrintable(error));
    const qint64 second =
        outbox->enqueue(QStringLiteral("test.action"), {{QStringLiteral("d"), revoke, 0}},
                        QStringLiteral("me"), &error, 500);
    QVERIFY2(second > 0, qPrintable(error));
    const auto read = outbox->payloads(first, &error);
    QVERIFY2(read, qPrintable(error));
    const QHash<QString, QJsonObject> payloads = *read;
    QCOMPARE(payloads.size(), 2); // b has none; d belongs to the other operation
    QCOMPARE(payloads.value(QStringLiteral("a")), revoke);
    QCOMPARE(payloads.value(QStringLiteral("c")), revoke);
    QVERIFY(!payloads.contains(QStringLiteral("d")));
    QCOMPARE(outbox->payloads(second, &error)->size(), 1);
    QVERIFY(outbox->payloads(9999, &error)->isEmpty());
}

QTEST_GUILESS_MAIN(TestOutboxChunks)
#include "tst_outbox_chunks.moc"
