// AuthorisationDraft: each member's access before and after the edits and the editor's
// preview (who gains access, who loses it, the seats left), on a small organisation by hand
// (data-driven), and on a generated one against a brute-force count that walks each member's
// departments upwards. The organisation is a plain in-memory OrgDirectory.
#include "apps/client/authorisation_draft.h"
#include "apps/client/authorisation_preview_text.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <unordered_map>

namespace {

class TestDirectory : public OrgDirectory
{
public:
    struct Dept
    {
        QString code;
        int parent = -1;
        std::vector<int> children;
    };
    struct Person
    {
        QString userName;
        int dept = -1;
        bool enabled = true;
    };
    int addDept(const QString &code, int parent)
    {
        m_depts.push_back({code, parent, {}});
        const int d = int(m_depts.size()) - 1;
        (parent >= 0 ? m_depts[size_t(parent)].children : m_roots).push_back(d);
        return d;
    }
    void addMember(const QString &userName, int dept, bool enabled = true)
    {
        m_people.push_back({userName, dept, enabled});
    }
    int departmentCount() const override { return int(m_depts.size()); }
    QString departmentCode(int d) const override { return m_depts[size_t(d)].code; }
    QString departmentName(int d) const override { return u"Dept " + m_depts[size_t(d)].code; }
    int departmentParent(int d) const override { return m_depts[size_t(d)].parent; }
    const std::vector<int> &departmentChildren(int d) const override
    {
        return m_depts[size_t(d)].children;
    }
    const std::vector<int> &rootDepartments() const override { return m_roots; }
    int departmentIndex(const QString &code) const override
    {
        for (size_t d = 0; d < m_depts.size(); ++d)
            if (m_depts[d].code == code)
                return int(d);
        return -1;
    }
    int departmentMemberTotal(int d) const override
    {
        int n = 0;
        for (int m = 0; m < memberCount(); ++m)
            n += inSubtree(m, d);
        return n;
    }
    int memberCount() const override { return int(m_people.size()); }
    QString memberUserName(int m) const override { return m_people[size_t(m)].userName; }
    QString memberName(int m) const override { return m_people[size_t(m)].userName.toUpper(); }
    int memberDepartment(int m) const override { return m_people[size_t(m)].dept; }
    bool memberEnabled(int m) const override { return m_people[size_t(m)].enabled; }
    int memberIndex(const QString &userName) const override
    {
        for (size_t m = 0; m < m_people.size(); ++m)
            if (m_people[m].userName == userName)
                return int(m);
        return -1;
    }
    bool inSubtree(int m, int d) const override
    {
        for (int x = m_people[size_t(m)].dept; x >= 0; x = m_depts[size_t(x)].parent)
            if (x == d)
                return true;
        return false;
    }
    void markMatches(const QString &needle, std::vector<std::uint8_t> &marks) const override
    {
        marks.assign(m_people.size(), 0);
        for (size_t m = 0; m < m_people.size(); ++m)
            marks[m] = m_people[m].userName.contains(needle, Qt::CaseInsensitive);
    }
    std::uint32_t memberNameRank(int m) const override { return std::uint32_t(m); }

private:
    std::vector<Dept> m_depts;
    std::vector<int> m_roots;
    std::vector<Person> m_people;
};

AppGrant grant(AppGrant::Kind kind, const QString &id)
{
    AppGrant g;
    g.kind = kind;
    g.id = id;
    return g;
}

SeatHolding seat(const QString &userName, bool seated = true)
{
    return {userName, seated};
}

// D1 ⊃ D2 ⊃ D3, and D4. a by hand in D1; D2 granted (b, g seated); c in D3 excluded; e in D2
// disabled; h in D1, d and f in D4, none of them granted. Group G1 = {d, c}. Two seats free.
struct Fixture
{
    std::shared_ptr<TestDirectory> dir = std::make_shared<TestDirectory>();
    PurchasedApp app;
    QList<AppGrant> grants;
    QList<AppGroup> groups;
    QList<SeatHolding> seats;
    Fixture()
    {
        const int d1 = dir->addDept(QStringLiteral("D1"), -1);
        const int d2 = dir->addDept(QStringLiteral("D2"), d1);
        const int d3 = dir->addDept(QStringLiteral("D3"), d2);
        const int d4 = dir->addDept(QStringLiteral("D4"), -1);
        dir->addMember(QStringLiteral("a"), d1);
        dir->addMember(QStringLiteral("b"), d2);
        dir->addMember(QStringLiteral("c"), d3);
        dir->addMember(QStringLiteral("e"), d2, false);
        dir->addMember(QStringLiteral("g"), d3);
        dir->addMember(QStringLiteral("h"), d1);
        dir->addMember(QStringLiteral("d"), d4);
        dir->addMember(QStringLiteral("f"), d4);
        app.appId = QStringLiteral("app-1");
        app.seatsFree = 2;
        grants = {grant(AppGrant::Kind::Member, QStringLiteral("a")),
                  grant(AppGrant::Kind::Department, QStringLiteral("D2")),
                  grant(AppGrant::Kind::Exclusion, QStringLiteral("c"))};
        AppGroup g;
        g.groupId = QStringLiteral("G1");
        g.name = QStringLiteral("Group one");
        g.userNames = {QStringLiteral("d"), QStringLiteral("c")};
        groups = {g};
        seats = {seat(QStringLiteral("a")), seat(QStringLiteral("b")), seat(QStringLiteral("g"))};
    }
};

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QStringList keys(const QList<AppsChange::Target> &targets)
{
    QStringList out;
    for (const AppsChange::Target &t : targets)
        out << AppGrant::kindName(t.kind) + u':' + t.id;
    return sorted(out);
}

} // namespace

