#include "sandbox/apps/apps_seed.h"

#include "sandbox/apps/apps_store.h"
#include "sandbox/apps/org_view.h"
#include "sandbox/apps/seat_book.h"
#include "sandbox/apps/seat_reconciler.h"
#include "sandbox/domain/sandbox_clock.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Product
{
    const char16_t *name;
    const char16_t *seller;
    bool perTenantLogin;
};

const Product kProducts[] = {
    {u"云途协同办公 Yuntu Workspace", u"云途软件", true},
    {u"启明 BI 数据看板 Qiming BI", u"启明数据", false},
    {u"星河 CRM 客户管理 Xinghe CRM", u"星河科技", true},
    {u"智联 HR 人事 Zhilian HR", u"智联人力", false},
    {u"蓝鲸项目管理 Bluewhale Projects", u"蓝鲸软件", false},
    {u"安信电子签 Anxin eSign", u"安信认证", true},
    {u"慧算财务 Huisuan Finance", u"慧算科技", false},
    {u"云盾安全网关 Yundun Gateway", u"云盾安全", false},
    {u"知行知识库 Zhixing Wiki", u"知行软件", false},
    {u"飞流审批 Feiliu Approvals", u"飞流科技", false},
    {u"海图视频会议 Haitu Meetings", u"海图通信", true},
    {u"磐石 ERP Panshi ERP", u"磐石信息", false},
    {u"灵犀客服 Lingxi Service Desk", u"灵犀智能", false},
    {u"墨方设计协作 Mofang Design", u"墨方科技", false},
    {u"数聚报表 Shuju Reports", u"启明数据", false},
    {u"云途邮件 Yuntu Mail", u"云途软件", false},
    {u"极光考勤 Jiguang Attendance", u"极光科技", false},
    {u"青禾培训 Qinghe Learning", u"青禾教育", false},
    {u"鼎信合同管理 Dingxin Contracts", u"鼎信科技", false},
    {u"锐码代码托管 Ruima Code", u"锐码软件", true},
};
const char16_t *kEditions[] = {u"标准版 Standard", u"专业版 Professional", u"企业版 Enterprise"};
constexpr qint64 kDay = 24 * 3600 * 1000LL;

bool run(Database &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q = db.query();
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error =
        QStringLiteral("seeding apps failed: %1 (%2…)").arg(q.lastError().text(), sql.left(48));
    return false;
}

} // namespace

