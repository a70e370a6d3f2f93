// The sandbox's apps and authorisations follow docs/api.md ("Apps and authorisations") and
// the Buyer Center's rules (protocol reference §9): listings paged by cursor and incremental by
// change token; every refusal with its code and field; automatic grants by department and
// group that reach members added later; seats never over-assigned; reclaim; roles; the shared
// pipeline's idempotency and faults. Over real loopback HTTP.
#include "sandbox/sandbox_caller.h"
#include "sandbox/sandbox_host.h"
#include "support/sandbox_fixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <functional>

namespace {

const QString kAdmin = QStringLiteral("admin");

QStringList namesOf(const QList<QJsonObject> &items, const char *key = "userName")
{
    QStringList out;
    for (const QJsonObject &o : items)
        out << o.value(QLatin1String(key)).toString();
    return out;
}

qsizetype distinct(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend()).size();
}

} // namespace

class TestSandboxApps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listingsArePagedByCursor();
    void refusals_data();
    void refusals();
    void perTargetRefusals_data();
    void perTargetRefusals();
    void seatsAreNeverOverAssigned();
    void automaticGrantReachesLaterMembers();
    void groupGrantReachesLaterMembers();
    void revokeAndReclaim();
    void incrementalSyncReturnsOnlyChanges();
    void enableDisableWithVersions();
    void rolesAreChecked_data();
    void rolesAreChecked();
    void replayReturnsTheFirstAnswer();
    void faultsReachTheNewRoutes();

private:
    QList<QJsonObject> apps() { return m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps")); }
    QJsonObject appById(const QString &appId);
    // The n-th app that takes grants (agreement accepted, login address set), with at least
    // `free` seats free: hand-made grants are reclaimed to make room.
    QJsonObject grantable(int n, int free);
    QList<QJsonObject> seats(const QString &appId, QString *token = nullptr);
    // An enabled member who holds no seat of the app.
    QString memberWithoutSeat(const QString &appId, bool enabled = true);
    QString newDepartment();
    QString newMember(const QString &orgCode);
    QString path(const QString &appId, const char *verb) const
    {
        return QStringLiteral("/api/v1/apps/%1/%2").arg(appId, QLatin1String(verb));
    }

    SandboxHost m_host;
    SandboxCaller m_api;
    QList<QJsonObject> m_members; // the organisation as seeded
    int m_made = 0;
};

void TestSandboxApps::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 400;
    o.seed.departments = 30;
    o.apps = 12;
    o.today = QDate(2026, 6, 30);
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    m_api.setServer(m_host.url());
    for (const auto &[who, account] :
         {std::pair{"admin", "zhang.min"}, {"member", "wang.fang"}, {"seller", "liu.yang"}})
        QCOMPARE(m_api.signIn(QString::fromLatin1(who), QString::fromLatin1(account)), QString());
    m_members = m_api.listAll(kAdmin, QStringLiteral("/api/v1/org/members"));
    QCOMPARE(m_members.size(), 400);
}

void TestSandboxApps::cleanup()
{
    TestSupport::setFaults(m_host.url(), {});
}

QJsonObject TestSandboxApps::appById(const QString &appId)
{
    return m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps/") + appId)
        .json.value(u"app")
        .toObject();
}

QList<QJsonObject> TestSandboxApps::seats(const QString &appId, QString *token)
{
    return m_api.listAll(kAdmin, path(appId, "seats"), 500, token);
}

QJsonObject TestSandboxApps::grantable(int n, int free)
{
    QList<QJsonObject> candidates;
    for (const QJsonObject &a : apps())
        if (a.value(u"agreementAccepted").toBool() && a.value(u"loginDomainSet").toBool())
            candidates.append(a);
    // In a fixed order: listings come in the order apps last changed.
    std::sort(candidates.begin(), candidates.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"appId").toString() < b.value(u"appId").toString();
    });
    if (n >= candidates.size())
        return {};
    const QString appId = candidates.at(n).value(u"appId").toString();
    const int missing = free - candidates.at(n).value(u"seatsFree").toInt();
    if (missing > 0) {
        QJsonArray reclaim;
        for (const QJsonObject &s : seats(appId))
            if (s.value(u"source").toString() == u"manual" && reclaim.size() < missing)
                reclaim.append(s.value(u"userName"));
        m_api.call(kAdmin, "POST", path(appId, "reclaim"),
                   {{QStringLiteral("userNames"), reclaim}});
    }
    return appById(appId);
}

