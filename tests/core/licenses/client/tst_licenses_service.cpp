// LicensesService against the real sandbox over loopback, on a thread of its own as the
// console runs it: a full sync then an incremental one that brings only what changed; a token
// from another data set (410) lists again; a malformed answer — spoiled by the sandbox's fault
// injection, or a record whose field the server got wrong — leaves the cache as it was, naming
// the field; a License application cut off before its answer is sent again after a restart
// with its eventId and answers the same License, issued once; a fingerprint the client refuses
// is never written or sent; a stale renewal is a conflict carrying the server's record; a
// License file is written only when its SHA-256 matches the record; the journal has each
// change and never a License's characters.
#include "licenses/client/licenses_cache.h"
#include "licenses/client/licenses_record_json.h"
#include "licenses/client/licenses_service.h"
#include "storage/audit_journal.h"
#include "storage/outbox.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

namespace {
constexpr int kWaitMs = 30'000;
const QString kFingerprint = QStringLiteral("00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12|BFEBFBFF000906EA");
} // namespace

class TestLicensesService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void fullThenIncrementalSync();
    void foreignTokenListsAgain();
    void malformedAnswerLeavesTheCache();
    void malformedRecordNamesTheField();
    void applyAfterRestartAnswersTheSameLicense();
    void fingerprintRefusedBeforeSending_data();
    void fingerprintRefusedBeforeSending();
    void renewalConflictKeepsTheServersRecord();
    void licenseFileMatchesItsRecord();
    void exportsOrdersAndCalendar();

private:
    // Starts a service in `dir` (a new folder when empty), opened and synced when asked.
    LicensesService *startService(bool sync = true);
    void stopService();
    bool syncNow(QString *message = nullptr);
    LicensesOutcome outcomeOf(QueuedSpy &spy, quint64 ticket);
    LicensesSnapshotPtr snapshot();
    // The first License product order whose instance can still issue one of `type`.
    Order licenseProduct(const QString &type);
    // Through the API directly, as another administrator would.
    QJsonObject api(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    int *status = nullptr);
    // A statement on the cache file, from outside the service (what a damaged file looks like).
    bool onCacheFile(const QString &sql);
    // Every journal entry's action, target, result and detail, one line each (the journal is
    // in WAL mode: its recent entries are not in the main file yet).
    QByteArray journalText();

    SandboxHost m_host;
    SignInResult m_signedIn;
    QThread m_thread;
    QTemporaryDir m_dir;
    QString m_dataDir;
    LicensesService *m_service = nullptr;
    std::unique_ptr<QueuedSpy> m_snapshots;
    std::unique_ptr<QueuedSpy> m_finished; // connected before open(): a resend answers early
};

void TestLicensesService::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 30;
    o.seed.departments = 4;
    o.apps = 6;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    QCOMPARE(TestSupport::signIn(m_host.url(), QStringLiteral("zhang.min"), &m_signedIn),
             QString());
    TestSupport::useBearer(m_signedIn.tokens.accessToken);
    m_thread.start();
}

void TestLicensesService::cleanup()
{
    stopService();
    m_dataDir.clear();
    TestSupport::setFaults(m_host.url(), {});
}

void TestLicensesService::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

LicensesService *TestLicensesService::startService(bool sync)
{
    if (m_dataDir.isEmpty())
        m_dataDir = m_dir.filePath(QStringLiteral("account-%1").arg(QTest::currentTestFunction()));
    LicensesServiceConfig c;
    c.server = m_host.url();
    c.dataDir = m_dataDir;
    c.actor = QStringLiteral("zhang.min@huadong-tech (test)");
    c.endpoints = m_signedIn.endpoints;
    c.tokens = m_signedIn.tokens;
    m_service = new LicensesService(c);
    m_service->moveToThread(&m_thread);
    m_snapshots = std::make_unique<QueuedSpy>(m_service, &LicensesService::snapshotReady);
    m_finished = std::make_unique<QueuedSpy>(m_service, &LicensesService::changeFinished);
    QueuedSpy opened(m_service, &LicensesService::opened);
    QMetaObject::invokeMethod(m_service, &LicensesService::open);
    if (!opened.waitFor(1, kWaitMs) || !opened.last().first().toBool())
        return nullptr;
    if (sync && !syncNow())
        return nullptr;
    return m_service;
}

