#include "soak/soak_services.h"

#include "storage/audit_journal.h"
#include "support/sandbox_fixture.h"

#include <QDeadlineTimer>
#include <QTest>

namespace {

const QString kAdmin = QStringLiteral("zhang.min");
const QString kSeller = QStringLiteral("liu.yang");

// Runs `f` on `object`'s thread and waits for it.
template <typename F> void onThread(QObject *object, F f)
{
    QMetaObject::invokeMethod(object, f, Qt::BlockingQueuedConnection);
}

} // namespace

SoakServices::SoakServices(const QUrl &server, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_dataDir(dataDir)
{
}

SoakServices::~SoakServices()
{
    // The apps' service borrows the organisation's sign-in: it goes first.
    for (QObject *s : {static_cast<QObject *>(m_apps), static_cast<QObject *>(m_org),
                       static_cast<QObject *>(m_seller)})
        if (s)
            onThread(s, [s] { delete s; });
    m_adminThread.quit();
    m_sellerThread.quit();
    m_adminThread.wait();
    m_sellerThread.wait();
}

bool SoakServices::signIn(const QString &account, SignInResult *result, QString *error)
{
    // The sandbox's token endpoint may be faulty too: a person clicks again.
    for (int attempt = 1; attempt <= 10; ++attempt) {
        *error = TestSupport::signIn(m_server, account, result);
        if (error->isEmpty())
            return true;
        note(QStringLiteral("sign-in of %1, attempt %2: %3").arg(account).arg(attempt).arg(*error));
        QTest::qWait(500);
    }
    return false;
}

void SoakServices::note(const QString &message)
{
    if (m_messages.size() < 200)
        m_messages.append(message);
}

bool SoakServices::start(QString *error)
{
    SignInResult admin, seller;
    if (!signIn(kAdmin, &admin, error) || !signIn(kSeller, &seller, error))
        return false;
    m_adminTokens = admin.tokens;
    m_sellerTokens = seller.tokens;
    m_tokenEndpoint = admin.endpoints.token;
    // What each service is given for its account, as AccountServiceOpener gives the CLI's.
    auto config = [this](const SignInResult &signedIn, const QString &folder, const QString &who) {
        AccountServiceConfig c;
        c.server = m_server;
        c.dataDir = m_dataDir + u'/' + folder;
        c.actor = QStringLiteral("soak (%1)").arg(who);
        c.endpoints = signedIn.endpoints;
        c.tokens = signedIn.tokens;
        return c;
    };
    const AccountServiceConfig adminConfig = config(admin, QStringLiteral("admin"), kAdmin);
    m_org = new OrgService(
        TestSupport::serviceConfig(m_server, adminConfig.dataDir, adminConfig.actor, admin));
    m_apps = new AppsService(adminConfig);
    m_seller = new SellerService(config(seller, QStringLiteral("seller"), kSeller));
    m_org->moveToThread(&m_adminThread);
    m_apps->moveToThread(&m_adminThread);
    m_seller->moveToThread(&m_sellerThread);
    relayOrg();
    relayApps();
    relaySeller();
    m_adminThread.start();
    m_sellerThread.start();
    QMetaObject::invokeMethod(m_org, [o = m_org] { o->open(); });
    QMetaObject::invokeMethod(m_apps, [a = m_apps, o = m_org] {
        a->shareSession(o->authSession());
        a->open();
    });
    QMetaObject::invokeMethod(m_seller, [s = m_seller] { s->open(); });
    const int wait = TestSupport::patience(120'000);
    for (auto [name, synced] : {std::pair{"organisation", orgSync(wait)},
                                {"apps", appsSync(wait)},
                                {"Seller Center", sellerSync(wait)}}) {
        if (!m_openProblem.isEmpty()) {
            *error = m_openProblem;
            return false;
        }
        if (!synced || !*synced) {
            *error = QStringLiteral("the first %1 sync %2")
                         .arg(QLatin1String(name), synced ? "failed" : "did not end");
            return false;
        }
    }
    if (!waitForOrgSnapshot(wait) || !m_appsSnapshot || !m_sellerSnapshot) {
        *error = QStringLiteral("no snapshot after the first syncs");
        return false;
    }
    return true;
}

void SoakServices::relayOrg()
{
    connect(m_org, &OrgService::opened, this, [this](bool ok, const QString &m) {
        if (!ok)
            m_openProblem = QStringLiteral("the organisation's files did not open: ") + m;
    });
    connect(m_org, &OrgService::snapshotReady, this, [this](const OrgSnapshotPtr &s) {
        m_orgSnapshot = s;
        ++m_orgSnapshots;
    });
    connect(m_org, &OrgService::syncFinished, this, [this](bool ok, const QString &m) {
        m_orgSyncs.ok = ok;
        ++m_orgSyncs.count;
        if (!ok)
            note(QStringLiteral("organisation sync: ") + m);
    });
    connect(m_org, &OrgService::operationQueued, this,
            [this](quint64 t, qint64 id, MemberAction, int) {
                m_orgOps.ids.insert(t, id);
                m_orgOps.announced.insert(id);
            });
    connect(m_org, &OrgService::operationRefused, this,
            [this](quint64 t, const QString &why) { m_orgOps.refused.insert(t, why); });
    connect(m_org, &OrgService::operationFinished, this, [this](qint64 id, int done, int failed) {
        // Saves end too, but are answered by mutationFinished: kept, they would only pile up.
        if (m_orgOps.announced.remove(id))
            m_orgOps.finished.insert(id, {done, failed});
    });
    connect(m_org, &OrgService::mutationFinished, this,
            [this](quint64 t, bool ok, const QString &m) {
                m_mutations.insert(t, {ok, m});
            });
    connect(m_org, &OrgService::exportFinished, this, [this](quint64 t, bool ok, const QString &m) {
        m_exports.insert(t, {ok, m});
    });
    connect(m_org, &OrgService::failed, this, [this](const QString &m) { note(m); });
    connect(m_org, &OrgService::localWriteFailed, this, [this](const QString &m) { note(m); });
    connect(m_org, &OrgService::tokensChanged, this,
            [this](const TokenSet &t) { m_adminTokens = t; });
    connect(m_org, &OrgService::signInRequired, this, [this](const QString &why) {
        note(QStringLiteral("organisation: sign-in required: ") + why);
        m_adminSignInAsked = true;
    });
}

void SoakServices::relayApps()
{
    connect(m_apps, &AppsService::opened, this, [this](bool ok, const QString &m) {
        if (!ok)
            m_openProblem = QStringLiteral("the apps' files did not open: ") + m;
    });
    connect(m_apps, &AppsService::snapshotReady, this,
            [this](const AppsSnapshotPtr &s) { m_appsSnapshot = s; });
    connect(m_apps, &AppsService::syncFinished, this, [this](bool ok, const QString &m) {
        m_appsSyncs.ok = ok;
        ++m_appsSyncs.count;
        if (!ok)
            note(QStringLiteral("apps sync: ") + m);
    });
    connect(m_apps, &AppsService::operationQueued, this,
            [this](quint64 t, qint64 id, const QString &, int, const QString &problem) {
                if (id) {
                    m_appsOps.ids.insert(t, id);
                    m_appsOps.announced.insert(id);
                } else
                    m_appsOps.refused.insert(t, problem);
            });
    connect(m_apps, &AppsService::operationFinished, this, [this](qint64 id, int done, int failed) {
        if (m_appsOps.announced.remove(id))
            m_appsOps.finished.insert(id, {done, failed});
    });
    connect(m_apps, &AppsService::failed, this, [this](const QString &m) { note(m); });
}

void SoakServices::relaySeller()
{
    connect(m_seller, &SellerService::opened, this, [this](bool ok, const QString &m) {
        if (!ok)
            m_openProblem = QStringLiteral("the Seller Center's files did not open: ") + m;
    });
    connect(m_seller, &SellerService::snapshotReady, this,
            [this](const SellerSnapshotPtr &s) { m_sellerSnapshot = s; });
    connect(m_seller, &SellerService::syncFinished, this, [this](bool ok, const QString &m) {
        m_sellerSyncs.ok = ok;
        ++m_sellerSyncs.count;
        if (!ok)
            note(QStringLiteral("Seller Center sync: ") + m);
    });
    connect(m_seller, &SellerService::changeQueued, this,
            [this](quint64 t, qint64 id, const QString &) { m_sellerOps.insert(t, id); });
    connect(m_seller, &SellerService::changeFinished, this, [this](const SellerOutcome &o) {
        if (o.state == SellerOutcome::State::Kept)
            return; // sent again later: its final outcome follows
        if (o.operationId)
            m_sellerOutcomes.insert(o.operationId, o);
        else
            m_sellerRefusedBeforeQueue.insert(o.ticket, o);
    });
    connect(m_seller, &SellerService::failed, this, [this](const QString &m) { note(m); });
    connect(m_seller, &SellerService::tokensChanged, this,
            [this](const TokenSet &t) { m_sellerTokens = t; });
    connect(m_seller, &SellerService::signInRequired, this, [this](const QString &why) {
        note(QStringLiteral("Seller Center: sign-in required: ") + why);
        m_sellerSignInAsked = true;
    });
}

bool SoakServices::signInAgainIfAsked(QString *error)
{
    if (m_adminSignInAsked) {
        // Cleared first: a request the server refuses during the sign-in asks again.
        m_adminSignInAsked = false;
        SignInResult r;
        if (!signIn(kAdmin, &r, error))
            return false;
        ++m_signInsAgain;
        m_adminTokens = r.tokens;
        QMetaObject::invokeMethod(m_org, [o = m_org, t = r.tokens] { o->setTokens(t); });
        QMetaObject::invokeMethod(m_apps, [a = m_apps] { a->signedInAgain(); });
    }
    if (m_sellerSignInAsked) {
        m_sellerSignInAsked = false;
        SignInResult r;
        if (!signIn(kSeller, &r, error))
            return false;
        ++m_signInsAgain;
        m_sellerTokens = r.tokens;
        QMetaObject::invokeMethod(m_seller, [s = m_seller, t = r.tokens] { s->setTokens(t); });
    }
    return true;
}

bool SoakServices::waitFor(const std::function<bool()> &ready, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!QTest::qWaitFor(ready, int(std::min<qint64>(200, deadline.remainingTime())))) {
        if (deadline.hasExpired())
            return false;
        // A change can wait for a new sign-in (a renewal's answer lost, its token spent).
        if (!signInAgainIfAsked(&m_waitProblem))
            return false;
    }
    return true;
}

std::optional<bool> SoakServices::awaitSync(Syncs &syncs, const std::function<void()> &start,
                                            int timeoutMs)
{
    const int before = syncs.count;
    start();
    if (!waitFor([&] { return syncs.count > before; }, timeoutMs))
        return std::nullopt;
    return syncs.ok;
}

std::optional<bool> SoakServices::orgSync(int timeoutMs)
{
    return awaitSync(
        m_orgSyncs, [s = m_org] { QMetaObject::invokeMethod(s, [s] { s->sync(); }); }, timeoutMs);
}

std::optional<bool> SoakServices::appsSync(int timeoutMs)
{
    return awaitSync(
        m_appsSyncs, [s = m_apps] { QMetaObject::invokeMethod(s, [s] { s->sync(); }); }, timeoutMs);
}

std::optional<bool> SoakServices::sellerSync(int timeoutMs)
{
    return awaitSync(
        m_sellerSyncs, [s = m_seller] { QMetaObject::invokeMethod(s, [s] { s->sync(); }); },
        timeoutMs);
}

std::optional<SoakServices::Finished> SoakServices::awaitOperation(Operations &ops, quint64 ticket,
                                                                   int timeoutMs, QString *refused)
{
    const bool ended = waitFor(
        [&] {
            return ops.refused.contains(ticket) ||
                   (ops.ids.contains(ticket) && ops.finished.contains(ops.ids.value(ticket)));
        },
        timeoutMs);
    if (!ended)
        return std::nullopt;
    // Each answer is read once: the soak's own memory stays flat too.
    *refused = ops.refused.take(ticket);
    const qint64 id = ops.ids.take(ticket);
    Finished f = ops.finished.take(id);
    f.operationId = id;
    return f;
}

std::optional<SoakServices::Finished> SoakServices::orgOperation(quint64 ticket, int timeoutMs,
                                                                 QString *refused)
{
    return awaitOperation(m_orgOps, ticket, timeoutMs, refused);
}

std::optional<SoakServices::Finished> SoakServices::appsOperation(quint64 ticket, int timeoutMs,
                                                                  QString *refused)
{
    return awaitOperation(m_appsOps, ticket, timeoutMs, refused);
}

std::optional<std::pair<bool, QString>> SoakServices::orgMutation(quint64 ticket, int timeoutMs)
{
    if (!waitFor([&] { return m_mutations.contains(ticket); }, timeoutMs))
        return std::nullopt;
    return m_mutations.take(ticket);
}

std::optional<std::pair<bool, QString>> SoakServices::orgExport(quint64 ticket, int timeoutMs)
{
    if (!waitFor([&] { return m_exports.contains(ticket); }, timeoutMs))
        return std::nullopt;
    return m_exports.take(ticket);
}

std::optional<SellerOutcome> SoakServices::sellerChange(quint64 ticket, int timeoutMs)
{
    const bool ended = waitFor(
        [&] {
            return m_sellerRefusedBeforeQueue.contains(ticket) ||
                   (m_sellerOps.contains(ticket) &&
                    m_sellerOutcomes.contains(m_sellerOps.value(ticket)));
        },
        timeoutMs);
    if (!ended)
        return std::nullopt;
    if (m_sellerRefusedBeforeQueue.contains(ticket))
        return m_sellerRefusedBeforeQueue.take(ticket);
    return m_sellerOutcomes.take(m_sellerOps.take(ticket));
}

QList<Outbox::Target> SoakServices::orgResults(qint64 operationId)
{
    QList<Outbox::Target> targets;
    onThread(m_org, [&] { targets = m_org->outbox()->targets(operationId); });
    return targets;
}

QList<Outbox::Target> SoakServices::appsResults(qint64 operationId)
{
    QList<Outbox::Target> targets;
    onThread(m_apps, [&] { targets = m_apps->outbox()->targets(operationId); });
    return targets;
}

int SoakServices::pending()
{
    int n = 0;
    onThread(m_org,
             [&] { n += m_org->outbox()->pendingCount() + m_apps->outbox()->pendingCount(); });
    onThread(m_seller, [&] { n += m_seller->outbox()->pendingCount(); });
    return n;
}

QStringList SoakServices::journalProblems()
{
    QStringList problems;
    auto check = [&problems](const QString &which, AuditJournal *journal) {
        QString error;
        const auto found = journal->verify(&error);
        if (!error.isEmpty())
            problems.append(which + QStringLiteral(": ") + error);
        for (const auto &p : found)
            problems.append(which + QStringLiteral(": entry %1: %2").arg(p.seq).arg(p.message));
    };
    onThread(m_org, [&] { check(QStringLiteral("administrator's journal"), m_org->journal()); });
    onThread(m_seller, [&] { check(QStringLiteral("seller's journal"), m_seller->journal()); });
    return problems;
}

bool SoakServices::waitForOrgSnapshot(int timeoutMs)
{
    const int before = m_orgSnapshots;
    QMetaObject::invokeMethod(m_org, [o = m_org] { o->reloadSnapshot(); });
    return waitFor([&] { return m_orgSnapshots > before; }, timeoutMs);
}