QString TestSandboxApps::memberWithoutSeat(const QString &appId, bool enabled)
{
    const QStringList holding = namesOf(seats(appId));
    for (const QJsonObject &m : m_members)
        if (m.value(u"enabled").toBool() == enabled &&
            !holding.contains(m.value(u"userName").toString()))
            return m.value(u"userName").toString();
    return {};
}

QString TestSandboxApps::newDepartment()
{
    const QString code = QStringLiteral("DT%1").arg(++m_made, 4, 10, QLatin1Char('0'));
    const RouteAnswer a = m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/org/departments"),
                                     {{QStringLiteral("orgCode"), code},
                                      {QStringLiteral("orgName"), QStringLiteral("测试部 Test")},
                                      {QStringLiteral("parentCode"), QStringLiteral("D00000")}});
    return a.status == 200 ? code : QString();
}

QString TestSandboxApps::newMember(const QString &orgCode)
{
    const QString name = QStringLiteral("later.joiner%1").arg(++m_made);
    const RouteAnswer a = m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/org/members"),
                                     {{QStringLiteral("userName"), name},
                                      {QStringLiteral("name"), QStringLiteral("新同事")},
                                      {QStringLiteral("email"), QString(name + u"@example.com")},
                                      {QStringLiteral("orgCode"), orgCode},
                                      {QStringLiteral("role"), QStringLiteral("user")}});
    if (a.status != 200)
        qWarning() << "adding a member failed:" << a.body;
    return a.status == 200 ? name : QString();
}