void TestLicensesService::stopService()
{
    if (m_service)
        QMetaObject::invokeMethod(
            m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
    m_service = nullptr;
    m_snapshots.reset();
    m_finished.reset();
}

bool TestLicensesService::syncNow(QString *message)
{
    QueuedSpy synced(m_service, &LicensesService::syncFinished);
    QMetaObject::invokeMethod(m_service, &LicensesService::sync);
    if (!synced.waitFor(1, kWaitMs))
        return false;
    if (message)
        *message = synced.last().at(1).toString();
    return synced.last().first().toBool();
}

LicensesOutcome TestLicensesService::outcomeOf(QueuedSpy &spy, quint64 ticket)
{
    LicensesOutcome found;
    const bool answered = QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < spy.count(); ++i) {
                const auto o = spy.at(i).first().value<LicensesOutcome>();
                if (o.ticket == ticket && o.state != LicensesOutcome::State::Kept) {
                    found = o;
                    return true;
                }
            }
            return false;
        },
        kWaitMs);
    if (!answered)
        qWarning() << "no outcome for ticket" << ticket;
    return found;
}

LicensesSnapshotPtr TestLicensesService::snapshot()
{
    // Read on the service's thread: the cache's connection lives there.
    LicensesSnapshotPtr s;
    QMetaObject::invokeMethod(
        m_service,
        [&] {
            QString error;
            s = m_service->cache()->snapshot(&error);
        },
        Qt::BlockingQueuedConnection);
    return s;
}

Order TestLicensesService::licenseProduct(const QString &type)
{
    const auto s = snapshot(); // held: the loop must not outlive it
    for (const Order &o : s->orders)
        if (o.license && o.license->type == type && o.instance.status == u"normal" &&
            o.license->issued < o.license->quota)
            return o;
    return {};
}

QJsonObject TestLicensesService::api(const QByteArray &method, const QString &path,
                                     const QJsonObject &body, int *status)
{
    return TestSupport::httpJson(m_host.url().resolved(QUrl(path)), method, body, status,
                                 method == "GET" ? QByteArray()
                                                 : QUuid::createUuid().toByteArray());
}

QByteArray TestLicensesService::journalText()
{
    QByteArray text;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal"));
        db.setDatabaseName(m_dataDir + QStringLiteral("/audit.sqlite"));
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT action, target, result, detail FROM "
                                               "entries ORDER BY seq")))
            while (q.next())
                text += QStringList{q.value(0).toString(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toString()}
                            .join(u'\t')
                            .toUtf8() +
                        '\n';
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal"));
    return text;
}

bool TestLicensesService::onCacheFile(const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_dataDir + QStringLiteral("/licenses.sqlite"));
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

void TestLicensesService::fullThenIncrementalSync()
{
    QVERIFY(startService(false));
    QString message;
    QVERIFY(syncNow(&message));
    const auto before = snapshot();
    // One order per app, four License products, eight images (docs/api.md, the sandbox's data).
    QCOMPARE(before->orders.size(), 6 + 4 + 8);
    QCOMPARE(before->images.size(), 8);
    QVERIFY(before->syncedAt.isValid());
    for (const auto kind :
         {LicensesCache::Kind::Order, LicensesCache::Kind::License, LicensesCache::Kind::Image}) {
        QString token;
        QMetaObject::invokeMethod(
            m_service, [&] { token = m_service->cache()->changeToken(kind); },
            Qt::BlockingQueuedConnection);
        QVERIFY2(!token.isEmpty(), qPrintable(LicensesCache::kindName(kind)));
    }
    for (const Order &o : before->orders) {
        QVERIFY(!o.instance.instanceId.isEmpty());
        if (o.instance.appInfo)
            QVERIFY2(o.instance.appInfo->userName.contains(u"****"),
                     qPrintable(o.instance.appInfo->userName));
    }

    // Another administrator switches one image's renewal: the next sync brings that alone.
    const ImageSubscriptionRecord changed = before->images.at(2);
    int status = 0;
    api("POST", u"/api/v1/images/" + changed.subscriptionId + u"/renewal",
        {{QStringLiteral("autoRenew"), !changed.autoRenew}}, &status);
    QCOMPARE(status, 200);
    QVERIFY(syncNow(&message));
    QCOMPARE(message, QStringLiteral("Synced 1 change(s) to orders, Licenses and images."));
    const auto after = snapshot();
    QCOMPARE(after->orders.size(), before->orders.size());
    for (qsizetype i = 0; i < after->images.size(); ++i) {
        const auto &a = after->images.at(i);
        if (a.subscriptionId == changed.subscriptionId) {
            QCOMPARE(a.autoRenew, !changed.autoRenew);
            QCOMPARE(a.version, changed.version + 1);
        } else {
            QCOMPARE(LicensesRecordJson::toJson(a),
                     LicensesRecordJson::toJson(before->images.at(i)));
        }
    }
    // Nothing changed since: nothing comes.
    QVERIFY(syncNow(&message));
    QCOMPARE(message, QStringLiteral("Synced 0 change(s) to orders, Licenses and images."));
}

