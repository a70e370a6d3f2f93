#include "sandbox/licenses/licenses_seed.h"

#include "sandbox/domain/sandbox_clock.h"
#include "sandbox/licenses/licenses_store.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000LL;

struct LicenseProduct
{
    const char16_t *name;
    const char16_t *seller;
    const char *type;
    int quota;
    int startDaysAgo;
    int periodDays;
};

const LicenseProduct kLicenseProducts[] = {
    {u"启明 BI 桌面版 License Qiming BI Desktop", u"启明数据", "CHARACTERS", 5, 100, 365},
    {u"磐石 ERP 离线版 License 文件 Panshi ERP Offline", u"磐石信息", "FILE", 3, 40, 365},
    {u"海图会议终端 License Haitu Room Terminal", u"海图通信", "CHARACTERS", 1, 10, 365},
    {u"锐码代码扫描 License Ruima Scanner (lapsed)", u"锐码软件", "CHARACTERS", 5, 375, 365},
};

struct Image
{
    const char16_t *name;
    const char16_t *seller;
    int endInDays;
    bool inUse;
    bool yearly;
};

const Image kImages[] = {
    {u"宝塔 Linux 面板 BT Panel (CentOS 7.9)", u"宝塔软件", -12, true, false},
    {u"WordPress 建站镜像 WordPress on Ubuntu 22.04", u"云途软件", -4, false, false},
    {u"MySQL 8.0 高可用镜像 MySQL HA", u"磐石信息", 1, true, true},
    {u"Jenkins CI 镜像 Jenkins on Debian 12", u"锐码软件", 6, true, false},
    {u"GitLab CE 镜像 GitLab Community", u"锐码软件", 20, true, true},
    {u"ERP 应用服务器镜像 Panshi ERP Server", u"磐石信息", 29, true, false},
    {u"Windows Server 2022 中文版 IIS", u"安信认证", 90, true, true},
    {u"数据分析 JupyterHub 镜像 JupyterHub", u"启明数据", 300, true, true},
};
const char *kRegions[] = {"cn-north-4", "cn-east-3", "cn-south-1", "ap-southeast-1"};

} // namespace