void TestSandboxApps::listingsArePagedByCursor()
{
    const RouteAnswer first = m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps?limit=5"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"items").toArray().size(), 5);
    QCOMPARE(first.json.value(u"remaining").toInt(), 7);
    QVERIFY(!first.json.value(u"nextCursor").toString().isEmpty());
    const QList<QJsonObject> all = m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps"), 5);
    QCOMPARE(all.size(), 12);
    QCOMPARE(distinct(namesOf(all, "appId")), 12);
    // What the issue asks each app to carry, and the seed's variety.
    int noAgreement = 0, noLogin = 0, disabled = 0;
    for (const QJsonObject &a : all) {
        for (const char *key :
             {"appId", "name", "seller", "edition", "instanceId", "orderId", "seatsBought",
              "seatsAssigned", "seatsFree", "periodStart", "periodEnd", "enabled", "loginDomainSet",
              "agreementAccepted", "version"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        QVERIFY(a.value(u"seatsAssigned").toInt() <= a.value(u"seatsBought").toInt());
        noAgreement += !a.value(u"agreementAccepted").toBool();
        noLogin += !a.value(u"loginDomainSet").toBool();
        disabled += !a.value(u"enabled").toBool();
    }
    QVERIFY(noAgreement > 0 && noLogin > 0 && disabled > 0);
    // Seats of the biggest app, in pages of 50, none twice; some never used, some disabled.
    QJsonObject biggest;
    for (const QJsonObject &a : all)
        if (a.value(u"seatsAssigned").toInt() > biggest.value(u"seatsAssigned").toInt())
            biggest = a;
    const QList<QJsonObject> held =
        m_api.listAll(kAdmin, path(biggest.value(u"appId").toString(), "seats"), 50);
    QCOMPARE(held.size(),
             biggest.value(u"seatsAssigned").toInt() + biggest.value(u"seatsWaiting").toInt());
    QCOMPARE(distinct(namesOf(held)), held.size());
    int never = 0, automatic = 0;
    for (const QJsonObject &s : held) {
        never += s.value(u"lastUsedAt").isNull();
        automatic += s.value(u"automatic").toBool();
    }
    QVERIFY(never > 0 && never < held.size());
    QVERIFY2(automatic > held.size() / 2,
             qPrintable(QStringLiteral("%1 of %2 automatic").arg(automatic).arg(held.size())));
    const RouteAnswer bad = m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps?limit=0"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.field(), QStringLiteral("limit"));
    const RouteAnswer foreign =
        m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps?since=zzz:1"));
    QCOMPARE(foreign.status, 410);
    QCOMPARE(foreign.code(), QStringLiteral("010011"));
}

void TestSandboxApps::refusals_data()
{
    QTest::addColumn<QString>("which"); // the app: noAgreement, noLogin, grantable, missing
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    const QByteArray one = R"({"userNames": ["MEMBER"]})";
    QTest::newRow("agreement not accepted")
        << "noAgreement" << QByteArray("grant") << one << 422 << "030002"
        << "agreementAccepted"
        << "协议许可";
    QTest::newRow("login address not set")
        << "noLogin" << QByteArray("grant") << one << 422 << "030003"
        << "loginDomainSet"
        << "contact the seller";
    QTest::newRow("no such app") << "missing" << QByteArray("grant") << one << 404 << "030001"
                                 << ""
                                 << "does not exist";
    QTest::newRow("unknown field") << "grantable" << QByteArray("grant")
                                   << QByteArray(R"({"usernames": ["MEMBER"]})") << 400 << "000002"
                                   << "usernames"
                                   << "not a field";
    QTest::newRow("not an array") << "grantable" << QByteArray("grant")
                                  << QByteArray(R"({"userNames": "MEMBER"})") << 400 << "000002"
                                  << "userNames"
                                  << "array";
    QTest::newRow("empty name") << "grantable" << QByteArray("revoke")
                                << QByteArray(R"({"departments": ["D00001", ""]})") << 400
                                << "000002"
                                << "departments[1]"
                                << "non-empty";
    QTest::newRow("no target") << "grantable" << QByteArray("grant") << QByteArray("{}") << 400
                               << "000002"
                               << "userNames"
                               << "between 1 and 500";
    QTest::newRow("reclaim takes members only")
        << "grantable" << QByteArray("reclaim") << QByteArray(R"({"groups": ["G0001"]})") << 400
        << "000002"
        << "groups"
        << "not a field";
    QTest::newRow("agreement withdrawn") << "grantable" << QByteArray("agreement")
                                         << QByteArray(R"({"accepted": false})") << 400 << "000002"
                                         << "accepted"
                                         << "never withdrawn";
    QTest::newRow("malformed JSON")
        << "grantable" << QByteArray("grant") << QByteArray(R"({"userNames": [)") << 400 << "000002"
        << ""
        << "not valid JSON";
    QTest::newRow("JSON not an object")
        << "grantable" << QByteArray("grant") << QByteArray(R"(["MEMBER"])") << 400 << "000002"
        << ""
        << "must be a JSON object";
}

void TestSandboxApps::refusals()
{
    QFETCH(QString, which);
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, says);
    QJsonObject a;
    if (which == u"noAgreement")
        for (const QJsonObject &x : apps())
            if (!x.value(u"agreementAccepted").toBool() && x.value(u"loginDomainSet").toBool())
                a = x;
    if (which == u"noLogin")
        for (const QJsonObject &x : apps())
            if (x.value(u"agreementAccepted").toBool() && !x.value(u"loginDomainSet").toBool())
                a = x;
    if (which == u"grantable")
        a = grantable(1, 0);
    const QString appId =
        which == u"missing" ? QStringLiteral("app-000000000000") : a.value(u"appId").toString();
    QVERIFY(!appId.isEmpty());
    const QString member = memberWithoutSeat(appId);
    body.replace("MEMBER", member.toUtf8());
    const RouteAnswer answer = m_api.call(
        kAdmin, "POST", QStringLiteral("/api/v1/apps/%1/%2").arg(appId, QString::fromLatin1(verb)),
        {}, {}, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.field(), field);
    QVERIFY2(answer.message().contains(says), qPrintable(answer.message()));
    if (!field.isEmpty())
        QVERIFY2(answer.message().startsWith(field + u':'), qPrintable(answer.message()));
    // Nothing was granted.
    if (which != u"missing")
        QVERIFY(!namesOf(seats(appId)).contains(member));
}

void TestSandboxApps::perTargetRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("disabled member") << "userNames"
                                     << "DISABLED"
                                     << "030005"
                                     << "disabled";
    QTest::newRow("unknown member") << "userNames"
                                    << "no.such.member"
                                    << "010001"
                                    << "does not exist";
    QTest::newRow("unknown department") << "departments"
                                        << "DX9999"
                                        << "010002"
                                        << "does not exist";
    QTest::newRow("unknown group") << "groups"
                                   << "G9999"
                                   << "030007"
                                   << "does not exist";
}

