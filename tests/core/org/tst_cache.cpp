// The cache's own SQLite connection (the libsqlite3 this program links, never the handle of
// Qt's driver) against another connection to the same file through Qt's QSQLITE driver, as a
// second program would open it: each sees what the other committed, a write lock held over
// there makes a write here wait its busy timeout and then fail, saying so, with nothing half
// written, and a lock released in time lets the write through.
#include "org/cache.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

// A connection of Qt's own to the cache file; closed and removed when it goes out of scope.
class QtConnection
{
public:
    QtConnection(const QString &path, const QString &name)
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~QtConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    // Runs a statement; the first column of its first row, or the error text after "error: ".
    QString exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return QStringLiteral("error: ") + q.lastError().text();
        return q.next() ? q.value(0).toString() : QString();
    }

private:
    QString m_name;
    bool m_open = false;
};

Member member(const QString &userName, const QString &name)
{
    return {userName,
            name,
            userName + QStringLiteral("@example.com"),
            QStringLiteral("13800000000"),
            QStringLiteral("D1"),
            false,
            true,
            1};
}

OrgJson::Page<Member> memberPage(const QString &prefix, int count, const QString &nextCursor)
{
    OrgJson::Page<Member> page;
    for (int i = 0; i < count; ++i)
        page.items << member(prefix + QString::number(i), QStringLiteral("成员 %1").arg(i));
    page.nextCursor = nextCursor;
    page.changeToken = nextCursor.isEmpty() ? QStringLiteral("token-1") : QString();
    return page;
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ourWritesAndQtReadsSeeEachOther();
    void qtWritesAndOurReadsSeeEachOther();
    void aWriteLockHeldElsewhereFailsTheWriteCleanly();
    void aWriteLockReleasedInTimeLetsTheWriteThrough();
    void needsAFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Cache> m_cache;
};

void TestCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    QString error;
    m_cache = Cache::open(m_path, &error);
    QVERIFY2(m_cache, qPrintable(error));
    QVERIFY(m_cache->beginListing(Cache::Kind::Departments, &error));
    // A cache that has been synced before (an empty first listing with its token), so that
    // the pages here go straight into the members; tst_cache_first_listing has the first.
    QVERIFY(m_cache->beginListing(Cache::Kind::Members, &error));
    OrgJson::Page<Member> first;
    first.changeToken = QStringLiteral("token-0");
    QVERIFY2(m_cache->applyPage(first, &error), qPrintable(error));
    QVERIFY(m_cache->beginListing(Cache::Kind::Members, &error));
}

void TestCache::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

