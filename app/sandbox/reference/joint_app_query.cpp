#include "sandbox/reference/joint_app_query.h"

#include "sandbox/reference/reference_state.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

JointAppQuery::JointAppQuery(ReferenceState &state)
    : m_state(state)
{
}

HttpAnswer JointAppQuery::answer(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return HttpAnswer::error(405, "000002", QStringLiteral("method: this query takes GET"));
    const QUrlQuery q = request.query();
    const QString tenantId = q.queryItemValue(QStringLiteral("tenantId"), QUrl::FullyDecoded);
    const QString appId = q.queryItemValue(QStringLiteral("appId"), QUrl::FullyDecoded);
    const QString flag = q.queryItemValue(QStringLiteral("testFlag"), QUrl::FullyDecoded);
    if (tenantId.isEmpty())
        return HttpAnswer::error(400, "000002", QStringLiteral("tenantId: required"));
    if (appId.isEmpty())
        return HttpAnswer::error(400, "000002", QStringLiteral("appId: required"));
    if (!flag.isEmpty() && flag != u"0" && flag != u"1")
        return HttpAnswer::error(400, "000002", QStringLiteral("testFlag: expected 0 or 1"));
    const int testFlag = flag == u"1" ? 1 : 0;
    const KitRow *app = m_state.kit.latest(KitStore::Table::Apps, tenantId, appId, testFlag);
    if (!app)
        return HttpAnswer::error(404, "000002",
                                 QStringLiteral("no app %1 was synchronised for tenant %2")
                                     .arg(appId.left(64), tenantId.left(64)));
    const KitRow *tenant =
        m_state.kit.latest(KitStore::Table::Tenants, tenantId, QString(), app->testFlag);
    const QJsonObject t = tenant ? tenant->fields : QJsonObject();
    return HttpAnswer::json(
        {{QStringLiteral("resultCode"), QStringLiteral("000000")},
         {QStringLiteral("resultMsg"), QStringLiteral("success")},
         {QStringLiteral("tenantId"), tenantId},
         {QStringLiteral("tenantCode"), t.value(u"tenantCode").toString()},
         {QStringLiteral("tenantName"), t.value(u"name").toString()},
         {QStringLiteral("domainName"), t.value(u"domainName").toString()},
         {QStringLiteral("appId"), appId},
         {QStringLiteral("clientId"), app->fields.value(u"clientId").toString()},
         {QStringLiteral("hasSecret"), !app->secret.isEmpty()},
         {QStringLiteral("testFlag"), app->testFlag},
         {QStringLiteral("instanceId"), app->instanceId},
         {QStringLiteral("updatedAt"), app->updatedAt.toString(Qt::ISODateWithMs)}});
}