void TestSandboxApps::perTargetRefusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QJsonObject a = grantable(1, 1);
    const QString appId = a.value(u"appId").toString();
    if (id == u"DISABLED")
        id = memberWithoutSeat(appId, false);
    QVERIFY(!id.isEmpty());
    const QString fine = memberWithoutSeat(appId);
    // The refused target beside one that is granted: one result each, in the order asked.
    const RouteAnswer answer = m_api.call(
        kAdmin, "POST", path(appId, "grant"),
        {{kind, QJsonArray{id}},
         {kind == u"userNames" ? QStringLiteral("departments") : QStringLiteral("userNames"),
          kind == u"userNames" ? QJsonArray{} : QJsonArray{fine}}});
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.json.value(u"results").toArray();
    QCOMPARE(results.size(), kind == u"userNames" ? 1 : 2);
    const QJsonObject refused = results.at(kind == u"userNames" ? 0 : 1).toObject();
    QCOMPARE(refused.value(u"id").toString(), id);
    QCOMPARE(refused.value(u"resultCode").toString(), code);
    QVERIFY2(refused.value(u"resultMsg").toString().contains(says),
             qPrintable(refused.value(u"resultMsg").toString()));
    QVERIFY(!namesOf(seats(appId)).contains(id));
    if (kind != u"userNames") {
        QCOMPARE(results.at(0).toObject().value(u"resultCode").toString(),
                 QStringLiteral("000000"));
        QVERIFY(namesOf(seats(appId)).contains(fine));
    }
}

void TestSandboxApps::seatsAreNeverOverAssigned()
{
    const QJsonObject a = grantable(2, 1);
    const QString appId = a.value(u"appId").toString();
    const int free = a.value(u"seatsFree").toInt();
    // A whole division (an eighth of the members) does not fit in a few free seats.
    const RouteAnswer answer = m_api.call(kAdmin, "POST", path(appId, "grant"),
                                          {{QStringLiteral("departments"), QJsonArray{"D00001"}}});
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.code(), QStringLiteral("030004"));
    QCOMPARE(answer.field(), QStringLiteral("seats"));
    QCOMPARE(answer.json.value(u"seatsFree").toInt(), free);
    QVERIFY(answer.json.value(u"seatsNeeded").toInt() > free);
    QVERIFY2(answer.message().contains(QStringLiteral("%1 of the").arg(free)),
             qPrintable(answer.message()));
    const QJsonObject after = appById(appId);
    QCOMPARE(after.value(u"seatsAssigned"), a.value(u"seatsAssigned"));
    QCOMPARE(after.value(u"version"), a.value(u"version"));
    // Exactly the free seats fit; one more does not.
    QJsonArray names;
    const QStringList holding = namesOf(seats(appId));
    for (const QJsonObject &m : m_members)
        if (m.value(u"enabled").toBool() && names.size() <= free &&
            !holding.contains(m.value(u"userName").toString()))
            names.append(m.value(u"userName"));
    QCOMPARE(names.size(), free + 1);
    QCOMPARE(
        m_api.call(kAdmin, "POST", path(appId, "grant"), {{QStringLiteral("userNames"), names}})
            .code(),
        QStringLiteral("030004"));
    const QJsonValue extra = names.last();
    names.removeLast();
    const RouteAnswer fits =
        m_api.call(kAdmin, "POST", path(appId, "grant"), {{QStringLiteral("userNames"), names}});
    QCOMPARE(fits.status, 200);
    const QJsonObject full = fits.json.value(u"app").toObject();
    QCOMPARE(full.value(u"seatsFree").toInt(), 0);
    // The enterprise buys one more seat (/_sandbox/apps "seats"): the last member fits now.
    // Fewer seats than are held is refused.
    const QUrl settings = m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/apps")));
    const int held = full.value(u"seatsAssigned").toInt();
    int status = 0;
    const QJsonObject tooFew = TestSupport::httpJson(
        settings, "POST",
        {{QStringLiteral("seats"),
          QJsonObject{{QStringLiteral("tenant"), QStringLiteral("huadong-tech")},
                      {QStringLiteral("appId"), appId},
                      {QStringLiteral("bought"), held - 1}}}},
        &status);
    QCOMPARE(status, 400);
    QVERIFY2(tooFew.value(u"resultMsg").toString().startsWith(u"bought:"),
             qPrintable(tooFew.value(u"resultMsg").toString()));
    const QJsonObject bought = TestSupport::httpJson(
        settings, "POST",
        {{QStringLiteral("seats"),
          QJsonObject{{QStringLiteral("tenant"), QStringLiteral("huadong-tech")},
                      {QStringLiteral("appId"), appId},
                      {QStringLiteral("bought"), held + 1}}}},
        &status);
    QCOMPARE(status, 200);
    QCOMPARE(bought.value(u"app").toObject().value(u"seatsFree").toInt(), 1);
    QCOMPARE(appById(appId).value(u"seatsBought").toInt(), held + 1);
    QCOMPARE(m_api
                 .call(kAdmin, "POST", path(appId, "grant"),
                       {{QStringLiteral("userNames"), QJsonArray{extra}}})
                 .code(),
             QStringLiteral("000000"));
}