void TestLicensesService::foreignTokenListsAgain()
{
    QVERIFY(startService());
    const qsizetype images = snapshot()->images.size();
    stopService();
    // A token of another data set (a reset server): 410 010011, the kind is listed whole again.
    QVERIFY(onCacheFile(QStringLiteral("UPDATE sync_state SET change_token = 'zz9other:5' WHERE "
                                       "kind = 'images'")));
    QVERIFY(onCacheFile(QStringLiteral("DELETE FROM records WHERE kind = 'images' AND id IN "
                                       "(SELECT id FROM records WHERE kind = 'images' LIMIT 1)")));
    QVERIFY(startService(false));
    QCOMPARE(snapshot()->images.size(), images - 1);
    QString message;
    QVERIFY2(syncNow(&message), qPrintable(message));
    QCOMPARE(snapshot()->images.size(), images);
}

void TestLicensesService::malformedAnswerLeavesTheCache()
{
    QVERIFY(startService());
    const auto before = snapshot();
    const ImageSubscriptionRecord changed = before->images.first();
    api("POST", u"/api/v1/images/" + changed.subscriptionId + u"/renewal",
        {{QStringLiteral("autoRenew"), !changed.autoRenew}});
    // Every answer under /api/v1/images spoiled (half the JSON, then HTML), retries included.
    TestSupport::setFaults(m_host.url(),
                           {{QStringLiteral("rateMalformed"), 1.0},
                            {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/images")}});
    QString message;
    QVERIFY(!syncNow(&message));
    QVERIFY2(!message.isEmpty(), qPrintable(message));
    const auto during = snapshot();
    QCOMPARE(during->images.size(), before->images.size());
    for (qsizetype i = 0; i < during->images.size(); ++i)
        QCOMPARE(LicensesRecordJson::toJson(during->images.at(i)),
                 LicensesRecordJson::toJson(before->images.at(i)));
    QCOMPARE(during->syncedAt, before->syncedAt);
    // Once the answers are whole again, the change arrives.
    TestSupport::setFaults(m_host.url(), {});
    QVERIFY(syncNow(&message));
    QCOMPARE(snapshot()->images.first().autoRenew, !changed.autoRenew);
}

void TestLicensesService::malformedRecordNamesTheField()
{
    // The sandbox's faults spoil an answer's syntax, not a field; a field the server got wrong
    // is made here by a cache that says so: the cached record's JSON is the server's shape, and
    // the same mapping refuses it naming the field.
    QVERIFY(startService());
    const QString id = snapshot()->images.first().subscriptionId;
    stopService();
    QVERIFY(onCacheFile(QStringLiteral("UPDATE records SET json = json_set(json, '$.periodEnd', "
                                       "'next spring') WHERE kind = 'images' AND id = '%1'")
                            .arg(id)));
    QVERIFY(startService(false));
    QString error;
    LicensesSnapshotPtr s;
    QMetaObject::invokeMethod(
        m_service, [&] { s = m_service->cache()->snapshot(&error); }, Qt::BlockingQueuedConnection);
    QVERIFY(!s);
    QCOMPARE(error, QStringLiteral("images %1.periodEnd: expected an ISO 8601 time, got \"next "
                                   "spring\"")
                        .arg(id));
}

void TestLicensesService::applyAfterRestartAnswersTheSameLicense()
{
    QVERIFY(startService());
    const Order product = licenseProduct(QStringLiteral("CHARACTERS"));
    QVERIFY(!product.orderId.isEmpty());
    const int issuedBefore = product.license->issued;
    const qint64 appliedBefore =
        TestSupport::stats(m_host.url()).value(u"appliedChanges").toInteger();
    // Every answer under /api/v1/licenses is lost after the License was issued and stored at
    // the server (the connection closes without it), retries included: the program gives up
    // for now, keeps the change, and is closed before any answer arrived.
    TestSupport::setFaults(m_host.url(),
                           {{QStringLiteral("rateDrop"), 1.0},
                            {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/licenses")}});
    QueuedSpy queued(m_service, &LicensesService::changeQueued);
    const quint64 ticket = LicensesService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, product] {
        s->applyLicense(ticket, product.instance.instanceId, kFingerprint);
    });
    QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_finished->count() > 0, kWaitMs);
    QCOMPARE(m_finished->last().first().value<LicensesOutcome>().state,
             LicensesOutcome::State::Kept);
    QVERIFY(TestSupport::stats(m_host.url()).value(u"appliedChanges").toInteger() > appliedBefore);
    QString eventId;
    QMetaObject::invokeMethod(
        m_service,
        [&] {
            const auto chunks = m_service->outbox()->pendingChunks();
            if (chunks.size() == 1)
                eventId = chunks.first()
                              .payloads.value(product.instance.instanceId)
                              .value(u"body")
                              .toObject()
                              .value(u"eventId")
                              .toString();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(eventId.startsWith(u"evt-"));
    stopService(); // the "crash": the answer never arrived

    TestSupport::setFaults(m_host.url(), {});
    QVERIFY(startService(false)); // open() sends what is pending
    QueuedSpy &finished = *m_finished;
    LicensesOutcome o;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < finished.count(); ++i)
                if (const auto x = finished.at(i).first().value<LicensesOutcome>();
                    x.state != LicensesOutcome::State::Kept) {
                    o = x;
                    return true;
                }
            return false;
        },
        kWaitMs));
    QCOMPARE(o.state, LicensesOutcome::State::Done);
    QVERIFY(o.recovered);
    QCOMPARE(o.record.value(u"eventId").toString(), eventId);
    const QString licenseId = o.record.value(u"licenseId").toString();
    QVERIFY(!licenseId.isEmpty());
    // One License issued for it, whatever the resend.
    const QJsonObject order =
        api("GET", u"/api/v1/orders/" + product.orderId).value(u"order").toObject();
    QCOMPARE(order.value(u"license").toObject().value(u"issued").toInt(), issuedBefore + 1);
    int withEvent = 0;
    for (const QJsonValue v :
         api("GET", QStringLiteral("/api/v1/licenses?limit=5000")).value(u"items").toArray())
        if (v.toObject().value(u"eventId").toString() == eventId)
            ++withEvent;
    QCOMPARE(withEvent, 1);
    // KooGallery's own idempotency, beside the pipeline's: the same eventId and fingerprint
    // under another Idempotency-Key still answer that License.
    const QJsonObject again = api("POST", QStringLiteral("/api/v1/licenses"),
                                  {{QStringLiteral("instanceId"), product.instance.instanceId},
                                   {QStringLiteral("eventId"), eventId},
                                   {QStringLiteral("deviceFingerprint"), kFingerprint}});
    QCOMPARE(again.value(u"license").toObject().value(u"licenseId").toString(), licenseId);
    QCOMPARE(again.value(u"created").toBool(), false);

    // The journal has the application and never the License's characters.
    const QString characters = o.record.value(u"characters").toString();
    QVERIFY(characters.size() > 16);
    QString error;
    const auto journal = AuditJournal::open(m_dataDir + QStringLiteral("/audit.sqlite"), &error);
    QVERIFY2(journal, qPrintable(error));
    QVERIFY(journal->verify(&error).isEmpty());
    const QByteArray entries = journalText();
    QVERIFY2(entries.contains(
                 QByteArray("licenses.apply\t" + product.instance.instanceId.toUtf8() + "\tdone")),
             entries.constData());
    QVERIFY(entries.contains(licenseId.toUtf8()));
    QVERIFY(!entries.contains(characters.left(24).toUtf8()));
    // Nor in the files' bytes, the write-ahead log's included.
    for (const QString &name :
         {QStringLiteral("audit.sqlite"), QStringLiteral("audit.sqlite-wal")}) {
        QFile f(m_dataDir + u'/' + name);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY(!f.readAll().contains(characters.toUtf8()));
    }
}

void TestLicensesService::fingerprintRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("error");
    QTest::newRow("lower case") << kFingerprint.toLower()
                                << "deviceFingerprint: The fingerprint must be upper case";
    QTest::newRow("three fields") << "00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12"
                                  << "deviceFingerprint: The fingerprint has 3 field(s)";
    QTest::newRow("empty") << ""
                           << "deviceFingerprint: ";
}