class TestAuthorisationDraft : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accessBeforeAnyEdit();
    void preview_data();
    void preview();
    void revertedDraftHasNoEdits();
    void releasedSeatsGoToTheWaitingFirst();
    void previewText();
    void generatedOrganisationAgainstBruteForce();
};

void TestAuthorisationDraft::accessBeforeAnyEdit()
{
    Fixture f;
    AuthorisationDraft draft(f.dir, f.app, f.grants, f.groups, f.seats);
    using S = AuthorisationDraft::Source;
    auto source = [&](const char *u) { return draft.access(f.dir->memberIndex(u)).source; };
    QCOMPARE(source("a"), S::Manual);
    QCOMPARE(source("b"), S::Department);
    QCOMPARE(source("g"), S::Department); // D3 is under D2
    QCOMPARE(source("c"), S::Excluded);
    QCOMPARE(source("h"), S::None);
    QCOMPARE(source("d"), S::None);
    QCOMPARE(draft.access(f.dir->memberIndex("g")).unit, f.dir->departmentIndex("D2"));
    QCOMPARE(draft.departmentCoveredBy(f.dir->departmentIndex("D3")), f.dir->departmentIndex("D2"));
    QCOMPARE(draft.departmentCoveredBy(f.dir->departmentIndex("D1")), -1);
    QVERIFY(!draft.hasEdits());
    QVERIFY(draft.preview().isEmpty());
    QCOMPARE(draft.preview().freeAfter, 2);
}