void TestSandboxApps::automaticGrantReachesLaterMembers()
{
    const QString appId = grantable(3, 3).value(u"appId").toString();
    const QString dept = newDepartment();
    QVERIFY(!dept.isEmpty());
    const QString first = newMember(dept);
    QVERIFY(!first.isEmpty());
    const RouteAnswer granted = m_api.call(kAdmin, "POST", path(appId, "grant"),
                                           {{QStringLiteral("departments"), QJsonArray{dept}}});
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.json.value(u"results").toArray().at(0).toObject().value(u"seats").toInt(), 1);
    QString token;
    QJsonObject seat;
    for (const QJsonObject &s : seats(appId, &token))
        if (s.value(u"userName").toString() == first)
            seat = s;
    QCOMPARE(seat.value(u"source").toString(), QStringLiteral("department"));
    QCOMPARE(seat.value(u"sourceId").toString(), dept);
    QVERIFY(seat.value(u"automatic").toBool());
    const QList<QJsonObject> grants = m_api.listAll(kAdmin, path(appId, "grants"));
    QVERIFY(namesOf(grants, "key").contains(u"department:" + dept));
    // A member who joins the department afterwards is granted too: the listing since the
    // token has them, and only them.
    const QString later = newMember(dept);
    const RouteAnswer since = m_api.call(kAdmin, "GET", path(appId, "seats") + u"?since=" + token);
    QCOMPARE(since.status, 200);
    const QJsonArray items = since.json.value(u"items").toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(u"userName").toString(), later);
    QCOMPARE(items.at(0).toObject().value(u"sourceId").toString(), dept);
    QVERIFY(items.at(0).toObject().value(u"seated").toBool());
    // Disabled, the member keeps the seat until it is reclaimed; moved out, loses it.
    token = since.json.value(u"changeToken").toString();
    QCOMPARE(m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/org/members/%1/disable").arg(later))
                 .status,
             200);
    RouteAnswer next = m_api.call(kAdmin, "GET", path(appId, "seats") + u"?since=" + token);
    QCOMPARE(next.json.value(u"items").toArray().size(), 1);
    QCOMPARE(next.json.value(u"items").toArray().at(0).toObject().value(u"memberState").toString(),
             QStringLiteral("disabled"));
    QVERIFY(next.json.value(u"items").toArray().at(0).toObject().value(u"seated").toBool());
    token = next.json.value(u"changeToken").toString();
    QJsonObject moved = m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/org/members/") + first)
                            .json.value(u"member")
                            .toObject();
    moved.insert(QStringLiteral("orgCode"), QStringLiteral("D00001"));
    QCOMPARE(
        m_api.call(kAdmin, "PUT", QStringLiteral("/api/v1/org/members/") + first, moved).status,
        200);
    next = m_api.call(kAdmin, "GET", path(appId, "seats") + u"?since=" + token);
    QCOMPARE(next.json.value(u"deleted").toArray(), QJsonArray{first});
}

