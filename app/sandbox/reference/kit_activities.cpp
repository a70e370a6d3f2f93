#include "sandbox/reference/kit_activities.h"

#include "sandbox/reference/field_reader.h"
#include "seller/client_secret_cipher.h"

#include <QSet>

namespace {

using Table = KitStore::Table;

ProtocolAnswer invalid(const QString &message)
{
    return ProtocolAnswer::failure(ReferenceCode::InvalidParameter, message);
}

ProtocolAnswer done()
{
    return ProtocolAnswer::success({}, QStringLiteral("Success"));
}

} // namespace

KitActivities::KitActivities(KitStore &store)
    : m_store(store)
{
}

bool KitActivities::isKitInterface(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("tenantSync"), QStringLiteral("applicationSync"), QStringLiteral("authSync"),
        QStringLiteral("singleOrgSync"), QStringLiteral("allOrgSync")};
    return names.contains(name);
}

ProtocolAnswer KitActivities::handle(const QString &name, const QJsonObject &body,
                                     const ReferenceConfig &config, const ReferenceFaults &faults)
{
    const bool v1 = config.mode == ReferenceConfig::Mode::V1;
    if (name == u"tenantSync")
        return tenantSync(body, v1, faults);
    if (name == u"applicationSync")
        return applicationSync(body, v1, config, faults);
    if (name == u"authSync")
        return authSync(body, v1, faults);
    if (name == u"singleOrgSync")
        return singleOrgSync(body, faults);
    return allOrgSync(body, faults);
}

void KitActivities::common(FieldReader &f, QString *instanceId, QString *tenantId, int *testFlag)
{
    // Mandatory in the tables, but empty for the seller's own calls (§4.0): absent is taken
    // as empty too.
    *instanceId = f.optional("instanceId", 64);
    *tenantId = f.required("tenantId", 64);
    *testFlag = f.testFlag(true);
    const QString ts = f.required("timeStamp", 17);
    if (f.ok() && (ts.size() != 17 ||
                   !std::all_of(ts.begin(), ts.end(), [](QChar c) { return c.isDigit(); })))
        f.fail("timeStamp", QStringLiteral("expected yyyyMMddHHmmssSSS (UTC+8)"));
}

QString KitActivities::orgNameOf(const QJsonObject &o)
{
    for (const char *k : {"orgName", "OrgName", "name"}) {
        if (o.value(QLatin1String(k)).isString())
            return o.value(QLatin1String(k)).toString();
    }
    return {};
}

ProtocolAnswer KitActivities::tenantSync(const QJsonObject &b, bool v1,
                                         const ReferenceFaults &faults)
{
    FieldReader f(b);
    QString instanceId, tenantId;
    int testFlag = 0;
    common(f, &instanceId, &tenantId, &testFlag);
    const int flag = v1 ? f.integer("flag", {0, 1}, true) : f.integer("flag", {0, 1, 2}, true);
    f.optional("orderId", 64);
    if (f.ok() && flag != 0) {
        f.required("tenantCode", 64);
        f.required("name", 255);
        const QString domain = f.required("domainName", 255);
        if (f.ok() && !domain.startsWith(u"https://") && !domain.startsWith(u"http://"))
            f.fail("domainName", QStringLiteral("expected the address with its scheme, "
                                                "e.g. https://tenant.example.com"));
    }
    if (!f.ok())
        return invalid(f.error());
    const QString key = KitStore::key(testFlag, {instanceId, tenantId});
    if (flag == 0) {
        m_store.remove(Table::Tenants, key);
        return done();
    }
    // flag 2 changes name and domainName only (§4.1); a modify of one never added adds it.
    m_store.upsert(Table::Tenants, {key, testFlag, instanceId, tenantId, b, {}, {}},
                   faults.duplicateKitRows && flag == 1);
    return done();
}

ProtocolAnswer KitActivities::applicationSync(const QJsonObject &b, bool v1,
                                              const ReferenceConfig &config,
                                              const ReferenceFaults &faults)
{
    FieldReader f(b);
    QString instanceId, tenantId;
    int testFlag = 0;
    common(f, &instanceId, &tenantId, &testFlag);
    const QString appId = f.required("appId", 64);
    const int flag = v1 ? f.integer("flag", {0, 1}, true) : f.integer("flag", {0, 1, 2}, true);
    QString secret;
    if (f.ok() && flag != 0) {
        f.required("clientId", 64);
        secret = f.required("clientSecret", 4096);
    }
    if (!f.ok())
        return invalid(f.error());
    const QString key = KitStore::key(testFlag, {instanceId, tenantId, appId});
    if (flag == 0) {
        m_store.remove(Table::Apps, key);
        return done();
    }
    KitRow row{key, testFlag, instanceId, tenantId, b, {}, {}};
    row.fields.remove(QStringLiteral("clientSecret"));
    const auto plain = config.privateKey.isNull() || faults.clientSecretUndecryptable
                           ? SellerResult<ClientSecretCipher::Decrypted>(SellerError{})
                           : ClientSecretCipher::decrypt(config.privateKey, secret.toLatin1());
    if (!plain)
        return ProtocolAnswer::failure(ReferenceCode::ClientSecretUndecryptable,
                                       QStringLiteral("clientSecret: cannot be decrypted with "
                                                      "the seller's private key"));
    row.secret = plain.value().plaintext;
    m_store.upsert(Table::Apps, std::move(row), faults.duplicateKitRows && flag == 1);
    return done();
}

