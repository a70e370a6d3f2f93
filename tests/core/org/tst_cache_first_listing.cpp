// A first listing (no change token yet) keeps its pages apart from the members and joins them,
// sorted, with its last page: in one transaction, so that nobody sees a half-listed
// organisation, and a row listed twice or deleted while the listing ran ends as the server
// left it, as does a change of ours the server confirmed meanwhile. Listings after the first
// write straight into the members.
#include "org/cache.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A page from "a:1,-b,c:2": members a (version 1) and c (version 2), b deleted.
OrgJson::Page<Member> page(const QString &spec, const QString &nextCursor)
{
    OrgJson::Page<Member> p;
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        if (item.startsWith(u'-')) {
            p.deleted << item.mid(1);
            continue;
        }
        const QStringList parts = item.split(u':');
        p.items << Member{parts[0],
                          QStringLiteral("成员 ") + parts[0],
                          parts[0] + QStringLiteral("@example.com"),
                          QStringLiteral("13800000000"),
                          QStringLiteral("D1"),
                          false,
                          true,
                          parts[1].toInt()};
    }
    p.nextCursor = nextCursor;
    p.changeToken = nextCursor.isEmpty() ? QStringLiteral("token-1") : QString();
    return p;
}

// "a:1,c:2": the members of the cache with their versions, by userName.
QString membersOf(const Cache &cache, const QStringList &userNames)
{
    QStringList out;
    for (const QString &u : userNames)
        if (const auto m = cache.member(u))
            out << QStringLiteral("%1:%2").arg(m->userName).arg(m->version);
    return out.join(u',');
}

} // namespace

class TestCacheFirstListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pagesWaitApartUntilTheLast_data();
    void pagesWaitApartUntilTheLast();
    void aLocalChangeMadeMeanwhileIsKept();
    void resultsConfirmedMeanwhileAreKept_data();
    void resultsConfirmedMeanwhileAreKept();
    void anAbandonedListingLeavesNothingBehind();
    void aLockedLastPageWritesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Cache> m_cache;
};

void TestCacheFirstListing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    QString error;
    m_cache = Cache::open(m_path, &error);
    QVERIFY2(m_cache, qPrintable(error));
    QVERIFY(m_cache->beginListing(Cache::Kind::Members, &error));
}

void TestCacheFirstListing::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

void TestCacheFirstListing::pagesWaitApartUntilTheLast_data()
{
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the server's order, not the table's")
        << QStringList{"e:1,a:1", "d:1,b:1", "c:1"} << QStringLiteral("a:1,b:1,c:1,d:1,e:1");
    QTest::newRow("listed twice: the later wins")
        << QStringList{"b:1,a:1", "a:2"} << QStringLiteral("a:2,b:1");
    QTest::newRow("deleted while listed")
        << QStringList{"a:1,b:1", "-a,c:1"} << QStringLiteral("b:1,c:1");
    QTest::newRow("deleted, then back") << QStringList{"a:1", "-a", "a:3"} << QStringLiteral("a:3");
    // Deleted and created again: the server starts its version again; the later row wins.
    QTest::newRow("created again, version 1")
        << QStringList{"x:4,b:1", "x:1"} << QStringLiteral("b:1,x:1");
    QTest::newRow("deleted after it was listed")
        << QStringList{"a:1,b:1", "c:1", "-b"} << QStringLiteral("a:1,c:1");
    QTest::newRow("one page") << QStringList{"b:4,a:2"} << QStringLiteral("a:2,b:4");
}

void TestCacheFirstListing::pagesWaitApartUntilTheLast()
{
    QFETCH(QStringList, pages);
    QFETCH(QString, expected);
    const QStringList everyone{"a", "b", "c", "d", "e", "x", "z"};
    QString error;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const bool last = i == pages.size() - 1;
        const auto p = page(pages[i], last ? QString() : QStringLiteral("c%1").arg(i + 1));
        QVERIFY2(m_cache->applyPage(p, &error), qPrintable(error));
        if (!last) {
            QCOMPARE(m_cache->memberCount(), 0);
            QVERIFY(m_cache->incomingMemberCount() > 0 || p.items.isEmpty());
            QCOMPARE(m_cache->syncState(Cache::Kind::Members).cursor,
                     QStringLiteral("c%1").arg(i + 1));
        }
    }
    QCOMPARE(membersOf(*m_cache, everyone), expected);
    QCOMPARE(m_cache->memberCount(), int(expected.split(u',').size()));
    QCOMPARE(m_cache->incomingMemberCount(), 0);
    QCOMPARE(m_cache->syncState(Cache::Kind::Members).changeToken, QStringLiteral("token-1"));
    QCOMPARE(m_cache->integrityCheck(), QStringLiteral("ok"));

    // The next listing starts from the token: its pages go straight in.
    QVERIFY(m_cache->beginListing(Cache::Kind::Members, &error));
    QVERIFY2(m_cache->applyPage(page(QStringLiteral("z:1"), QStringLiteral("more")), &error),
             qPrintable(error));
    QCOMPARE(m_cache->memberCount(), int(expected.split(u',').size()) + 1);
    QCOMPARE(m_cache->incomingMemberCount(), 0);
}