void TestSandboxApps::groupGrantReachesLaterMembers()
{
    const QString appId = grantable(4, 2).value(u"appId").toString();
    const RouteAnswer made =
        m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/groups"),
                   {{QStringLiteral("name"), QStringLiteral("虚拟组 Task force")}});
    QCOMPARE(made.status, 200);
    const QString group = made.json.value(u"group").toObject().value(u"groupId").toString();
    const RouteAnswer granted = m_api.call(kAdmin, "POST", path(appId, "grant"),
                                           {{QStringLiteral("groups"), QJsonArray{group}}});
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.json.value(u"results").toArray().at(0).toObject().value(u"seats").toInt(), 0);
    const QString member = memberWithoutSeat(appId);
    const RouteAnswer added =
        m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/groups/%1/members").arg(group),
                   {{QStringLiteral("add"), QJsonArray{member, "no.such.member"}}});
    QCOMPARE(added.status, 200);
    QCOMPARE(
        added.json.value(u"results").toArray().at(1).toObject().value(u"resultCode").toString(),
        QStringLiteral("010001"));
    QCOMPARE(added.json.value(u"group").toObject().value(u"userNames").toArray(),
             QJsonArray{member});
    QJsonObject seat;
    for (const QJsonObject &s : seats(appId))
        if (s.value(u"userName").toString() == member)
            seat = s;
    QCOMPARE(seat.value(u"source").toString(), QStringLiteral("group"));
    QCOMPARE(seat.value(u"sourceId").toString(), group);
    // Out of the group, out of the app.
    QCOMPARE(m_api
                 .call(kAdmin, "POST", QStringLiteral("/api/v1/groups/%1/members").arg(group),
                       {{QStringLiteral("remove"), QJsonArray{member}}})
                 .status,
             200);
    QVERIFY(!namesOf(seats(appId)).contains(member));
}

void TestSandboxApps::revokeAndReclaim()
{
    QJsonObject biggest;
    for (const QJsonObject &a : apps())
        if (a.value(u"seatsAssigned").toInt() > biggest.value(u"seatsAssigned").toInt())
            biggest = a;
    const QString appId = biggest.value(u"appId").toString();
    QString automatic, disabled;
    for (const QJsonObject &s : seats(appId)) {
        if (s.value(u"automatic").toBool() && automatic.isEmpty())
            automatic = s.value(u"userName").toString();
        if (s.value(u"source").toString() == u"manual" &&
            s.value(u"memberState").toString() == u"disabled")
            disabled = s.value(u"userName").toString();
    }
    QVERIFY(!automatic.isEmpty() && !disabled.isEmpty());
    // Not on the list by hand: a revoke is refused with the reason, a reclaim frees the seat.
    RouteAnswer a = m_api.call(kAdmin, "POST", path(appId, "revoke"),
                               {{QStringLiteral("userNames"), QJsonArray{automatic}}});
    QCOMPARE(a.status, 200);
    const QJsonObject refused = a.json.value(u"results").toArray().at(0).toObject();
    QCOMPARE(refused.value(u"resultCode").toString(), QStringLiteral("030006"));
    QVERIFY(refused.value(u"resultMsg").toString().contains(u"reclaim"));
    a = m_api.call(kAdmin, "POST", path(appId, "reclaim"),
                   {{QStringLiteral("userNames"), QJsonArray{automatic, disabled, "never.held"}}});
    QCOMPARE(a.status, 200);
    const QJsonArray results = a.json.value(u"results").toArray();
    QCOMPARE(results.at(0).toObject().value(u"resultMsg").toString(),
             QStringLiteral("reclaimed (enabled member)"));
    QCOMPARE(results.at(1).toObject().value(u"resultMsg").toString(),
             QStringLiteral("reclaimed (disabled member)"));
    QCOMPARE(results.at(2).toObject().value(u"resultMsg").toString(),
             QStringLiteral("holds no seat"));
    QCOMPARE(a.json.value(u"app").toObject().value(u"seatsAssigned").toInt(),
             biggest.value(u"seatsAssigned").toInt() - 2);
    const QStringList holders = namesOf(seats(appId));
    QVERIFY(!holders.contains(automatic) && !holders.contains(disabled));
    // The automatic grant does not give the seat back; a grant by hand does.
    QVERIFY(namesOf(m_api.listAll(kAdmin, path(appId, "grants")), "key")
                .contains(u"exclusion:" + automatic));
    a = m_api.call(kAdmin, "POST", path(appId, "grant"),
                   {{QStringLiteral("userNames"), QJsonArray{automatic}}});
    QCOMPARE(a.json.value(u"results").toArray().at(0).toObject().value(u"resultCode").toString(),
             QStringLiteral("000000"));
    QVERIFY(!namesOf(m_api.listAll(kAdmin, path(appId, "grants")), "key")
                 .contains(u"exclusion:" + automatic));
}

