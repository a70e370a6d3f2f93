#include "seller/debugger/reference_row_check.h"

#include "seller/debugger/debug_judge.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace DebugSteps;

namespace {

DebugRequest stateRequest(ScenarioState &)
{
    DebugRequest r;
    r.kind = DebugRequest::Kind::ReferenceState;
    return r;
}

int totalRows(const DebugAnswer &a)
{
    return a.json.value(u"kitRows").toObject().value(u"total").toInt(-1);
}

} // namespace

DebugScenario ReferenceRowCheck::build(const ScenarioContext &c)
{
    const QString id = QStringLiteral("kit.rows.reference");
    const QString title = tr("repeated Kit adds create no new rows (reference server only)");
    const QString rule = QStringLiteral("§4.0");
    DebugScenario s{QStringLiteral("kit.rows"), true, {}};
    if (!c.target().referenceAware) {
        s.exclusive = false;
        s.steps = {skipped(id, title, rule,
                           tr("not visible through the protocol: a Kit answer carries only a "
                              "code, so a second row stored for a repeated add cannot be seen "
                              "from outside (against marketdesk's reference server, "
                              "--reference-state reads its counters)"))};
        return s;
    }
    const QString tenant = c.id(QStringLiteral("rows-tenant"));
    const QJsonObject tenantBody{
        {QStringLiteral("instanceId"), QString()},
        {QStringLiteral("orderId"), QString()},
        {QStringLiteral("tenantId"), tenant},
        {QStringLiteral("tenantCode"), tenant},
        {QStringLiteral("name"), tr("marketdesk debugging tenant")},
        {QStringLiteral("domainName"), QStringLiteral("https://%1.example.com").arg(tenant)},
        {QStringLiteral("flag"), 1}};
    const QJsonObject orgBody{{QStringLiteral("instanceId"), QString()},
                              {QStringLiteral("tenantId"), tenant},
                              {QStringLiteral("orgCode"), c.id(QStringLiteral("rows-dept"))},
                              {QStringLiteral("orgName"), tr("Research")},
                              {QStringLiteral("flag"), 1}};
    const QJsonArray users{
        QJsonObject{{QStringLiteral("userName"), c.id(QStringLiteral("rows-user"))},
                    {QStringLiteral("name"), tr("Debug user %1").arg(1)},
                    {QStringLiteral("orgCode"), c.id(QStringLiteral("rows-dept"))},
                    {QStringLiteral("role"), QStringLiteral("user")},
                    {QStringLiteral("enable"), QStringLiteral("true")}}};
    const QJsonObject authBody{
        {QStringLiteral("instanceId"), QString()},
        {QStringLiteral("tenantId"), tenant},
        {QStringLiteral("appId"), c.id(QStringLiteral("rows-app"))},
        {QStringLiteral("currentSyncTime"), DebugCaller::kitTimeStamp()},
        {QStringLiteral("flag"), 1},
        {QStringLiteral("userList"),
         c.v1() ? QJsonValue(QString::fromUtf8(QJsonDocument(users).toJson(QJsonDocument::Compact)))
                : QJsonValue(users)}};
    const QList<std::pair<QString, QJsonObject>> adds = {{QStringLiteral("tenantSync"), tenantBody},
                                                         {QStringLiteral("singleOrgSync"), orgBody},
                                                         {QStringLiteral("authSync"), authBody}};
    auto send = [](const QString &name, const QJsonObject &body) {
        DebugStep st;
        st.title = name;
        st.rule = QStringLiteral("§4");
        st.request = [name, body](ScenarioState &) { return kit(name, body); };
        st.expect = {QStringLiteral("000000")};
        st.expectWhy = QStringLiteral("§4.0");
        return st;
    };
    for (const auto &[name, body] : adds)
        s.steps.append(send(name, body));
    DebugStep before;
    before.title = tr("read the reference server's row counters");
    before.referenceProbe = true;
    before.request = stateRequest;
    before.judge = [](const DebugAnswer &a, ScenarioState &st) {
        if (totalRows(a) < 0)
            return tr("GET /_reference/state has no kitRows.total: not marketdesk's reference "
                      "server");
        st.values.insert(QStringLiteral("rowsBefore"), totalRows(a));
        return QString();
    };
    s.steps.append(before);
    for (const auto &[name, body] : adds)
        s.steps.append(send(name, body));
    DebugStep after;
    after.checkId = id;
    after.title = title;
    after.rule = rule;
    after.referenceProbe = true;
    after.needs = QStringLiteral("rowsBefore");
    after.request = stateRequest;
    after.judge = [](const DebugAnswer &a, ScenarioState &st) {
        const int before = st.values.value(QStringLiteral("rowsBefore")).toInt();
        const int now = totalRows(a);
        if (now != before)
            return tr("repeating tenantSync, singleOrgSync and authSync adds changed the "
                      "server's Kit rows from %1 to %2: a repeated add must create nothing "
                      "(§4.0)")
                .arg(before)
                .arg(now);
        return QString();
    };
    s.steps.append(after);
    return s;
}
