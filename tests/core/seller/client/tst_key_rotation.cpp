// The guided access-key rotation (KeyRotation) against the real sandbox, whose Seller Center
// runs the real debugger against a reference SaaS server standing for the seller's server:
// the whole rotation with each step's evidence, a run that fails (the server not given the
// new key) stopping before the switch and the retirement and passing once retried, a
// rotation resumed from disk after the service was destroyed at three points (waiting for the
// install, a run made at the server but not answered, a run answered while no rotation
// listened), and an abandon that deletes the new key or keeps it.
#include "seller/client/rotation/key_rotation.h"
#include "seller/client/seller_service.h"
#include "storage/outbox.h"
#include "support/queued_spy.h"
#include "support/rotation_fixture.h"

#include <QFileInfo>
#include <QTest>

using Step = KeyRotationState::Step;

namespace {
constexpr int kWaitMs = 30'000;
} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void rotatesWithEvidence_data();
    void rotatesWithEvidence();
    void failedRunBlocksSwitchAndRetire_data();
    void failedRunBlocksSwitchAndRetire();
    void resumesAfterRestart_data();
    void resumesAfterRestart();
    void abandonDeletesTheNewKey_data();
    void abandonDeletesTheNewKey();

private:
    // A rotation of the seeded address, moved to the service's thread (not opened yet).
    KeyRotation *makeRotation(const QString &suite);
    void openRotation();
    void dropRotation();
    KeyRotationState state() const;
    bool waitFor(std::function<bool(const KeyRotationState &)> done);
    void invoke(std::function<void(KeyRotation *)> call);
    // Starts a rotation of `suite` and waits until it waits for the install; the secret.
    QByteArray startUntilInstall(const QString &suite);

    RotationFixture m_fx;
    KeyRotation *m_rotation = nullptr;
    std::unique_ptr<QueuedSpy> m_changed, m_secrets, m_failed;
};

void TestKeyRotation::initTestCase()
{
    QCOMPARE(m_fx.start(), QString());
}

void TestKeyRotation::cleanup()
{
    dropRotation();
    m_fx.holdNextAnswer({});
    m_fx.stopService();
}

KeyRotation *TestKeyRotation::makeRotation(const QString &suite)
{
    m_rotation = new KeyRotation(m_fx.service(), m_fx.addressId(), suite);
    m_rotation->moveToThread(m_fx.thread());
    m_changed = std::make_unique<QueuedSpy>(m_rotation, &KeyRotation::changed);
    m_secrets = std::make_unique<QueuedSpy>(m_rotation, &KeyRotation::secretIssued);
    m_failed = std::make_unique<QueuedSpy>(m_rotation, &KeyRotation::failed);
    return m_rotation;
}

void TestKeyRotation::openRotation()
{
    QueuedSpy opened(m_rotation, &KeyRotation::opened);
    invoke([](KeyRotation *r) { r->open(); });
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, kWaitMs);
    QVERIFY(opened.last().first().toBool());
}

void TestKeyRotation::dropRotation()
{
    if (m_rotation)
        QMetaObject::invokeMethod(
            m_rotation, [r = m_rotation] { delete r; }, Qt::BlockingQueuedConnection);
    m_rotation = nullptr;
}

void TestKeyRotation::invoke(std::function<void(KeyRotation *)> call)
{
    QMetaObject::invokeMethod(m_rotation, [r = m_rotation, call] { call(r); });
}

KeyRotationState TestKeyRotation::state() const
{
    return m_changed && m_changed->count() ? m_changed->last().first().value<KeyRotationState>()
                                           : KeyRotationState();
}

bool TestKeyRotation::waitFor(std::function<bool(const KeyRotationState &)> done)
{
    return QTest::qWaitFor([&] { return done(state()); }, kWaitMs);
}

QByteArray TestKeyRotation::startUntilInstall(const QString &suite)
{
    if (!m_fx.service() && !m_fx.startService())
        return {};
    makeRotation(suite);
    openRotation();
    invoke([](KeyRotation *r) { r->start(QStringLiteral("rotation-test")); });
    if (!waitFor([](const KeyRotationState &s) { return s.step == Step::AwaitingInstall; }) ||
        m_secrets->count() != 1) {
        qWarning() << "no install step:" << state().problem << m_failed->count();
        return {};
    }
    return m_secrets->last().first().value<SellerSecret>().value;
}

void TestKeyRotation::rotatesWithEvidence_data()
{
    QTest::addColumn<QString>("suite");
    QTest::newRow("basic") << "basic";
    QTest::newRow("kit") << "kit";
}

