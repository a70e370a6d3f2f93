#include "soak/soak_run.h"

#include "soak/sandbox_view.h"
#include "soak/soak_services.h"
#include "support/sandbox_fixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

namespace {

const QString kAdminTenant = QStringLiteral("huadong-tech");
const QString kSellerTenant = QStringLiteral("isv-demo");

qint64 counter(const QJsonObject &stats, const char *name)
{
    return qint64(stats.value(QLatin1String(name)).toDouble());
}

} // namespace

SoakRun::SoakRun(const SoakOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_sandbox(new SandboxView(options.server))
    , m_random(options.seed)
{
}

SoakRun::~SoakRun()
{
    delete m_operations;
    delete m_sandbox;
}

void SoakRun::say(const QString &line) const
{
    QTextStream(stdout) << line << Qt::endl;
}

void SoakRun::finding(const QString &what)
{
    if (m_findings.size() < 100)
        m_findings.append(what);
    say(QStringLiteral("FINDING: ") + what);
}

bool SoakRun::setUp(QString *error)
{
    if (!QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(m_options.dataDir);
        return false;
    }
    // One-minute access tokens: each account renews its sign-in all through the run.
    if (!m_sandbox->set(QStringLiteral("/_sandbox/auth"), {{QStringLiteral("accessTtl"), 60}},
                        error) ||
        !m_sandbox->set(QStringLiteral("/_sandbox/faults"), {}, error))
        return false;
    m_services = new SoakServices(m_options.server, m_options.dataDir, this);
    if (!m_services->start(error))
        return false;
    if (!m_ledger.setPools(*m_services->orgSnapshot())) {
        *error = QStringLiteral("the sandbox's enterprise is too small for a soak (%1 members)")
                     .arg(m_services->orgSnapshot()->memberCount());
        return false;
    }
    // The grants go to the usable app with the most free seats; the next one's switch is turned.
    QList<PurchasedApp> apps = m_services->appsSnapshot()->apps;
    std::sort(apps.begin(), apps.end(), [](const PurchasedApp &a, const PurchasedApp &b) {
        return a.seatsFree > b.seatsFree;
    });
    for (const PurchasedApp &a : apps) {
        if (!a.enabled || !a.agreementAccepted || !a.loginDomainSet || a.seatsFree < 20)
            continue;
        (m_targets.grantApp.isEmpty() ? m_targets.grantApp : m_targets.switchApp) = a.appId;
        if (!m_targets.switchApp.isEmpty())
            break;
    }
    for (const ProductionAddress &a : m_services->sellerSnapshot()->addresses)
        if (!a.basicKeyId.isEmpty()) {
            m_targets.addressId = a.addressId;
            break;
        }
    if (m_targets.switchApp.isEmpty() || m_targets.addressId.isEmpty()) {
        *error = QStringLiteral("the sandbox has no two usable apps with 20 free seats, or no "
                                "production address with a key");
        return false;
    }
    // The Seller Center's debugging runs are judged by the sandbox's test harness.
    if (!m_sandbox->set(QStringLiteral("/_sandbox/seller"),
                        {{QStringLiteral("debugVerdict"), QStringLiteral("passed")}}, error))
        return false;
    m_idleBefore = m_sampler.sample();
    m_adminBefore = m_sandbox->tenantStats(kAdminTenant);
    m_sellerBefore = m_sandbox->tenantStats(kSellerTenant);
    m_authBefore = m_sandbox->get(QStringLiteral("/_sandbox/auth"));
    // A share of the console API's requests (token renewals included) gets a fault: answered
    // 500, 503 or 429 before the server acts, or spoiled (dropped, cut short, malformed) after.
    const double r = m_options.faultRate;
    const QJsonObject faults{{QStringLiteral("rate500"), r * 0.2},
                             {QStringLiteral("rate503"), r * 0.2},
                             {QStringLiteral("rate429"), r * 0.2},
                             {QStringLiteral("rateDrop"), r * 0.2},
                             {QStringLiteral("rateTruncate"), r * 0.1},
                             {QStringLiteral("rateMalformed"), r * 0.1},
                             {QStringLiteral("retryAfterSeconds"), 1},
                             {QStringLiteral("latencyMs"), 2},
                             {QStringLiteral("seed"), int(m_options.seed % 1'000'000)},
                             {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/")}};
    if (!m_sandbox->set(QStringLiteral("/_sandbox/faults"), faults, error))
        return false;
    const double drop =
        m_sandbox->get(QStringLiteral("/_sandbox/faults")).value(u"rateDrop").toDouble();
    if (qAbs(drop - r * 0.2) > 1e-9) {
        *error = QStringLiteral("the sandbox's faults read back as rateDrop %1, not %2")
                     .arg(drop)
                     .arg(r * 0.2);
        return false;
    }
    m_operations = new SoakOperations(m_services, &m_ledger, m_targets, m_options.dataDir,
                                      TestSupport::patience(300'000),
                                      [this](const QString &f) { finding(f); });
    return true;
}

void SoakRun::loseRenewal(bool seller)
{
    // Faults lose a renewal's answer at random (the refresh token spent, the sign-in revoked
    // when it comes back); this makes sure it happens, once per account, at a known time.
    const TokenSet held = seller ? m_services->sellerTokens() : m_services->adminTokens();
    QString error;
    // The access tokens expire too, so that the spent token comes back at the next request.
    // The run's own faults reach the token endpoint too: an answer lost to one is asked again.
    // A 400 after a lost answer means the first went through and the token is spent already.
    bool spent = false;
    for (int attempt = 0; attempt < 5 && !spent; ++attempt) {
        int status = 0;
        spent = m_sandbox->spendRefreshToken(m_services->tokenEndpoint(), held.refreshToken, &error,
                                             &status) ||
                (attempt > 0 && status == 400);
        if (!spent && status != 0 && status != 429 && status < 500)
            break;
    }
    if (!spent || !m_sandbox->set(QStringLiteral("/_sandbox/auth"),
                                  {{QStringLiteral("expireAccessTokens"), true}}, &error))
        finding(QStringLiteral("a renewal could not be lost on purpose: ") + error);
    else
        ++m_renewalsLost;
}

void SoakRun::injectDuplicate()
{
    // One change the run's ledger does not know of: enabling an enabled administrator, which
    // the server executes (and counts) without changing anything.
    const OrgSnapshotPtr org = m_services->orgSnapshot();
    QString admin;
    for (int i = 0; i < org->memberCount() && admin.isEmpty(); ++i)
        if (org->memberAdmin(i) && org->memberEnabled(i))
            admin = org->text(i, OrgSnapshot::UserName);
    QString error;
    if (!m_sandbox->sendAside(admin, &error))
        finding(QStringLiteral("the injected duplicate could not be sent: ") + error);
    else
        say(QStringLiteral("soak: one change to %1 sent behind the services' back").arg(admin));
}

bool SoakRun::drain(QString *error)
{
    if (!m_sandbox->set(QStringLiteral("/_sandbox/faults"), {}, error))
        return false;
    QMetaObject::invokeMethod(m_services->org(), [s = m_services->org()] { s->resumeOutbox(); });
    QMetaObject::invokeMethod(m_services->apps(), [s = m_services->apps()] { s->resumeOutbox(); });
    QMetaObject::invokeMethod(m_services->seller(),
                              [s = m_services->seller()] { s->resumeOutbox(); });
    // One complete sync of each service, so that a sign-in lost late in the run (a spent
    // refresh token) is met and made again before the counts are read, however short the run.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto org = m_services->orgSync(TestSupport::patience(120'000));
        const auto apps = m_services->appsSync(TestSupport::patience(120'000));
        const auto seller = m_services->sellerSync(TestSupport::patience(120'000));
        if (!org || !apps || !seller) {
            *error = QStringLiteral("a sync without faults did not end");
            return false;
        }
        if (*org && *apps && *seller)
            break;
    }
    int pending = 0;
    const bool empty = m_services->waitFor(
        [&] {
            pending = m_services->pending();
            return pending == 0;
        },
        TestSupport::patience(180'000));
    if (!empty) {
        *error =
            QStringLiteral("%1 changes still pending 180 s after the faults stopped").arg(pending);
        return false;
    }
    m_checks.append(QStringLiteral("no change pending in the three outboxes"));
    return true;
}

void SoakRun::checkServer()
{
    m_adminAfter = m_sandbox->tenantStats(kAdminTenant);
    m_sellerAfter = m_sandbox->tenantStats(kSellerTenant);
    m_authAfter = m_sandbox->get(QStringLiteral("/_sandbox/auth"));
    auto compare = [this](const QString &who, qint64 executed, qint64 asked) {
        if (executed == asked)
            m_checks.append(QStringLiteral("%1: the server executed %2 targets, as many as asked")
                                .arg(who)
                                .arg(executed));
        else
            finding(QStringLiteral("%1: the server executed %2 targets, the run asked for %3 (%4)")
                        .arg(who)
                        .arg(executed)
                        .arg(asked)
                        .arg(executed > asked ? "a duplicate" : "one lost"));
    };
    compare(QStringLiteral("administrator"),
            counter(m_adminAfter, "executedTargets") - counter(m_adminBefore, "executedTargets"),
            m_ledger.adminTargets());
    compare(QStringLiteral("seller"),
            counter(m_sellerAfter, "executedTargets") - counter(m_sellerBefore, "executedTargets"),
            m_ledger.sellerTargets());
    // Keys were created and deleted in pairs.
    if (counter(m_sellerAfter, "sellerKeys") != counter(m_sellerBefore, "sellerKeys"))
        finding(QStringLiteral("the seller has %1 access keys, %2 before the run")
                    .arg(counter(m_sellerAfter, "sellerKeys"))
                    .arg(counter(m_sellerBefore, "sellerKeys")));
    // A soak without faults or renewals proves nothing.
    const qint64 faults = counter(m_adminAfter, "faults") - counter(m_adminBefore, "faults");
    const qint64 renewals = counter(m_authAfter, "refreshes") - counter(m_authBefore, "refreshes");
    if (m_options.faultRate > 0 && faults == 0)
        finding(QStringLiteral("no fault was injected"));
    if (m_options.minutes >= 2 && renewals == 0)
        finding(QStringLiteral("no sign-in was renewed"));
    if (m_services->signInsAgain() < m_renewalsLost)
        finding(QStringLiteral("%1 renewals were lost on purpose, and only %2 sign-ins made again")
                    .arg(m_renewalsLost)
                    .arg(m_services->signInsAgain()));
    else
        m_checks.append(QStringLiteral("%1 renewals lost on purpose, %2 sign-ins made again")
                            .arg(m_renewalsLost)
                            .arg(m_services->signInsAgain()));
    ServerState state;
    QString error;
    if (!m_sandbox->read(m_targets.grantApp, m_targets.switchApp, &state, &error)) {
        finding(error);
        return;
    }
    const QStringList wrong = m_ledger.compare(state);
    for (const QString &w : wrong)
        finding(w);
    if (wrong.isEmpty())
        m_checks.append(QStringLiteral("the server, read back, holds the state left: ") +
                        m_ledger.summary());
    QStringList problems = m_services->journalProblems();
    for (const QString &p : problems)
        finding(p);
    if (problems.isEmpty())
        m_checks.append(QStringLiteral("both audit journals verify"));
}

void SoakRun::checkIdle()
{
    // Idle again as before the faults: the same threads, and the descriptors back within what
    // the three network layers may keep open for reuse.
    QTest::qWait(2000);
    const ProcessSample now = m_sampler.sample();
    const QString idle = QStringLiteral("idle before the run: %1 descriptors, %2 threads; after: "
                                        "%3, %4")
                             .arg(m_idleBefore.fds)
                             .arg(m_idleBefore.threads)
                             .arg(now.fds)
                             .arg(now.threads);
    if (now.fds > m_idleBefore.fds + 4 || now.threads > m_idleBefore.threads + 1)
        finding(QStringLiteral("descriptors or threads grew: ") + idle);
    else
        m_checks.append(idle);
    bool judged = false;
    const bool flat = m_sampler.flat(&m_memory, &judged);
    if (!flat)
        finding(QStringLiteral("memory grew: ") + m_memory);
    else if (judged)
        m_checks.append(QStringLiteral("memory flat: ") + m_memory);
}

QJsonObject SoakRun::report(const QString &stopped) const
{
    QJsonObject done;
    for (auto it = m_done.cbegin(); it != m_done.cend(); ++it)
        done.insert(it.key(), it.value());
    auto delta = [](const QJsonObject &after, const QJsonObject &before, const char *name) {
        return double(counter(after, name) - counter(before, name));
    };
    return {{QStringLiteral("minutes"), m_options.minutes},
            {QStringLiteral("seed"), double(m_options.seed)},
            {QStringLiteral("faultRate"), m_options.faultRate},
            {QStringLiteral("stopped"), stopped},
            {QStringLiteral("operations"), done},
            {QStringLiteral("operationCount"), double(m_operationCount)},
            {QStringLiteral("syncsGivenUpUnderFaults"),
             m_operations ? m_operations->syncsGivenUp() : 0},
            {QStringLiteral("signInsAgain"), m_services ? m_services->signInsAgain() : 0},
            {QStringLiteral("renewals"), delta(m_authAfter, m_authBefore, "refreshes")},
            {QStringLiteral("adminTargetsAsked"), double(m_ledger.adminTargets())},
            {QStringLiteral("sellerTargetsAsked"), double(m_ledger.sellerTargets())},
            {QStringLiteral("serverFaults"), delta(m_adminAfter, m_adminBefore, "faults")},
            {QStringLiteral("serverReplays"), delta(m_adminAfter, m_adminBefore, "replays") +
                                                  delta(m_sellerAfter, m_sellerBefore, "replays")},
            {QStringLiteral("memory"), m_memory},
            {QStringLiteral("checks"), QJsonArray::fromStringList(m_checks)},
            {QStringLiteral("findings"), QJsonArray::fromStringList(m_findings)},
            {QStringLiteral("serviceMessages"),
             QJsonArray::fromStringList(m_services ? m_services->messages() : QStringList())}};
}

int SoakRun::run()
{
    QString error;
    if (!m_sampler.start(m_options.samplesPath, m_options.sampleMs, &error) || !setUp(&error)) {
        say(QStringLiteral("soak: cannot start: ") + error);
        return 2;
    }
    say(QStringLiteral("soak: %1 min against %2, %3 % faults, seed %4; grants on %5, switch %6, "
                       "debugging runs on %7")
            .arg(m_options.minutes)
            .arg(m_options.server.toString())
            .arg(m_options.faultRate * 100)
            .arg(m_options.seed)
            .arg(m_targets.grantApp, m_targets.switchApp, m_targets.addressId));
    if (m_options.injectDuplicate)
        injectDuplicate();
    QElapsedTimer clock;
    clock.start();
    QString stopped;
    qint64 lastSaid = 0;
    const qint64 runMs = qint64(m_options.minutes * 60'000);
    int lost =
        0; // renewals lost on purpose so far: the administrator's at a third, the seller's at two
    while (clock.elapsed() < runMs) {
        if (lost < 2 && clock.elapsed() >= runMs * (lost + 1) / 3)
            loseRenewal(lost++ == 1);
        const SoakOperations::Kind kind = SoakOperations::choose(m_random);
        if (!m_operations->run(kind, m_random, &error) || !m_services->signInAgainIfAsked(&error)) {
            stopped = error;
            finding(QStringLiteral("stuck: ") + error);
            break;
        }
        ++m_done[SoakOperations::name(kind)];
        m_sampler.setOperations(++m_operationCount);
        if (clock.elapsed() - lastSaid >= 60'000) {
            lastSaid = clock.elapsed();
            const ProcessSample p = m_sampler.sample();
            say(QStringLiteral("%1 min: %2 operations, RSS %3 MiB (heap %4, SQLite %5), %6 "
                               "descriptors, %7 threads")
                    .arg(lastSaid / 60'000)
                    .arg(m_operationCount)
                    .arg(p.rssKiB / 1024.0, 0, 'f', 1)
                    .arg(p.heapKiB / 1024.0, 0, 'f', 1)
                    .arg(p.sqliteKiB / 1024.0, 0, 'f', 1)
                    .arg(p.fds)
                    .arg(p.threads));
        }
    }
    m_sampler.stop();
    if (stopped.isEmpty()) {
        if (drain(&error)) {
            checkServer();
            checkIdle();
        } else {
            finding(error);
        }
    }
    const QJsonObject r = report(stopped);
    if (!m_options.reportPath.isEmpty()) {
        QFile f(m_options.reportPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(QJsonDocument(r).toJson()) < 0)
            finding(QStringLiteral("the report could not be written to %1: %2")
                        .arg(m_options.reportPath, f.errorString()));
    }
    say(QStringLiteral("soak: %1 operations (%2 syncs gave up under faults, said so), %3 "
                       "renewals, %4 sign-ins again, %5 faults injected, %6 answers replayed")
            .arg(m_operationCount)
            .arg(r.value(u"syncsGivenUpUnderFaults").toInt())
            .arg(r.value(u"renewals").toDouble())
            .arg(r.value(u"signInsAgain").toInt())
            .arg(r.value(u"serverFaults").toDouble())
            .arg(r.value(u"serverReplays").toDouble()));
    for (const QString &c : m_checks)
        say(QStringLiteral("held: ") + c);
    say(m_findings.isEmpty() ? QStringLiteral("soak: every check held")
                             : QStringLiteral("soak: %1 findings").arg(m_findings.size()));
    return m_findings.isEmpty() ? 0 : 1;
}