void TestSandboxApps::incrementalSyncReturnsOnlyChanges()
{
    const QString appId = grantable(5, 1).value(u"appId").toString();
    QString seatToken, grantToken, appToken;
    seats(appId, &seatToken);
    m_api.listAll(kAdmin, path(appId, "grants"), 500, &grantToken);
    m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps"), 500, &appToken);
    const QString member = memberWithoutSeat(appId);
    QCOMPARE(m_api
                 .call(kAdmin, "POST", path(appId, "grant"),
                       {{QStringLiteral("userNames"), QJsonArray{member}}})
                 .status,
             200);
    RouteAnswer s = m_api.call(kAdmin, "GET", path(appId, "seats") + u"?since=" + seatToken);
    QCOMPARE(namesOf({s.json.value(u"items").toArray().at(0).toObject()}), QStringList{member});
    QCOMPARE(s.json.value(u"items").toArray().size(), 1);
    QVERIFY(s.json.value(u"deleted").toArray().isEmpty());
    const RouteAnswer g =
        m_api.call(kAdmin, "GET", path(appId, "grants") + u"?since=" + grantToken);
    QCOMPARE(g.json.value(u"items").toArray().size(), 1);
    QCOMPARE(g.json.value(u"items").toArray().at(0).toObject().value(u"key").toString(),
             u"member:" + member);
    const RouteAnswer listed =
        m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps?since=") + appToken);
    QCOMPARE(listed.json.value(u"items").toArray().size(), 1);
    QCOMPARE(listed.json.value(u"items").toArray().at(0).toObject().value(u"appId").toString(),
             appId);
    seatToken = s.json.value(u"changeToken").toString();
    QCOMPARE(m_api
                 .call(kAdmin, "POST", path(appId, "revoke"),
                       {{QStringLiteral("userNames"), QJsonArray{member}}})
                 .status,
             200);
    s = m_api.call(kAdmin, "GET", path(appId, "seats") + u"?since=" + seatToken);
    QVERIFY(s.json.value(u"items").toArray().isEmpty());
    QCOMPARE(s.json.value(u"deleted").toArray(), QJsonArray{member});
    // Nothing changed: nothing listed, the token stays.
    const QString token = s.json.value(u"changeToken").toString();
    s = m_api.call(kAdmin, "GET", path(appId, "seats") + u"?since=" + token);
    QVERIFY(s.json.value(u"items").toArray().isEmpty() &&
            s.json.value(u"deleted").toArray().isEmpty());
    QCOMPARE(s.json.value(u"changeToken").toString(), token);
}

void TestSandboxApps::enableDisableWithVersions()
{
    const QJsonObject a = grantable(6, 0);
    const QString appId = a.value(u"appId").toString();
    const double v = a.value(u"version").toDouble();
    RouteAnswer r =
        m_api.call(kAdmin, "POST", path(appId, "disable"), {{QStringLiteral("version"), v}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"app").toObject().value(u"enabled").toBool(), false);
    QCOMPARE(r.json.value(u"app").toObject().value(u"version").toDouble(), v + 1);
    r = m_api.call(kAdmin, "POST", path(appId, "disable"));
    QCOMPARE(r.message(), QStringLiteral("already disabled"));
    r = m_api.call(kAdmin, "POST", path(appId, "enable"), {{QStringLiteral("version"), v}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), QStringLiteral("010003"));
    QCOMPARE(r.json.value(u"current").toObject().value(u"version").toDouble(), v + 1);
    QCOMPARE(m_api.call(kAdmin, "POST", path(appId, "enable"))
                 .json.value(u"app")
                 .toObject()
                 .value(u"enabled"),
             QJsonValue(true));
}