void TestKeyRotation::rotatesWithEvidence()
{
    QFETCH(QString, suite);
    QVERIFY(m_fx.startService());
    const QString oldKey = m_fx.boundKey(suite);
    const QString otherSuite = suite == u"kit" ? QStringLiteral("basic") : QStringLiteral("kit");
    const QString otherKey = m_fx.boundKey(otherSuite);
    const QByteArray secret = startUntilInstall(suite);
    QVERIFY(!secret.isEmpty());
    KeyRotationState s = state();
    // Created: the new key's id, its masked secret; the secret nowhere on disk.
    QCOMPARE(s.oldKeyId, oldKey);
    QVERIFY(s.newKeyId.startsWith(u"key-"));
    QVERIFY(s.newKeyMasked.startsWith(u"****"));
    QVERIFY(s.waitsForInstall());
    QVERIFY(m_fx.keyExists(s.newKeyId));
    QCOMPARE(m_fx.boundKey(suite), oldKey); // nothing switched before the install and the run

    QVERIFY(m_fx.install(suite, secret));
    invoke([](KeyRotation *r) { r->confirmInstalled(); });
    QVERIFY2(
        waitFor([](const KeyRotationState &s) { return s.isFinished() || !s.problem.isEmpty(); }),
        qPrintable(state().problem));
    s = state();
    QCOMPARE(KeyRotationState::stepName(s.step), QStringLiteral("retired"));
    QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
    // Tested: the run's id, verdict and checks, as the server recorded them.
    QVERIFY(s.runId.startsWith(u"run-"));
    QCOMPARE(s.runVerdict, QStringLiteral("passed"));
    QVERIFY(s.checksPassed > 0);
    QCOMPARE(s.checksFailed, 0);
    const QJsonArray runs = m_fx.runsWith(s.newKeyId);
    QCOMPARE(runs.size(), 1); // exactly once
    QCOMPARE(runs.first().toObject().value(u"runId").toString(), s.runId);
    // Switched: the address's version with the new key; Retired: the old key gone.
    QVERIFY(s.switchedVersion > 0);
    QCOMPARE(m_fx.boundKey(suite), s.newKeyId);
    QCOMPARE(m_fx.boundKey(otherSuite), otherKey);
    QVERIFY(!m_fx.keyExists(oldKey));
    QVERIFY(s.retiredAt.isValid());
    QVERIFY(!m_fx.filesBytes().contains(secret));
    const QFileInfo kept(m_fx.dataDir() + QStringLiteral("/seller-rotations.sqlite"));
    QVERIFY(kept.exists());
    QCOMPARE(kept.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    // After the switch there is nothing to abandon.
    invoke([](KeyRotation *r) { r->abandon(true); });
    QTRY_COMPARE_WITH_TIMEOUT(m_failed->count(), 1, kWaitMs);
    QVERIFY(m_fx.keyExists(s.newKeyId));
}

void TestKeyRotation::failedRunBlocksSwitchAndRetire_data()
{
    rotatesWithEvidence_data();
}

void TestKeyRotation::failedRunBlocksSwitchAndRetire()
{
    QFETCH(QString, suite);
    QVERIFY(m_fx.startService());
    const QString oldKey = m_fx.boundKey(suite);
    const QByteArray secret = startUntilInstall(suite);
    QVERIFY(!secret.isEmpty());
    // The seller says "installed" but their server still has the old key.
    invoke([](KeyRotation *r) { r->confirmInstalled(); });
    QVERIFY(waitFor([](const KeyRotationState &s) { return !s.problem.isEmpty(); }));
    KeyRotationState s = state();
    QCOMPARE(KeyRotationState::stepName(s.step), QStringLiteral("testing"));
    QCOMPARE(s.problemCode, QStringLiteral("run-failed"));
    QCOMPARE(s.runVerdict, QStringLiteral("failed"));
    QVERIFY(s.checksFailed > 0);
    QVERIFY2(s.problem.contains(s.runId), qPrintable(s.problem));
    QCOMPARE(m_fx.boundKey(suite), oldKey);
    QVERIFY(m_fx.keyExists(oldKey));
    QCOMPARE(m_fx.runsWith(s.newKeyId).size(), 1);

    // Installed for real, then retried: the run passes and the rotation ends.
    QVERIFY(m_fx.install(suite, secret));
    invoke([](KeyRotation *r) { r->retry(); });
    QVERIFY(waitFor([](const KeyRotationState &s) { return s.isFinished(); }));
    s = state();
    QCOMPARE(KeyRotationState::stepName(s.step), QStringLiteral("retired"));
    QCOMPARE(m_fx.runsWith(s.newKeyId).size(), 2);
    QCOMPARE(m_fx.boundKey(suite), s.newKeyId);
    QVERIFY(!m_fx.keyExists(oldKey));
}

void TestKeyRotation::resumesAfterRestart_data()
{
    QTest::addColumn<QString>("suite");
    QTest::addColumn<QString>("cut");
    QTest::newRow("basic, waiting for the install") << "basic"
                                                    << "install";
    QTest::newRow("kit, run made but not answered") << "kit"
                                                    << "in-flight";
    QTest::newRow("basic, run answered while nobody listened") << "basic"
                                                               << "answered";
}

void TestKeyRotation::resumesAfterRestart()
{
    QFETCH(QString, suite);
    QFETCH(QString, cut);
    QVERIFY(m_fx.startService());
    const QString oldKey = m_fx.boundKey(suite);
    const QByteArray secret = startUntilInstall(suite);
    QVERIFY(!secret.isEmpty());
    const QString newKey = state().newKeyId;
    QVERIFY(m_fx.install(suite, secret));
    if (cut != u"install") {
        // The run is made and stored at the server; its answer never reaches this session.
        const qint64 before = m_fx.executedTargets();
        m_fx.holdNextAnswer(
            QStringLiteral("/api/v1/seller/addresses/%1/debug-runs").arg(m_fx.addressId()));
        invoke([](KeyRotation *r) { r->confirmInstalled(); });
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.executedTargets() > before, kWaitMs);
        QVERIFY(state().pendingOperation > 0);
        QCOMPARE(KeyRotationState::stepName(state().step), QStringLiteral("testing"));
    }
    dropRotation();
    m_fx.stopService();
    m_fx.holdNextAnswer({});

    if (cut == u"in-flight") {
        // The rotation is opened with the service: it hears the outbox's replay answered.
        std::unique_ptr<QueuedSpy> opened;
        QVERIFY(m_fx.startService(
            false,
            [&](SellerService *) {
                makeRotation(suite);
                opened = std::make_unique<QueuedSpy>(m_rotation, &KeyRotation::opened);
            },
            [r = &m_rotation] { (*r)->open(); }));
        QTRY_VERIFY_WITH_TIMEOUT(opened->count() > 0, kWaitMs);
    } else {
        QVERIFY(m_fx.startService(false));
        if (cut == u"answered") {
            // The outbox sends the run again at open and closes it: nobody listens.
            QTRY_VERIFY_WITH_TIMEOUT(m_fx.outboxPending() == 0, kWaitMs);
        }
        makeRotation(suite);
        openRotation();
    }
    if (cut == u"install") {
        QVERIFY(waitFor([](const KeyRotationState &s) { return s.waitsForInstall(); }));
        QCOMPARE(state().newKeyId, newKey);
        QCOMPARE(state().oldKeyId, oldKey);
        invoke([](KeyRotation *r) { r->confirmInstalled(); });
    }
    QVERIFY2(
        waitFor([](const KeyRotationState &s) { return s.isFinished() || !s.problem.isEmpty(); }),
        qPrintable(KeyRotationState::stepName(state().step)));
    const KeyRotationState s = state();
    QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
    QCOMPARE(KeyRotationState::stepName(s.step), QStringLiteral("retired"));
    QCOMPARE(s.runVerdict, QStringLiteral("passed"));
    QCOMPARE(m_fx.runsWith(newKey).size(), 1); // the replay made no second run
    QCOMPARE(m_fx.runsWith(newKey).first().toObject().value(u"runId").toString(), s.runId);
    QCOMPARE(m_fx.boundKey(suite), newKey);
    QVERIFY(!m_fx.keyExists(oldKey));
    QVERIFY(!m_fx.filesBytes().contains(secret));
}

