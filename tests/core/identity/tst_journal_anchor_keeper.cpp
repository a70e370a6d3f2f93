// The keeper of the journal's anchor in a secret store: it merges quick advances into the
// newest, never moves the anchor back, and never writes over an anchor it cannot read or that
// is damaged (that is evidence); whenIdle waits for what is pending.
#include "identity/journal_anchor_keeper.h"
#include "identity/memory_secret_store.h"

#include <QSignalSpy>
#include <QTest>

class TestJournalAnchorKeeper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void advancesAndNeverGoesBack();
    void leavesADamagedAnchorAlone_data();
    void leavesADamagedAnchorAlone();
    void ignoresWhatIsNotAnAnchor();

private:
    static QByteArray anchor(qint64 count, char fill = 'a')
    {
        return JournalAnchor{count, QByteArray(64, fill),
                             QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC)}
            .serialize();
    }
    // The memory store answers from the event loop, like a keychain.
    static QByteArray stored(SecretStore &store, const QString &key)
    {
        QByteArray out;
        bool answered = false;
        store.read(key, [&](bool, const QByteArray &v, const QString &) {
            out = v;
            answered = true;
        });
        if (!QTest::qWaitFor([&answered] { return answered; }, 5000))
            return QByteArray("(no answer)");
        return out;
    }
};

void TestJournalAnchorKeeper::advancesAndNeverGoesBack()
{
    MemorySecretStore store;
    const QString key = JournalAnchorKeeper::keyFor(QStringLiteral("a@t"));
    QCOMPARE(key, QStringLiteral("account/a@t/journal-anchor"));
    JournalAnchorKeeper keeper(&store, key);
    keeper.advance(anchor(5));
    keeper.advance(anchor(9, 'b'));
    keeper.advance(anchor(7, 'c')); // older than what is pending: dropped
    bool idle = false;
    keeper.whenIdle([&idle] { idle = true; });
    QTRY_VERIFY(idle);
    QCOMPARE(stored(store, key), anchor(9, 'b'));
    // Another program anchored further meanwhile: its anchor stays.
    bool written = false;
    store.write(key, anchor(20, 'd'), [&written](bool, const QString &) { written = true; });
    QTRY_VERIFY(written);
    keeper.advance(anchor(12, 'e'));
    idle = false;
    keeper.whenIdle([&idle] { idle = true; });
    QTRY_VERIFY(idle);
    QCOMPARE(stored(store, key), anchor(20, 'd'));
    JournalAnchorKeeper::Read result = JournalAnchorKeeper::Read::Unreadable;
    JournalAnchor read;
    keeper.read([&](JournalAnchorKeeper::Read r, const JournalAnchor &a, const QString &) {
        result = r;
        read = a;
    });
    QTRY_COMPARE(result, JournalAnchorKeeper::Read::Ok);
    QCOMPARE(read.count, 20);
}

void TestJournalAnchorKeeper::leavesADamagedAnchorAlone_data()
{
    QTest::addColumn<QByteArray>("damaged");
    QTest::newRow("garbage") << QByteArray("\x01\x02not json");
    QTest::newRow("wrong version") << QByteArray(R"({"v":9,"count":3})");
    QTest::newRow("count zero") << anchor(3).replace("\"count\":3", "\"count\":0");
}

void TestJournalAnchorKeeper::leavesADamagedAnchorAlone()
{
    QFETCH(QByteArray, damaged);
    MemorySecretStore store;
    const QString key = JournalAnchorKeeper::keyFor(QStringLiteral("a@t"));
    bool written = false;
    store.write(key, damaged, [&written](bool, const QString &) { written = true; });
    QTRY_VERIFY(written);
    JournalAnchorKeeper keeper(&store, key);
    QSignalSpy failed(&keeper, &JournalAnchorKeeper::failed);
    JournalAnchorKeeper::Read result = JournalAnchorKeeper::Read::Ok;
    keeper.read(
        [&](JournalAnchorKeeper::Read r, const JournalAnchor &, const QString &) { result = r; });
    QTRY_COMPARE(result, JournalAnchorKeeper::Read::Damaged);
    keeper.advance(anchor(50));
    bool idle = false;
    keeper.whenIdle([&idle] { idle = true; });
    QTRY_VERIFY(idle);
    QCOMPARE(stored(store, key), damaged); // not overwritten
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"not updated"),
             qPrintable(failed.first().first().toString()));
}

void TestJournalAnchorKeeper::ignoresWhatIsNotAnAnchor()
{
    MemorySecretStore store;
    const QString key = JournalAnchorKeeper::keyFor(QStringLiteral("a@t"));
    JournalAnchorKeeper keeper(&store, key);
    keeper.advance("not an anchor");
    QVERIFY(keeper.isIdle());
    QVERIFY(stored(store, key).isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalAnchorKeeper)
#include "tst_journal_anchor_keeper.moc"