namespace AppsSeed {

QString idOf(const char *prefix, const AppsSeedOptions &o, const QString &what)
{
    const QByteArray h = QCryptographicHash::hash(
        QStringLiteral("%1|%2|%3").arg(o.seed).arg(o.tenant, what).toUtf8(),
        QCryptographicHash::Sha256);
    return QLatin1String(prefix) + QString::fromLatin1(h.toHex().left(12));
}

bool seed(AppsStore &store, const OrgView &org, const AppsSeedOptions &options, QString *error)
{
    Database &db = store.database();
    const QDate today = options.today.isValid() ? options.today : SandboxClock::realToday();
    const qint64 todayMs = SandboxClock::startOfDayMs(today);
    Transaction tx(db);
    QSqlQuery count = db.query();
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM members")) || !count.next())
        return false;
    const qint64 members = count.value(0).toLongLong();
    count.finish();
    // Seats grow with the enterprise, but slower, so that 100,000 members stay cheap to seed.
    const double scale = std::max(1.0, std::sqrt(double(members) / 3000.0));
    static const int kSizes[] = {10, 25, 50, 120, 300, 800};
    // Groups (群组) across departments: every 37th, 53rd, … member.
    for (int g = 0; g < 6; ++g) {
        const QString id = QStringLiteral("G%1").arg(g + 1, 4, 10, QLatin1Char('0'));
        static const char16_t *kGroups[] = {u"项目组 Alpha Project Alpha", u"虚拟团队 Tiger Team",
                                            u"管理层 Management",          u"新员工 New Joiners",
                                            u"安全委员会 Security Board",  u"工会 Staff Union"};
        if (!run(db, QStringLiteral("INSERT INTO member_groups VALUES (?, ?, 1, ?)"),
                 {id, QString::fromUtf16(kGroups[g]), store.log().next()}, error) ||
            !run(db,
                 QStringLiteral("INSERT INTO group_members SELECT ?, user_name FROM members "
                                "WHERE rowid % ? = ? LIMIT ?"),
                 {id, 37 + 16 * g, g, 40 + 30 * g}, error))
            return false;
    }
    const QStringList divisions = [&] {
        QStringList out;
        QSqlQuery q = db.query();
        q.exec(QStringLiteral("SELECT org_code FROM departments WHERE parent_code = 'D00000' "
                              "ORDER BY org_code"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }();
    QStringList deeper; // departments below the divisions, for smaller automatic grants
    {
        QSqlQuery q = db.query();
        q.exec(QStringLiteral("SELECT org_code FROM departments WHERE parent_code NOT IN ('', "
                              "'D00000') ORDER BY org_code"));
        while (q.next())
            deeper << q.value(0).toString();
    }
    SeatBook book(store, org);
    for (int i = 0; i < options.apps; ++i) {
        const Product &p = kProducts[i % std::size(kProducts)];
        AppRecord a;
        a.appId = idOf("app-", options, QStringLiteral("app %1").arg(i));
        a.position = i;
        a.name = QString::fromUtf16(p.name);
        a.seller = QString::fromUtf16(p.seller);
        a.edition = QString::fromUtf16(kEditions[(i / std::size(kProducts)) % 3]);
        a.instanceId = idOf("ins-", options, QStringLiteral("instance %1").arg(i));
        a.orderId =
            QStringLiteral("CS%1%2")
                .arg(today.addDays(-(i * 37) % 700 - 30).toString(QStringLiteral("yyMMdd")))
                .arg(idOf("", options, QStringLiteral("order %1").arg(i)).left(8).toUpper());
        // App 0: what its grants need; the others never more than half the enterprise.
        a.seats = i == 0 ? 0 : std::min(int(kSizes[i % 6] * scale), std::max(5, int(members / 2)));
        a.startMs = todayMs - ((i * 37) % 700 + 30) * kDay;
        a.endMs = a.startMs + (i % 4 == 3 ? 30 : 365) * kDay;
        while (a.endMs < todayMs - 20 * kDay) // renewed, except a few that lapsed lately
            a.endMs += 365 * kDay;
        a.enabled = i % 11 != 5;
        a.loginType = p.perTenantLogin ? QStringLiteral("per-tenant") : QStringLiteral("shared");
        a.loginUrl = p.perTenantLogin && i % 9 != 2
                         ? QStringLiteral("https://%1.%2.example/").arg(options.tenant).arg(i)
                         : QString();
        a.agreement = i % 7 != 3;
        if (!store.writeApp(a))
            return false;
        const qint64 granted = a.startMs + kDay;
        // By hand: every n-th member, disabled ones included (they were enabled when granted).
        const int manual = i == 0 ? 20
                                  : std::min(std::max(3, a.seats * (i % 5 == 1 ? 8 : 3) / 10),
                                             std::max(3, int(members / 4)));
        const qint64 stride = std::max<qint64>(1, members / std::max(1, manual) / 2);
        const qint64 base = store.log().reserve(manual);
        if (!run(db,
                 QStringLiteral(
                     // Rowids from the first with (rowid + i) % stride = 0, stride apart:
                     // index lookups, not a scan of every member for each app.
                     "WITH RECURSIVE r(n, k) AS (SELECT ?, 1 UNION ALL SELECT n + ?, k + 1 FROM "
                     "r WHERE k < ?) INSERT INTO app_seats(%1, seq) SELECT ?, user_name, "
                     "'manual', '', 1, CASE enabled WHEN 1 THEN 'enabled' ELSE 'disabled' END, ?, "
                     "CASE WHEN (m.rowid * 2654435761 + ? * 40503) % 1000 < 150 THEN 0 ELSE ? - "
                     "((m.rowid * 40503 + ? * 9973) % 2160) * 3600000 END, 1, ? + r.k FROM r "
                     "JOIN members m ON m.rowid = r.n")
                     .arg(AppsStore::seatColumns()),
                 {stride - i % stride, stride, manual, a.appId, granted, i, todayMs + 9 * 3600000LL,
                  i, base},
                 error) ||
            !run(db,
                 QStringLiteral("INSERT INTO app_grants SELECT app_id, 'member', user_name, "
                                "granted_ms, 1, seq FROM app_seats WHERE app_id = ?"),
                 {a.appId}, error))
            return false;
        // Automatically: app 0 by five of the eight divisions (about two thirds of the members),
        // others by a department or a group now and then.
        QList<QPair<QString, QString>> units;
        if (i == 0)
            for (const QString &d : divisions.mid(0, 5))
                units.append({QStringLiteral("department"), d});
        else if (i % 5 == 0 && !deeper.isEmpty())
            units.append({QStringLiteral("department"), deeper.at(i % deeper.size())});
        else if (i % 5 == 2)
            units.append({QStringLiteral("group"),
                          QStringLiteral("G%1").arg(i % 6 + 1, 4, 10, QLatin1Char('0'))});
        for (const auto &[kind, target] : units) {
            if (book.seatUnit(a.appId, kind, target, granted) < 0 ||
                !store.writeGrant({a.appId, kind, target, granted, 1}))
                return false;
        }
        // Seats held by members deleted at the server since, on every fourth app.
        if (i % 4 == 1)
            for (int k = 1; k <= 2; ++k)
                if (!store.writeSeat({a.appId,
                                      QStringLiteral("former.staff%1%2").arg(i).arg(k),
                                      QStringLiteral("manual"),
                                      {},
                                      true,
                                      QStringLiteral("deleted"),
                                      granted,
                                      0,
                                      1}))
                    return false;
        // Enough seats for what was granted, a few to spare.
        if (!run(db,
                 QStringLiteral("UPDATE apps SET assigned = (SELECT COUNT(*) FROM app_seats "
                                "WHERE app_id = ?), seats = MAX(seats, (SELECT COUNT(*) FROM "
                                "app_seats WHERE app_id = ?) + ?) WHERE app_id = ?"),
                 {a.appId, a.appId, 2 + i % 5, a.appId}, error))
            return false;
    }
    // Last used, for the seats the automatic grants gave: some never, the rest within 90 days.
    if (!run(db,
             QStringLiteral("UPDATE app_seats SET last_used_ms = CASE WHEN (seq * 2654435761) "
                            "% 1000 < 150 THEN 0 ELSE ? - ((seq * 40503) % 2160) * 3600000 "
                            "END WHERE source != 'manual' AND member_state != 'deleted'"),
             {todayMs + 9 * 3600000LL}, error))
        return false;
    // Two years of daily history, yesterday back: a rising trend to today's count, fewer
    // seats bought before the last renewal, less use at weekends; the day-to-day noise
    // depends on the seed too.
    if (!run(db,
             QStringLiteral(
                 "WITH RECURSIVE d(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM d WHERE n < "
                 "729) INSERT INTO app_history SELECT app_id, day, bought, MIN(bought, "
                 "MAX(0, assigned)), MIN(bought, MAX(0, assigned)) * (CASE WHEN "
                 "strftime('%w', day) IN ('0', '6') THEN 20 ELSE 60 + (n * 13 + position * "
                 "7 + ?) % 30 END) / 100 FROM (SELECT a.app_id, a.position, n, date(?, '-' || n "
                 "|| ' days') AS day, CASE WHEN n > 365 THEN a.seats * 4 / 5 ELSE a.seats END "
                 "AS bought, a.assigned * (1000 - n * 600 / 729) / 1000 + (n * 37 + "
                 "a.position * 11 + ?) % 9 - 4 AS assigned FROM apps a, d)"),
             {int(options.seed % 997), today.toString(Qt::ISODate), int(options.seed % 997)},
             error))
        return false;
    if (!store.setMeta(QStringLiteral("sandbox_today"), today.toString(Qt::ISODate)) ||
        !SeatReconciler(store, org).markFollowed())
        return false;
    return tx.commit(error);
}

} // namespace AppsSeed