void TestLicensesService::fingerprintRefusedBeforeSending()
{
    QFETCH(QString, fingerprint);
    QFETCH(QString, error);
    QVERIFY(startService());
    const Order product = licenseProduct(QStringLiteral("CHARACTERS"));
    const qint64 requests = TestSupport::stats(m_host.url()).value(u"requests").toInteger();
    QueuedSpy finished(m_service, &LicensesService::changeFinished);
    const quint64 ticket = LicensesService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, product, fingerprint] {
        s->applyLicense(ticket, product.instance.instanceId, fingerprint);
    });
    const LicensesOutcome o = outcomeOf(finished, ticket);
    QCOMPARE(o.state, LicensesOutcome::State::Refused);
    QCOMPARE(o.field, QStringLiteral("deviceFingerprint"));
    QVERIFY2(o.message.startsWith(error), qPrintable(o.message));
    int operations = -1;
    QMetaObject::invokeMethod(
        m_service, [&] { operations = int(m_service->outbox()->operations().size()); },
        Qt::BlockingQueuedConnection);
    QCOMPARE(operations, 0);
    QCOMPARE(TestSupport::stats(m_host.url()).value(u"requests").toInteger(), requests);
}

void TestLicensesService::renewalConflictKeepsTheServersRecord()
{
    QVERIFY(startService());
    const ImageSubscriptionRecord cached = snapshot()->images.last();
    // Someone else switches it first; this copy still holds the version before.
    const QJsonObject theirs = api("POST", u"/api/v1/images/" + cached.subscriptionId + u"/renewal",
                                   {{QStringLiteral("autoRenew"), !cached.autoRenew}})
                                   .value(u"image")
                                   .toObject();
    QCOMPARE(theirs.value(u"version").toInteger(), cached.version + 1);
    QueuedSpy finished(m_service, &LicensesService::changeFinished);
    const quint64 ticket = LicensesService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, cached] {
        s->setAutoRenew(ticket, cached.subscriptionId, cached.autoRenew);
    });
    const LicensesOutcome o = outcomeOf(finished, ticket);
    QCOMPARE(o.state, LicensesOutcome::State::Conflict);
    QCOMPARE(o.code, QStringLiteral("010003"));
    QCOMPARE(o.current.value(u"version").toInteger(), cached.version + 1);
    QCOMPARE(o.current.value(u"autoRenew").toBool(), !cached.autoRenew);
    ImageSubscriptionRecord now;
    QMetaObject::invokeMethod(
        m_service, [&] { now = *m_service->cache()->image(cached.subscriptionId); },
        Qt::BlockingQueuedConnection);
    QCOMPARE(now.version, cached.version + 1);
    QCOMPARE(now.autoRenew, !cached.autoRenew);
    // Sent again from the record as it is now, it goes through.
    const quint64 second = LicensesService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, second, cached] {
        s->setAutoRenew(second, cached.subscriptionId, cached.autoRenew);
    });
    const LicensesOutcome done = outcomeOf(finished, second);
    QCOMPARE(done.state, LicensesOutcome::State::Done);
    QCOMPARE(done.record.value(u"autoRenew").toBool(), cached.autoRenew);
    const QByteArray entries = journalText();
    QVERIFY2(entries.contains(
                 QByteArray("images.renewal\t" + cached.subscriptionId.toUtf8() + "\tconflict")),
             entries.constData());
    QVERIFY(entries.contains(
        QByteArray("images.renewal\t" + cached.subscriptionId.toUtf8() + "\tdone")));
}