void TestSandboxApps::rolesAreChecked_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("member reads apps") << "member" << QByteArray("GET") << "/api/v1/apps" << 200;
    QTest::newRow("member reads groups")
        << "member" << QByteArray("GET") << "/api/v1/groups" << 200;
    QTest::newRow("member grants") << "member" << QByteArray("POST") << "APP/grant" << 403;
    QTest::newRow("member disables") << "member" << QByteArray("POST") << "APP/disable" << 403;
    QTest::newRow("member makes a group")
        << "member" << QByteArray("POST") << "/api/v1/groups" << 403;
    QTest::newRow("seller reads apps") << "seller" << QByteArray("GET") << "/api/v1/apps" << 403;
    QTest::newRow("no bearer") << "" << QByteArray("GET") << "/api/v1/apps" << 401;
}

void TestSandboxApps::rolesAreChecked()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    path.replace(QStringLiteral("APP"),
                 u"/api/v1/apps/" + apps().first().value(u"appId").toString());
    const RouteAnswer a =
        m_api.call(who, method, path, {{QStringLiteral("userNames"), QJsonArray{"x.y"}}});
    QCOMPARE(a.status, status);
    if (status == 403) {
        QCOMPARE(a.code(), QStringLiteral("010012"));
        QVERIFY(a.message().contains(who == u"member" ? u"only administrators" : u"seller"));
    }
}

void TestSandboxApps::replayReturnsTheFirstAnswer()
{
    const QString appId = grantable(7, 1).value(u"appId").toString();
    const QString member = memberWithoutSeat(appId);
    const QJsonObject body{{QStringLiteral("userNames"), QJsonArray{member}}};
    const RouteAnswer first = m_api.call(kAdmin, "POST", path(appId, "grant"), body, "grant-once");
    QCOMPARE(first.status, 200);
    const qint64 applied = TestSupport::stats(m_host.url()).value(u"appliedChanges").toInteger();
    const RouteAnswer again = m_api.call(kAdmin, "POST", path(appId, "grant"), body, "grant-once");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.headers.value("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json, first.json);
    QCOMPARE(TestSupport::stats(m_host.url()).value(u"appliedChanges").toInteger(), applied);
    const RouteAnswer other = m_api.call(kAdmin, "POST", path(appId, "revoke"), body, "grant-once");
    QCOMPARE(other.status, 422);
    QCOMPARE(other.code(), QStringLiteral("010008"));
    const RouteAnswer keyless = m_api.call(kAdmin, "POST", path(appId, "grant"), body, "none");
    QCOMPARE(keyless.status, 400);
    QVERIFY(keyless.message().contains(u"Idempotency-Key"));
}

void TestSandboxApps::faultsReachTheNewRoutes()
{
    const QUrl url = m_host.url();
    TestSupport::setFaults(url, {{QStringLiteral("script"), QJsonArray{"503"}},
                                 {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/apps")}});
    RouteAnswer a = m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps"));
    QCOMPARE(a.status, 503);
    QCOMPARE(a.code(), QStringLiteral("010010"));
    QVERIFY(a.headers.contains("Retry-After"));
    QCOMPARE(m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps")).status, 200);
    TestSupport::setFaults(url, {{QStringLiteral("script"), QJsonArray{"500"}},
                                 {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/groups")}});
    QCOMPARE(m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/groups")).status, 500);
    // A grant whose answer is lost after it was made: the same key answers it again, and the
    // member holds one seat — exactly once.
    const QString appId = grantable(8, 1).value(u"appId").toString();
    const QString member = memberWithoutSeat(appId);
    const QJsonObject body{{QStringLiteral("userNames"), QJsonArray{member}}};
    // (Not "drop": QNetworkAccessManager sends the request again by itself then.)
    TestSupport::setFaults(url, {{QStringLiteral("script"), QJsonArray{"malformed"}},
                                 {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/apps/")}});
    a = m_api.call(kAdmin, "POST", path(appId, "grant"), body, "lost-answer");
    QVERIFY2(a.json.isEmpty(), a.body.constData());
    TestSupport::setFaults(url, {});
    a = m_api.call(kAdmin, "POST", path(appId, "grant"), body, "lost-answer");
    QCOMPARE(a.status, 200);
    QCOMPARE(a.headers.value("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(a.json.value(u"results").toArray().at(0).toObject().value(u"resultMsg").toString(),
             QStringLiteral("granted"));
    QCOMPARE(namesOf(seats(appId)).count(member), 1);
}

QTEST_GUILESS_MAIN(TestSandboxApps)
#include "tst_sandbox_apps.moc"