void TestAuthorisationDraft::preview_data()
{
    // Edits: "+member:h" ticks, "-department:D2" unticks.
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QStringList>("gaining");
    QTest::addColumn<QStringList>("losing");
    QTest::addColumn<QStringList>("grants");
    QTest::addColumn<QStringList>("revokes");
    QTest::addColumn<int>("freeAfter");
    QTest::addColumn<int>("disabledByHand");
    // The fixture changed first: free seats, grants added to it, members waiting for a seat.
    QTest::addColumn<int>("free");
    QTest::addColumn<QStringList>("alsoGranted");
    QTest::addColumn<QStringList>("waiting");

    QTest::newRow("grant the department above")
        << QStringList{"+department:D1"} << QStringList{"h"} << QStringList{}
        << QStringList{"department:D1"} << QStringList{} << 1 << 0 << 2 << QStringList{}
        << QStringList{};
    QTest::newRow("revoke a department")
        << QStringList{"-department:D2"} << QStringList{} << QStringList{"b", "g"} << QStringList{}
        << QStringList{"department:D2"} << 4 << 0 << 2 << QStringList{} << QStringList{};
    QTest::newRow("revoke it, grant the one above: nobody loses, two seated again")
        << QStringList{"-department:D2", "+department:D1"} << QStringList{"h"} << QStringList{}
        << QStringList{"department:D1"} << QStringList{"department:D2"} << 1 << 0 << 2
        << QStringList{} << QStringList{};
    QTest::newRow("untick a member granted by hand")
        << QStringList{"-member:a"} << QStringList{} << QStringList{"a"} << QStringList{}
        << QStringList{"member:a"} << 3 << 0 << 2 << QStringList{} << QStringList{};
    QTest::newRow("by hand on top of an automatic grant changes no seat")
        << QStringList{"+member:b"} << QStringList{} << QStringList{} << QStringList{"member:b"}
        << QStringList{} << 2 << 0 << 2 << QStringList{} << QStringList{};
    QTest::newRow("a group: the excluded member stays out")
        << QStringList{"+group:G1"} << QStringList{"d"} << QStringList{} << QStringList{"group:G1"}
        << QStringList{} << 1 << 0 << 2 << QStringList{} << QStringList{};
    QTest::newRow("by hand lifts an exclusion")
        << QStringList{"+member:c"} << QStringList{"c"} << QStringList{} << QStringList{"member:c"}
        << QStringList{} << 1 << 0 << 2 << QStringList{} << QStringList{};
    QTest::newRow("a disabled member ticked by hand gets nothing")
        << QStringList{"+member:e"} << QStringList{} << QStringList{} << QStringList{"member:e"}
        << QStringList{} << 2 << 1 << 2 << QStringList{} << QStringList{};
    QTest::newRow("more than the free seats")
        << QStringList{"+group:G1", "+member:f", "+member:h"} << QStringList{"d", "f", "h"}
        << QStringList{} << QStringList{"group:G1", "member:f", "member:h"} << QStringList{} << -1
        << 0 << 2 << QStringList{} << QStringList{};
    QTest::newRow("ticked and unticked again is no change")
        << QStringList{"+member:h", "-member:h"} << QStringList{} << QStringList{} << QStringList{}
        << QStringList{} << 2 << 0 << 2 << QStringList{} << QStringList{};
    // Revokes go first: a grant moved up gives its seats back, the waiting take them, and the
    // new grant needs them again.
    QTest::newRow("a grant moves up with one waiting and no seat free")
        << QStringList{"-department:D2", "+department:D1"} << QStringList{"h"} << QStringList{}
        << QStringList{"department:D1"} << QStringList{"department:D2"} << -2 << 0 << 0
        << QStringList{"group:G1"} << QStringList{"d"};
    QTest::newRow("a waiting member ticked by hand needs a seat")
        << QStringList{"+member:d"} << QStringList{"d"} << QStringList{} << QStringList{"member:d"}
        << QStringList{} << -1 << 0 << 0 << QStringList{"group:G1"} << QStringList{"d"};
    QTest::newRow("a waiting member ticked by hand, a seat freed by a revoke")
        << QStringList{"+member:d", "-member:a"} << QStringList{"d"} << QStringList{"a"}
        << QStringList{"member:d"} << QStringList{"member:a"} << 0 << 0 << 0
        << QStringList{"group:G1"} << QStringList{"d"};
    QTest::newRow("a disabled member waiting takes no freed seat")
        << QStringList{"-member:a"} << QStringList{} << QStringList{"a"} << QStringList{}
        << QStringList{"member:a"} << 1 << 0 << 0 << QStringList{} << QStringList{"e"};
}

void TestAuthorisationDraft::preview()
{
    QFETCH(QStringList, edits);
    QFETCH(QStringList, gaining);
    QFETCH(QStringList, losing);
    QFETCH(QStringList, grants);
    QFETCH(QStringList, revokes);
    QFETCH(int, freeAfter);
    QFETCH(int, disabledByHand);
    QFETCH(int, free);
    QFETCH(QStringList, alsoGranted);
    QFETCH(QStringList, waiting);
    Fixture f;
    f.app.seatsFree = free;
    for (const QString &g : alsoGranted)
        f.grants.append(grant(*AppGrant::kindFromName(g.section(u':', 0, 0)), g.section(u':', 1)));
    for (const QString &u : waiting)
        f.seats.append(seat(u, false));
    AuthorisationDraft draft(f.dir, f.app, f.grants, f.groups, f.seats);
    for (const QString &e : edits) {
        const bool on = e.startsWith(u'+');
        const QString kind = e.mid(1).section(u':', 0, 0);
        const QString id = e.section(u':', 1);
        if (kind == u"member")
            draft.setMemberByHand(f.dir->memberIndex(id), on);
        else if (kind == u"department")
            draft.setDepartmentGranted(f.dir->departmentIndex(id), on);
        else
            draft.setGroupGranted(0, on);
    }
    const AuthorisationDraft::Preview p = draft.preview();
    QCOMPARE(sorted(p.gaining), gaining);
    QCOMPARE(sorted(p.losing), losing);
    QCOMPARE(keys(p.grants), grants);
    QCOMPARE(keys(p.revokes), revokes);
    QCOMPARE(p.freeAfter, freeAfter);
    QCOMPARE(p.shortOfSeats(), freeAfter < 0);
    QCOMPARE(p.disabledByHand, disabledByHand);
    // A member ticked by hand while waiting may get a seat from the queue, not the grant.
    if (waiting.isEmpty())
        QCOMPARE(p.seatsNeeded, int(gaining.size()) + p.seatedAgain);
    else
        QVERIFY(p.seatsNeeded <= int(gaining.size()) + p.seatedAgain);
    QCOMPARE(draft.hasEdits(), !grants.isEmpty() || !revokes.isEmpty());
}