void TestLicensesService::licenseFileMatchesItsRecord()
{
    QVERIFY(startService());
    const Order product = licenseProduct(QStringLiteral("FILE"));
    QVERIFY(!product.orderId.isEmpty());
    QueuedSpy finished(m_service, &LicensesService::changeFinished);
    QueuedSpy files(m_service, &LicensesService::fileFinished);
    const quint64 ticket = LicensesService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, product] {
        s->applyLicense(ticket, product.instance.instanceId,
                        QStringLiteral("AA-BB-CC-DD-EE-01|DISK9||"));
    });
    const LicensesOutcome o = outcomeOf(finished, ticket);
    QCOMPARE(o.state, LicensesOutcome::State::Done);
    const QString licenseId = o.record.value(u"licenseId").toString();
    const QString sha256 = o.record.value(u"file").toObject().value(u"sha256").toString();
    QCOMPARE(sha256.size(), 64);

    const QString path = m_dir.filePath(QStringLiteral("license.lic"));
    const quint64 download = LicensesService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, download, licenseId, path] {
        s->downloadLicenseFile(download, licenseId, path);
    });
    QTRY_COMPARE_WITH_TIMEOUT(files.count(), 1, kWaitMs);
    QVERIFY2(files.last().at(1).toBool(), qPrintable(files.last().at(2).toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        sha256);
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // A record that says another SHA-256 (the file changed, or is not the one the record
    // describes): an error naming both, and nothing written.
    stopService();
    QVERIFY(onCacheFile(QStringLiteral("UPDATE records SET json = json_set(json, '$.file.sha256', "
                                       "'%1') WHERE kind = 'licenses' AND id = '%2'")
                            .arg(QString(64, u'0'), licenseId)));
    QVERIFY(startService(false));
    QueuedSpy files2(m_service, &LicensesService::fileFinished);
    const QString other = m_dir.filePath(QStringLiteral("other.lic"));
    QMetaObject::invokeMethod(m_service, [s = m_service, download, licenseId, other] {
        s->downloadLicenseFile(download, licenseId, other);
    });
    QTRY_COMPARE_WITH_TIMEOUT(files2.count(), 1, kWaitMs);
    QCOMPARE(files2.last().at(1).toBool(), false);
    const QString message = files2.last().at(2).toString();
    QVERIFY2(message.contains(sha256) && message.contains(QString(64, u'0')), qPrintable(message));
    QVERIFY(!QFile::exists(other));
}