// An edit the server confirmed while the first listing ran is newer than what the listing
// carried for that member: the join keeps it.
void TestCacheFirstListing::aLocalChangeMadeMeanwhileIsKept()
{
    QString error;
    QVERIFY(m_cache->applyPage(page(QStringLiteral("a:1,b:1"), QStringLiteral("c1")), &error));
    Member edited = *page(QStringLiteral("a:5"), {}).items.cbegin();
    edited.name = QStringLiteral("改过的名字");
    QVERIFY2(m_cache->upsertMember(edited, &error), qPrintable(error));
    QVERIFY2(m_cache->applyPage(page(QStringLiteral("c:1"), {}), &error), qPrintable(error));
    QCOMPARE(m_cache->member(QStringLiteral("a"))->name, QStringLiteral("改过的名字"));
    QCOMPARE(membersOf(*m_cache, {"a", "b", "c"}), QStringLiteral("a:5,b:1,c:1"));
}

// The server confirmed a change of ours to a member the listing had staged but not joined
// yet: the join keeps the change, and a deletion keeps the member away.
void TestCacheFirstListing::resultsConfirmedMeanwhileAreKept_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("disabled") << int(MemberAction::Disable) << QStringLiteral("a:7,b:1") << false;
    QTest::newRow("deleted") << int(MemberAction::Delete) << QStringLiteral("b:1") << true;
}

void TestCacheFirstListing::resultsConfirmedMeanwhileAreKept()
{
    QFETCH(int, action);
    QFETCH(QString, expected);
    QFETCH(bool, enabled);
    QString error;
    QVERIFY(m_cache->applyPage(page(QStringLiteral("a:1"), QStringLiteral("c1")), &error));
    OrgJson::MemberResult done{QStringLiteral("a"), QStringLiteral("000000"), {}, 7};
    OrgJson::MemberResult refused{QStringLiteral("b"), QStringLiteral("010001"), {}, 0};
    QVERIFY2(m_cache->applyMemberResults(MemberAction(action), {done, refused}, &error),
             qPrintable(error));
    QVERIFY2(m_cache->applyPage(page(QStringLiteral("b:1"), {}), &error), qPrintable(error));
    QCOMPARE(membersOf(*m_cache, {"a", "b"}), expected);
    if (const auto a = m_cache->member(QStringLiteral("a")))
        QCOMPARE(a->enabled, enabled);
    QCOMPARE(m_cache->incomingMemberCount(), 0);
}

// A listing begun again from scratch (its cursor forgotten) starts with nothing waiting.
void TestCacheFirstListing::anAbandonedListingLeavesNothingBehind()
{
    QString error;
    QVERIFY(m_cache->applyPage(page(QStringLiteral("a:1,b:1"), QStringLiteral("c1")), &error));
    QCOMPARE(m_cache->incomingMemberCount(), 2);
    QVERIFY(m_cache->beginListing(Cache::Kind::Members, &error));
    QCOMPARE(m_cache->incomingMemberCount(), 0);
    QVERIFY(m_cache->applyPage(page(QStringLiteral("c:1"), {}), &error));
    QCOMPARE(membersOf(*m_cache, {"a", "b", "c"}), QStringLiteral("c:1"));
}

// Another program holds the write lock when the last page comes: nothing of the join is
// written, the waiting rows and the cursor stay, and the same page goes in once it is free.
void TestCacheFirstListing::aLockedLastPageWritesNothing()
{
    QString error;
    QVERIFY(m_cache->applyPage(page(QStringLiteral("b:1,a:1"), QStringLiteral("c1")), &error));
    const QString name = QStringLiteral("holder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        QVERIFY(!m_cache->applyPage(page(QStringLiteral("c:1"), {}), &error)); // busy timeout
        QVERIFY2(error.contains(u"locked"), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(m_cache->memberCount(), 0);
    QCOMPARE(m_cache->incomingMemberCount(), 2);
    QCOMPARE(m_cache->syncState(Cache::Kind::Members).cursor, QStringLiteral("c1"));
    QVERIFY2(m_cache->applyPage(page(QStringLiteral("c:1"), {}), &error), qPrintable(error));
    QCOMPARE(membersOf(*m_cache, {"a", "b", "c"}), QStringLiteral("a:1,b:1,c:1"));
}

QTEST_GUILESS_MAIN(TestCacheFirstListing)
#include "tst_cache_first_listing.moc"