namespace LicensesSeed {

bool seed(LicensesStore &store, const AppsSeedOptions &o, QString *error)
{
    const QDate today = o.today.isValid() ? o.today : SandboxClock::realToday();
    const qint64 todayMs = SandboxClock::startOfDayMs(today);
    const qint64 now = SandboxClock::nowMs(today);
    Database &db = store.database();
    Transaction tx(db);
    QList<OrderRecord> orders;
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT app_id, position, name, edition, seller, order_id, "
                               "instance_id, seats, start_ms, end_ms FROM apps ORDER BY position")))
        return false;
    while (q.next()) {
        OrderRecord r;
        const int i = q.value(1).toInt();
        r.appId = q.value(0).toString();
        r.orderId = q.value(5).toString();
        r.orderType = i % 6 == 4 ? QStringLiteral("RENEW") : QStringLiteral("NEW");
        r.productType = QStringLiteral("saas");
        r.productName = q.value(2).toString() + u' ' + q.value(3).toString();
        r.seller = q.value(4).toString();
        r.sku = AppsSeed::idOf("SKU-", o, QStringLiteral("sku %1").arg(i)).toUpper();
        r.startMs = q.value(8).toLongLong();
        r.endMs = q.value(9).toLongLong();
        r.periodType =
            r.endMs - r.startMs < 60 * kDay ? QStringLiteral("month") : QStringLiteral("year");
        r.amountFen = qint64(q.value(7).toInt()) * (12000 + (i * 4700) % 48000);
        r.status = QStringLiteral("paid");
        r.createdMs = r.startMs - kDay + (i * 7919 % 86400) * 1000LL;
        r.instanceId = q.value(6).toString();
        r.instanceStatus = r.endMs <= now ? QStringLiteral("frozen") : QStringLiteral("normal");
        const QString host = QStringLiteral("app%1.%2.example").arg(i).arg(o.tenant);
        r.appInfo = QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("frontEndUrl"), QString(u"https://" + host + u'/')},
                            {QStringLiteral("adminUrl"), QString(u"https://" + host + u"/admin")},
                            {QStringLiteral("userName"), QString(u"admin_" + o.tenant)},
                            {QStringLiteral("password"), QStringLiteral("not-kept")},
                            {QStringLiteral("memo"), QStringLiteral("首次登录请修改密码 "
                                                                    "Change the password "
                                                                    "at first sign-in")}})
                .toJson(QJsonDocument::Compact));
        orders.append(r);
    }
    q.finish();
    int n = 0;
    for (const LicenseProduct &p : kLicenseProducts) {
        OrderRecord r;
        r.orderId =
            QStringLiteral("CS%1LIC%2").arg(today.toString(QStringLiteral("yyMMdd"))).arg(++n);
        r.orderType = QStringLiteral("NEW");
        r.productType = QStringLiteral("license");
        r.productName = QString::fromUtf16(p.name);
        r.seller = QString::fromUtf16(p.seller);
        r.sku = AppsSeed::idOf("SKU-", o, QStringLiteral("license sku %1").arg(n)).toUpper();
        r.periodType = QStringLiteral("year");
        r.startMs = todayMs - p.startDaysAgo * kDay;
        r.endMs = r.startMs + p.periodDays * kDay;
        r.amountFen = 880000 * p.quota;
        r.status = QStringLiteral("paid");
        r.createdMs = r.startMs - 3600 * 1000;
        r.instanceId = AppsSeed::idOf("ins-", o, QStringLiteral("license instance %1").arg(n));
        r.instanceStatus = r.endMs <= now ? QStringLiteral("frozen") : QStringLiteral("normal");
        r.licenseType = QString::fromLatin1(p.type);
        r.licenseQuota = p.quota;
        orders.append(r);
    }
    n = 0;
    for (const Image &img : kImages) {
        ImageRecord i;
        ++n;
        i.subscriptionId = AppsSeed::idOf("img-", o, QStringLiteral("image %1").arg(n));
        i.orderId =
            QStringLiteral("CS%1IMG%2").arg(today.toString(QStringLiteral("yyMMdd"))).arg(n);
        i.imageName = QString::fromUtf16(img.name);
        i.seller = QString::fromUtf16(img.seller);
        i.ecsId = AppsSeed::idOf("ecs-", o, QStringLiteral("ecs %1").arg(n));
        i.ecsName = QStringLiteral("ecs-%1-%2").arg(o.tenant).arg(n, 2, 10, QLatin1Char('0'));
        i.region = QString::fromLatin1(kRegions[n % 4]);
        i.periodType = img.yearly ? QStringLiteral("year") : QStringLiteral("month");
        i.endMs = todayMs + img.endInDays * kDay + 16 * 3600 * 1000LL; // 16:00 UTC: 00:00 UTC+8
        i.startMs = i.endMs - (img.yearly ? 365 : 30) * kDay;
        i.autoRenew = n % 3 == 0;
        i.inUse = img.inUse;
        i.monthlyFen = 9900 + n * 2000;
        i.yearlyFen = i.monthlyFen * 10;
        i.hourlyFen = i.monthlyFen / 500;
        OrderRecord r;
        r.orderId = i.orderId;
        r.orderType = QStringLiteral("NEW");
        r.productType = QStringLiteral("image");
        r.productName = i.imageName;
        r.seller = i.seller;
        r.sku = AppsSeed::idOf("SKU-", o, QStringLiteral("image sku %1").arg(n)).toUpper();
        r.periodType = i.periodType;
        r.amountFen = img.yearly ? i.yearlyFen : i.monthlyFen;
        r.status = QStringLiteral("paid");
        r.createdMs = i.startMs - 600 * 1000;
        r.instanceId = i.ecsId;
        r.instanceStatus = i.endMs <= now ? QStringLiteral("expired") : QStringLiteral("normal");
        r.startMs = i.startMs;
        r.endMs = i.endMs;
        orders.append(r);
        if (!store.writeImage(i))
            return false;
    }
    for (const OrderRecord &r : orders)
        if (!store.writeOrder(r)) {
            *error = QStringLiteral("seeding orders failed");
            return false;
        }
    return tx.commit(error);
}

} // namespace LicensesSeed