void TestAuthorisationDraft::revertedDraftHasNoEdits()
{
    Fixture f;
    AuthorisationDraft draft(f.dir, f.app, f.grants, f.groups, f.seats);
    draft.setDepartmentGranted(f.dir->departmentIndex("D2"), false);
    draft.setMemberByHand(f.dir->memberIndex("h"), true);
    QVERIFY(draft.hasEdits());
    QCOMPARE(draft.access(f.dir->memberIndex("b")).source, AuthorisationDraft::Source::None);
    draft.revert();
    QVERIFY(!draft.hasEdits());
    QVERIFY(draft.preview().isEmpty());
    QCOMPARE(draft.access(f.dir->memberIndex("b")).source, AuthorisationDraft::Source::Department);
}

void TestAuthorisationDraft::releasedSeatsGoToTheWaitingFirst()
{
    Fixture f;
    f.app.seatsFree = 0;
    f.seats.append(seat(QStringLiteral("d"), false)); // waiting under a group grant
    f.grants.append(grant(AppGrant::Kind::Group, QStringLiteral("G1")));
    AuthorisationDraft draft(f.dir, f.app, f.grants, f.groups, f.seats);
    draft.setDepartmentGranted(f.dir->departmentIndex("D2"), false); // releases b and g
    draft.setMemberByHand(f.dir->memberIndex("h"), true);            // needs one
    const AuthorisationDraft::Preview p = draft.preview();
    QCOMPARE(p.seatsReleased, 2);
    QCOMPARE(p.waitingNow, 1);
    QCOMPARE(p.takenByWaiting, 1);
    QCOMPARE(p.seatsNeeded, 1);
    QCOMPARE(p.freeAfter, 0);
    // Unticking the group too: d no longer waits, so the two seats stay for the grant.
    draft.setGroupGranted(0, false);
    const AuthorisationDraft::Preview q = draft.preview();
    QCOMPARE(sorted(q.losing), (QStringList{"b", "d", "g"}));
    QCOMPARE(q.takenByWaiting, 0);
    QCOMPARE(q.freeAfter, 1);
}

void TestAuthorisationDraft::previewText()
{
    Fixture f;
    AuthorisationDraft draft(f.dir, f.app, f.grants, f.groups, f.seats);
    QVERIFY(AuthorisationPreviewText::blocker(draft.preview()).isEmpty());
    draft.setGroupGranted(0, true);
    draft.setMemberByHand(f.dir->memberIndex("f"), true);
    draft.setMemberByHand(f.dir->memberIndex("h"), true);
    const AuthorisationDraft::Preview p = draft.preview();
    QVERIFY2(AuthorisationPreviewText::blocker(p).contains(u"1 seat"),
             qPrintable(AuthorisationPreviewText::blocker(p)));
    const QString summary = AuthorisationPreviewText::summary(p);
    QVERIFY2(summary.contains(u"3 member(s) gain access") && summary.contains(u"2 now, -1 after"),
             qPrintable(summary));
    const QString text = AuthorisationPreviewText::confirmation(QStringLiteral("Yuntu"), p);
    QVERIFY2(text.contains(u"Gaining access (3): d, f, h"), qPrintable(text));
}