void TestLicensesService::exportsOrdersAndCalendar()
{
    QVERIFY(startService());
    QueuedSpy files(m_service, &LicensesService::fileFinished);
    const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
    const QString ics = m_dir.filePath(QStringLiteral("renewals.ics"));
    QMetaObject::invokeMethod(m_service, [s = m_service, csv, ics] {
        s->exportOrders(1, csv, {QStringLiteral("license"), {}});
        s->exportIcs(2, ics);
    });
    QTRY_COMPARE_WITH_TIMEOUT(files.count(), 2, kWaitMs);
    QVERIFY(files.at(0).at(1).toBool() && files.at(1).at(1).toBool());
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = c.readAll().split('\n');
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBF"
                                     "orderId,orderType,productType"));
    QCOMPARE(lines.size(), 1 + 4 + 1); // header, four License products, the last line's end
    QFile i(ics);
    QVERIFY(i.open(QIODevice::ReadOnly));
    const QByteArray calendar = i.readAll();
    QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    // Eight images; the one that ended and serves no ECS costs nothing and is left out.
    QCOMPARE(calendar.count("BEGIN:VEVENT"), 7);
    const QByteArray entries = journalText();
    QVERIFY2(entries.contains(QByteArray("orders.export\t" + csv.toUtf8() + "\tdone")),
             entries.constData());
    QVERIFY(entries.contains(QByteArray("images.export-ics\t" + ics.toUtf8() + "\tdone")));
}

QTEST_GUILESS_MAIN(TestLicensesService)
#include "tst_licenses_service.moc"