ProtocolAnswer KitActivities::authSync(const QJsonObject &b, bool v1, const ReferenceFaults &faults)
{
    FieldReader f(b);
    QString instanceId, tenantId;
    int testFlag = 0;
    common(f, &instanceId, &tenantId, &testFlag);
    const QString appId = f.required("appId", 64);
    f.required("currentSyncTime", 17);
    const int flag =
        v1 ? f.integer("flag", {0, 1, 2}, true) : f.integer("flag", {0, 1, 2, 3}, true);
    if (!f.ok())
        return invalid(f.error());
    QString error;
    const QJsonArray users = FieldReader::listOf(b, QStringLiteral("userList"), &error);
    if (!error.isEmpty())
        return invalid(error);
    if (users.size() > 500)
        return invalid(
            QStringLiteral("userList: at most 500 users a call, got %1").arg(users.size()));
    // Every user is checked before any is stored: a refused call changes nothing.
    QList<KitRow> rows;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString at = QStringLiteral("userList[%1].").arg(i);
        if (!users[i].isObject())
            return invalid(at.chopped(1) + QStringLiteral(": expected an object"));
        QJsonObject user = users[i].toObject();
        // V1 nests entryDate, employeeType and workPlace in "extension" (§4.3).
        const QJsonObject extension = user.value(u"extension").toObject();
        for (auto it = extension.begin(); it != extension.end(); ++it) {
            if (!user.contains(it.key()))
                user.insert(it.key(), it.value());
        }
        FieldReader u(user, at);
        const QString userName = u.required("userName", 64);
        if (flag == 1 || flag == 2) {
            u.required("name", 64);
            u.required("orgCode", 64);
            u.oneOf("role", {"user", "admin"});
            const QJsonValue enable = user.value(u"enable");
            if (u.ok() && !enable.isBool() && enable.toString() != u"true" &&
                enable.toString() != u"false")
                u.fail("enable", QStringLiteral("expected \"true\" or \"false\""));
            u.optional("mobile", 32);
            u.optional("email", 128);
        }
        if (!u.ok())
            return invalid(u.error());
        rows.append({KitStore::key(testFlag, {instanceId, tenantId, appId, userName}),
                     testFlag,
                     instanceId,
                     tenantId,
                     user,
                     {},
                     {}});
        rows.last().fields.insert(QStringLiteral("appId"), appId);
    }
    for (KitRow &row : rows) {
        if (flag == 0 || flag == 3)
            m_store.remove(Table::Users, row.key);
        else
            m_store.upsert(Table::Users, std::move(row), faults.duplicateKitRows && flag == 1);
    }
    return done();
}

ProtocolAnswer KitActivities::singleOrgSync(const QJsonObject &b, const ReferenceFaults &faults)
{
    FieldReader f(b);
    QString instanceId, tenantId;
    int testFlag = 0;
    common(f, &instanceId, &tenantId, &testFlag);
    const QString orgCode = f.required("orgCode", 64);
    const int flag = f.integer("flag", {0, 1, 2}, true);
    f.optional("parentCode", 64);
    if (f.ok() && flag != 0 && orgNameOf(b).trimmed().isEmpty())
        f.fail("orgName", QStringLiteral("required"));
    if (!f.ok())
        return invalid(f.error());
    const QString key = KitStore::key(testFlag, {instanceId, tenantId, orgCode});
    if (flag == 0) {
        m_store.remove(Table::Departments, key);
        return done();
    }
    QJsonObject fields{{QStringLiteral("orgCode"), orgCode},
                       {QStringLiteral("orgName"), orgNameOf(b)},
                       {QStringLiteral("parentCode"), b.value(u"parentCode").toString()}};
    m_store.upsert(Table::Departments, {key, testFlag, instanceId, tenantId, fields, {}, {}},
                   faults.duplicateKitRows && flag == 1);
    return done();
}

ProtocolAnswer KitActivities::allOrgSync(const QJsonObject &b, const ReferenceFaults &faults)
{
    FieldReader f(b);
    QString instanceId, tenantId;
    int testFlag = 0;
    common(f, &instanceId, &tenantId, &testFlag);
    if (!f.ok())
        return invalid(f.error());
    QString error;
    const QString listName =
        b.contains(u"orgInfoList") ? QStringLiteral("orgInfoList") : QStringLiteral("orgInfo");
    const QJsonArray list = FieldReader::listOf(b, listName, &error);
    if (!error.isEmpty())
        return invalid(b.contains(u"orgInfo") || b.contains(u"orgInfoList")
                           ? error
                           : QStringLiteral("orgInfoList: required"));
    QList<KitRow> rows;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = listName + QStringLiteral("[%1].").arg(i);
        if (!list[i].isObject())
            return invalid(at.chopped(1) + QStringLiteral(": expected an object"));
        const QJsonObject org = list[i].toObject();
        FieldReader o(org, at);
        const QString orgCode = o.required("orgCode", 64);
        o.optional("parentCode", 64);
        if (o.ok() && orgNameOf(org).trimmed().isEmpty())
            o.fail("orgName", QStringLiteral("required"));
        if (!o.ok())
            return invalid(o.error());
        seen.insert(orgCode);
        // Unknown parents stand for the enterprise's root (§4.5); kept as received.
        rows.append(
            {KitStore::key(testFlag, {instanceId, tenantId, orgCode}),
             testFlag,
             instanceId,
             tenantId,
             QJsonObject{{QStringLiteral("orgCode"), orgCode},
                         {QStringLiteral("orgName"), orgNameOf(org)},
                         {QStringLiteral("parentCode"), org.value(u"parentCode").toString()}},
             {},
             {}});
    }
    // A snapshot: every entry upserted, the others marked as missing from it.
    for (KitRow &row : rows)
        m_store.upsert(Table::Departments, std::move(row), faults.duplicateKitRows);
    m_store.markFullSync(testFlag, instanceId, tenantId, seen);
    return done();
}