void TestAuthorisationDraft::generatedOrganisationAgainstBruteForce()
{
    QRandomGenerator rng(20261201);
    auto dir = std::make_shared<TestDirectory>();
    for (int d = 0; d < 40; ++d)
        dir->addDept(QStringLiteral("D%1").arg(d), d < 4 ? -1 : int(rng.bounded(d)));
    for (int m = 0; m < 600; ++m)
        dir->addMember(QStringLiteral("u%1").arg(m), int(rng.bounded(40)), rng.bounded(10) > 0);
    PurchasedApp app;
    app.seatsFree = 50;
    QList<AppGroup> groups(3);
    for (int g = 0; g < 3; ++g) {
        groups[g].groupId = QStringLiteral("G%1").arg(g);
        for (int i = 0; i < 40; ++i)
            groups[g].userNames << QStringLiteral("u%1").arg(rng.bounded(600));
    }
    // Any rule for "now" will do, as long as the brute force uses the same sets.
    QSet<int> deptsNow, deptsAfter, groupsNow, groupsAfter;
    QSet<QString> byHandNow, byHandAfter, excluded;
    for (int d = 0; d < 40; ++d) {
        if (rng.bounded(6) == 0)
            deptsNow.insert(d);
        if (rng.bounded(6) == 0)
            deptsAfter.insert(d);
    }
    for (int g = 0; g < 3; ++g) {
        if (rng.bounded(2))
            groupsNow.insert(g);
        if (rng.bounded(2))
            groupsAfter.insert(g);
    }
    for (int m = 0; m < 600; ++m) {
        const QString u = QStringLiteral("u%1").arg(m);
        if (rng.bounded(8) == 0)
            byHandNow.insert(u);
        if (rng.bounded(8) == 0)
            byHandAfter.insert(u);
        if (rng.bounded(25) == 0)
            excluded.insert(u);
    }
    auto has = [&](int m, const QSet<int> &depts, const QSet<int> &grps,
                   const QSet<QString> &hand) {
        const QString u = dir->memberUserName(m);
        if (hand.contains(u))
            return true;
        bool covered = false;
        for (const int d : depts)
            covered = covered || dir->inSubtree(m, d);
        for (const int g : grps)
            covered = covered || groups[g].userNames.contains(u);
        return covered && !excluded.contains(u);
    };
    QList<AppGrant> grants;
    for (const int d : deptsNow)
        grants << grant(AppGrant::Kind::Department, QStringLiteral("D%1").arg(d));
    for (const int g : groupsNow)
        grants << grant(AppGrant::Kind::Group, QStringLiteral("G%1").arg(g));
    for (const QString &u : byHandNow)
        grants << grant(AppGrant::Kind::Member, u);
    for (const QString &u : excluded)
        grants << grant(AppGrant::Kind::Exclusion, u);
    QList<SeatHolding> seats;
    for (int m = 0; m < 600; ++m)
        if (dir->memberEnabled(m) && has(m, deptsNow, groupsNow, byHandNow))
            seats << seat(dir->memberUserName(m));

    AuthorisationDraft draft(dir, app, grants, groups, seats);
    for (int d = 0; d < 40; ++d)
        draft.setDepartmentGranted(d, deptsAfter.contains(d));
    for (int g = 0; g < 3; ++g)
        draft.setGroupGranted(g, groupsAfter.contains(g));
    for (int m = 0; m < 600; ++m)
        draft.setMemberByHand(m, byHandAfter.contains(dir->memberUserName(m)));

    QStringList gaining, losing;
    for (int m = 0; m < 600; ++m) {
        const bool was = has(m, deptsNow, groupsNow, byHandNow);
        const bool will = has(m, deptsAfter, groupsAfter, byHandAfter);
        QCOMPARE(draft.accessNow(m).granted(), was);
        QCOMPARE(draft.access(m).granted(), will);
        if (!was && will && dir->memberEnabled(m))
            gaining << dir->memberUserName(m);
        if (was && !will && dir->memberEnabled(m))
            losing << dir->memberUserName(m);
    }
    const AuthorisationDraft::Preview p = draft.preview();
    QVERIFY(!gaining.isEmpty() && !losing.isEmpty()); // the data exercises both
    QCOMPARE(sorted(p.gaining), sorted(gaining));
    QCOMPARE(sorted(p.losing), sorted(losing));
    QCOMPARE(p.freeAfter, 50 + int(losing.size()) - int(gaining.size()));
}

QTEST_GUILESS_MAIN(TestAuthorisationDraft)
#include "tst_authorisation_draft.moc"
