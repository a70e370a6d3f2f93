#include "seller/debugger/license_scenarios.h"

#include "seller/debugger/debug_judge.h"

#include <QDateTime>

using namespace DebugSteps;

namespace {

// The License's own text, or its id: whichever the answer carries (the reference server
// answers both; §7.1 names neither, the real License being uploaded separately).
QString licenseOf(const DebugAnswer &a)
{
    for (const char *name : {"license", "licenseId"}) {
        if (a.json.value(QLatin1String(name)).isString())
            return QLatin1String(name) + u'=' + a.json.value(QLatin1String(name)).toString();
    }
    return {};
}

} // namespace

QString LicenseScenarios::licenseTime(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(
               QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" z");
}

QList<DebugScenario> LicenseScenarios::build(const ScenarioContext &c)
{
    if (c.v1())
        return {{QStringLiteral("license"),
                 false,
                 {skipped(QStringLiteral("license.issue"), tr("getLicenseAsync issues a License"),
                          QStringLiteral("§7.1"),
                          tr("getLicenseAsync is a V2 activity; a V1 server has none"))}}};
    const QString order = c.id(QStringLiteral("license-order"));
    const QString event = c.id(QStringLiteral("event-1"));
    const QString fingerprint = QStringLiteral("00:1A:2B:3C:4D:5E|DISK-%1|BOARD-1|CPU-1")
                                    .arg(c.id(QStringLiteral("device")))
                                    .toUpper();
    const QString why = tr("§7.1: 000000, or 000004 while issuing asynchronously");
    DebugScenario s{QStringLiteral("license"), false, {}};

    DebugStep open;
    open.title = tr("open an instance for the License");
    open.rule = QStringLiteral("§6.1");
    open.request = [order](ScenarioState &) {
        return basic(
            {{QStringLiteral("activity"), QStringLiteral("newInstance")},
             {QStringLiteral("orderId"), order},
             {QStringLiteral("orderLineId"), QString(order + QStringLiteral("-000001"))},
             {QStringLiteral("businessId"), QString(order + QStringLiteral("-business"))}});
    };
    open.expect = {QStringLiteral("000000"), QStringLiteral("000004")};
    open.expectWhy = tr("§6.1: the instance opens");
    open.judge = [](const DebugAnswer &a, ScenarioState &st) {
        if (QString e = DebugJudge::requireString(a.json, QStringLiteral("instanceId"), 64,
                                                  QStringLiteral("newInstance"));
            !e.isEmpty())
            return e;
        st.values.insert(QStringLiteral("instanceId"), a.json.value(u"instanceId"));
        return QString();
    };
    s.steps.append(open);

    auto ask = [event, fingerprint](bool withFingerprint, const QString &eventId) {
        return [withFingerprint, eventId, fingerprint](ScenarioState &st) {
            QJsonObject body{
                {QStringLiteral("activity"), QStringLiteral("getLicenseAsync")},
                {QStringLiteral("instanceId"), st.values.value(QStringLiteral("instanceId"))},
                {QStringLiteral("effectiveTime"), licenseTime(0)},
                {QStringLiteral("expireTime"), licenseTime(30)},
                {QStringLiteral("eventId"), eventId}};
            if (withFingerprint)
                body.insert(QStringLiteral("deviceFingerprint"), fingerprint);
            return basic(body);
        };
    };
    DebugStep issue = step(QStringLiteral("license.issue"), tr("getLicenseAsync issues a License"),
                           QStringLiteral("§7.1"), ask(true, event),
                           {QStringLiteral("000000"), QStringLiteral("000004")}, why);
    issue.needs = QStringLiteral("instanceId");
    issue.judge = [](const DebugAnswer &a, ScenarioState &st) {
        st.values.insert(QStringLiteral("license"), licenseOf(a));
        return QString();
    };
    s.steps.append(issue);

    DebugStep repeat = step(QStringLiteral("license.repeat"),
                            tr("the same eventId and fingerprint again give the same License"),
                            tr("§7.1 idempotency"), ask(true, event),
                            {QStringLiteral("000000"), QStringLiteral("000004")}, why);
    repeat.needs = QStringLiteral("license");
    repeat.judge = [](const DebugAnswer &a, ScenarioState &st) {
        const QString before = st.values.value(QStringLiteral("license")).toString();
        const QString now = licenseOf(a);
        if (before.isEmpty() && now.isEmpty()) {
            st.undecided = tr("neither answer carries the License (it is uploaded through the "
                              "open API, §7.1), so its sameness cannot be seen here");
            return QString();
        }
        if (before != now)
            return tr("a repeated request (same eventId and deviceFingerprint) must give the "
                      "same License, never a new one; the answer changed");
        return QString();
    };
    s.steps.append(repeat);

    DebugStep bare = step(
        QStringLiteral("license.noFingerprint"), tr("getLicenseAsync without a device fingerprint"),
        QStringLiteral("§7.1, §2.3"), ask(false, c.id(QStringLiteral("event-2"))),
        {QStringLiteral("000903"), QStringLiteral("000000"), QStringLiteral("000004")},
        tr("§2.3: 000903 from a product whose License is bound to a device, success "
           "from one that is not"));
    bare.needs = QStringLiteral("instanceId");
    s.steps.append(bare);
    return {s};
}