void TestKeyRotation::abandonDeletesTheNewKey_data()
{
    QTest::addColumn<QString>("suite");
    QTest::addColumn<bool>("deleteNewKey");
    QTest::newRow("basic, new key deleted") << "basic" << true;
    QTest::newRow("kit, new key kept") << "kit" << false;
}

void TestKeyRotation::abandonDeletesTheNewKey()
{
    QFETCH(QString, suite);
    QFETCH(bool, deleteNewKey);
    QVERIFY(m_fx.startService());
    const QString oldKey = m_fx.boundKey(suite);
    QVERIFY(!startUntilInstall(suite).isEmpty());
    const QString newKey = state().newKeyId;
    invoke([deleteNewKey](KeyRotation *r) { r->abandon(deleteNewKey); });
    QVERIFY(waitFor([](const KeyRotationState &s) { return s.isFinished(); }));
    QCOMPARE(KeyRotationState::stepName(state().step), QStringLiteral("abandoned"));
    QCOMPARE(m_fx.keyExists(newKey), !deleteNewKey);
    QCOMPARE(m_fx.boundKey(suite), oldKey);
    QVERIFY(m_fx.keyExists(oldKey));
    QCOMPARE(m_failed->count(), 0);
    // A finished rotation is kept as such: a new one may start.
    dropRotation();
    makeRotation(suite);
    openRotation();
    QCOMPARE(KeyRotationState::stepName(state().step), QStringLiteral("abandoned"));
}

QTEST_MAIN(TestKeyRotation)
#include "tst_key_rotation.moc"