void TestCache::ourWritesAndQtReadsSeeEachOther()
{
    QString error;
    OrgJson::Page<Department> departments;
    departments.items << Department{QStringLiteral("D1"), QStringLiteral("研发部"), {}, 3};
    departments.changeToken = QStringLiteral("d-token");
    QVERIFY2(m_cache->applyPage(departments, &error), qPrintable(error));
    QVERIFY2(m_cache->applyPage(memberPage(QStringLiteral("a"), 50, QStringLiteral("c1")), &error),
             qPrintable(error));

    QtConnection qt(m_path, QStringLiteral("reader"));
    QVERIFY(qt.isOpen());
    QCOMPARE(qt.exec(QStringLiteral("SELECT COUNT(*) FROM members")), QStringLiteral("50"));
    QCOMPARE(qt.exec(QStringLiteral("SELECT name FROM members WHERE user_name = 'a7'")),
             QStringLiteral("成员 7"));
    QCOMPARE(qt.exec(QStringLiteral("SELECT org_name FROM departments WHERE org_code = 'D1'")),
             QStringLiteral("研发部"));
    // The page and the cursor after it went in together.
    QCOMPARE(qt.exec(QStringLiteral("SELECT cursor FROM sync_state WHERE kind = 'members'")),
             QStringLiteral("c1"));
    QCOMPARE(qt.exec(QStringLiteral("SELECT change_token FROM sync_state WHERE kind = "
                                    "'departments'")),
             QStringLiteral("d-token"));

    // A write of ours after the other connection has read: it sees the new state too.
    OrgJson::Page<Member> last = memberPage(QStringLiteral("b"), 10, {});
    last.deleted << QStringLiteral("a0");
    QVERIFY2(m_cache->applyPage(last, &error), qPrintable(error));
    QCOMPARE(qt.exec(QStringLiteral("SELECT COUNT(*) FROM members")), QStringLiteral("59"));
    QCOMPARE(qt.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE user_name = 'a0'")),
             QStringLiteral("0"));
    QCOMPARE(qt.exec(QStringLiteral("SELECT change_token || '/' || cursor FROM sync_state WHERE "
                                    "kind = 'members'")),
             QStringLiteral("token-1/"));
    QCOMPARE(qt.exec(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
}

void TestCache::qtWritesAndOurReadsSeeEachOther()
{
    QString error;
    QVERIFY2(m_cache->applyPage(memberPage(QStringLiteral("a"), 20, {}), &error),
             qPrintable(error));
    QVERIFY(m_cache->loadSnapshot(&error)); // our connection has read the file before
    {
        QtConnection qt(m_path, QStringLiteral("writer"));
        QVERIFY(qt.isOpen());
        QCOMPARE(qt.exec(QStringLiteral("UPDATE members SET name = '改名' WHERE user_name = 'a3'")),
                 QString());
        QCOMPARE(qt.exec(QStringLiteral("INSERT INTO members VALUES ('zz', '新成员', 'zz@x', '', "
                                        "'D1', 1, 0, 9)")),
                 QString());
        QCOMPARE(qt.exec(QStringLiteral("INSERT INTO departments VALUES ('D1', '销售部', '', 1)")),
                 QString());
        // Still open while we read: what it committed is in the file (its WAL) already.
        QCOMPARE(m_cache->memberCount(), 21);
        const std::optional<Member> zz = m_cache->member(QStringLiteral("zz"));
        QVERIFY(zz);
        QCOMPARE(zz->name, QStringLiteral("新成员"));
        QVERIFY(zz->admin);
        QVERIFY(!zz->enabled);
        QCOMPARE(zz->version, 9);
        const auto snapshot = m_cache->loadSnapshot(&error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->memberCount(), 21);
        QCOMPARE(snapshot->departmentCount(), 1);
        QCOMPARE(snapshot->department(0).orgName, QStringLiteral("销售部"));
        bool renamed = false;
        for (int i = 0; i < snapshot->memberCount(); ++i)
            renamed |= snapshot->text(i, OrgSnapshot::UserName) == u"a3" &&
                       snapshot->text(i, OrgSnapshot::Name) == u"改名";
        QVERIFY(renamed);
    }
    QCOMPARE(m_cache->quickCheck(), QStringLiteral("ok"));
    QCOMPARE(m_cache->integrityCheck(), QStringLiteral("ok"));
}

// Another program holds the write lock for longer than the busy timeout: the page is refused
// with a message that says so, none of it is written, the cursor stays, and reading is not
// blocked meanwhile (WAL). Once the lock is gone the same page goes in.
void TestCache::aWriteLockHeldElsewhereFailsTheWriteCleanly()
{
    QString error;
    QVERIFY2(m_cache->applyPage(memberPage(QStringLiteral("a"), 5, QStringLiteral("c1")), &error),
             qPrintable(error));
    QtConnection holder(m_path, QStringLiteral("holder"));
    QVERIFY(holder.isOpen());
    QCOMPARE(holder.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
    QCOMPARE(holder.exec(QStringLiteral("UPDATE members SET name = 'held' WHERE user_name = "
                                        "'a1'")),
             QString());

    const OrgJson::Page<Member> page = memberPage(QStringLiteral("b"), 100, QStringLiteral("c2"));
    QVERIFY(!m_cache->applyPage(page, &error)); // after Cache::BusyTimeoutMs
    QVERIFY2(error.contains(u"another connection kept") && error.contains(m_path) &&
                 error.contains(u"locked"),
             qPrintable(error));
    const auto during = m_cache->loadSnapshot(&error);
    QVERIFY2(during, qPrintable(error));
    QCOMPARE(during->memberCount(), 5);

    QCOMPARE(holder.exec(QStringLiteral("COMMIT")), QString());
    QCOMPARE(m_cache->memberCount(), 5);
    QVERIFY(!m_cache->member(QStringLiteral("b0")));
    QCOMPARE(m_cache->member(QStringLiteral("a1"))->name, QStringLiteral("held"));
    QCOMPARE(m_cache->syncState(Cache::Kind::Members).cursor, QStringLiteral("c1"));
    QVERIFY2(m_cache->applyPage(page, &error), qPrintable(error));
    QCOMPARE(m_cache->memberCount(), 105);
    QCOMPARE(m_cache->syncState(Cache::Kind::Members).cursor, QStringLiteral("c2"));
    QCOMPARE(m_cache->quickCheck(), QStringLiteral("ok"));
}

// The lock is let go while the page waits: the page goes in after the other write, not
// instead of it or over it.
void TestCache::aWriteLockReleasedInTimeLetsTheWriteThrough()
{
    QString error;
    QVERIFY2(m_cache->applyPage(memberPage(QStringLiteral("a"), 5, QStringLiteral("c1")), &error),
             qPrintable(error));
    QSemaphore locked;
    QString holderError;
    std::unique_ptr<QThread> holder(QThread::create([&, path = m_path] {
        QtConnection qt(path, QStringLiteral("holder-thread"));
        const QString begin = qt.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const QString update = qt.exec(QStringLiteral("UPDATE members SET name = 'theirs', "
                                                      "version = 7 WHERE user_name = 'a1'"));
        locked.release();
        // Let go while the page below waits for the lock (it waits up to
        // Cache::BusyTimeoutMs); should this thread be slow to get here, the page is merely
        // written later, and the test still holds.
        QThread::msleep(300);
        holderError = begin + update + qt.exec(QStringLiteral("COMMIT"));
    }));
    holder->start();
    const auto joined = qScopeGuard([&holder] { holder->wait(15'000); });
    QVERIFY(locked.tryAcquire(1, 10'000));
    OrgJson::Page<Member> page = memberPage(QStringLiteral("b"), 10, QStringLiteral("c2"));
    page.items << Member{QStringLiteral("a1"), QStringLiteral("ours"), {}, {}, {}, false, true, 8};
    const bool written = m_cache->applyPage(page, &error);
    QVERIFY(holder->wait(15'000));
    QCOMPARE(holderError, QString());
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(m_cache->member(QStringLiteral("a1"))->name, QStringLiteral("ours"));
    QCOMPARE(m_cache->member(QStringLiteral("a1"))->version, 8);
    QCOMPARE(m_cache->memberCount(), 15);
    QCOMPARE(m_cache->syncState(Cache::Kind::Members).cursor, QStringLiteral("c2"));
}

// A second connection to ":memory:" would be another database; a cache is always a file.
void TestCache::needsAFile()
{
    QString error;
    QVERIFY(!Cache::open(QStringLiteral(":memory:"), &error));
    QVERIFY2(error.contains(u"needs a file"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
