#include "seller/client/seller_change.h"

#include "net/result_code.h"
#include "seller/client/seller_record_json.h"

#include <QCoreApplication>
#include <QUrl>

namespace SellerChange {

namespace {

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

const QString kBase = QStringLiteral("/api/v1/seller/");

bool is(const QString &action, const char *name)
{
    return action == QLatin1String(name);
}

// Keeps the record the server answered; *id gets its id. False with *why when it cannot be
// read: the change stands at the server, but the cache does not take a record it cannot read.
bool keep(SellerCache *cache, const QString &action, const QJsonValue &value, QString *id,
          QString *why)
{
    using Kind = SellerCache::Kind;
    const QString where = QStringLiteral("answer");
    if (is(action, KeyCreate) || is(action, KeyDelete)) {
        const auto k = SellerRecordJson::keyFromJson(value, where, why);
        if (k)
            *id = k->keyId;
        return k &&
               cache->upsert(Kind::Key, {k->keyId, k->version, SellerRecordJson::toJson(*k)}, why);
    }
    if (is(action, AddressAdd) || is(action, AddressBind) || is(action, AddressDebug)) {
        const auto a = SellerRecordJson::addressFromJson(value, where, why);
        if (a)
            *id = a->addressId;
        return a && cache->upsert(Kind::Address,
                                  {a->addressId, a->version, SellerRecordJson::toJson(*a)}, why);
    }
    const auto c = SellerRecordJson::credentialFromJson(value, where, why);
    if (c)
        *id = c->appId;
    return c && cache->upsert(Kind::Credential,
                              {c->appId, c->version(), SellerRecordJson::toJson(*c)}, why);
}

// The record as the client knows its fields, nothing else: a server may put a secret in any
// answer, and an outcome is shown and printed (a conflict's current record on the terminal).
QJsonObject known(const QString &action, const QJsonObject &value)
{
    QString why;
    const QString where = QStringLiteral("answer");
    if (is(action, KeyCreate) || is(action, KeyDelete)) {
        const auto k = SellerRecordJson::keyFromJson(value, where, &why);
        return k ? SellerRecordJson::toJson(*k) : QJsonObject();
    }
    if (is(action, AddressAdd) || is(action, AddressBind) || is(action, AddressDebug)) {
        const auto a = SellerRecordJson::addressFromJson(value, where, &why);
        return a ? SellerRecordJson::toJson(*a) : QJsonObject();
    }
    const auto c = SellerRecordJson::credentialFromJson(value, where, &why);
    return c ? SellerRecordJson::toJson(*c) : QJsonObject();
}

} // namespace

bool isKnown(const QString &action)
{
    for (const char *name : {KeyCreate, KeyDelete, AddressAdd, AddressBind, AddressDebug,
                             CredentialApply, CredentialEdit, TestAccountRequest})
        if (is(action, name))
            return true;
    return false;
}

QJsonObject nonEmpty(const QList<std::pair<QString, QString>> &fields)
{
    QJsonObject body;
    for (const auto &[name, value] : fields)
        if (!value.isEmpty())
            body.insert(name, value);
    return body;
}

Outbox::Item item(const QString &target, const QJsonObject &body, const QString &note)
{
    QJsonObject payload{{QStringLiteral("body"), body}};
    if (!note.isEmpty())
        payload.insert(QStringLiteral("note"), note);
    return {target, payload};
}

QString noteOf(const Outbox::Chunk &chunk)
{
    return chunk.payloads.value(chunk.targets.value(0)).value(u"note").toString();
}

ApiRequest request(const Outbox::Chunk &chunk)
{
    const QString &a = chunk.action;
    const QString target = segment(chunk.targets.value(0));
    ApiRequest r;
    r.method = "POST";
    r.idempotencyKey = chunk.idempotencyKey;
    r.body = chunk.payloads.value(chunk.targets.value(0)).value(u"body").toObject();
    if (is(a, KeyCreate)) {
        r.path = kBase + QStringLiteral("keys");
    } else if (is(a, KeyDelete)) {
        // POST …/delete rather than DELETE: the version goes in a body, which DELETE lacks.
        r.path = kBase + QStringLiteral("keys/") + target + QStringLiteral("/delete");
    } else if (is(a, AddressAdd)) {
        r.path = kBase + QStringLiteral("addresses");
    } else if (is(a, AddressBind)) {
        r.method = "PUT";
        r.path = kBase + QStringLiteral("addresses/") + target;
    } else if (is(a, AddressDebug)) {
        r.path = kBase + QStringLiteral("addresses/") + target + QStringLiteral("/debug-runs");
    } else if (is(a, CredentialApply)) {
        r.path = kBase + QStringLiteral("credentials");
    } else if (is(a, CredentialEdit)) {
        r.method = "PUT";
        r.path = kBase + QStringLiteral("credentials/") + target;
    } else {
        r.path = kBase + QStringLiteral("credentials/") + target + QStringLiteral("/test-account");
    }
    return r;
}

SellerOutcome interpret(const Outbox::Chunk &chunk, const ApiResponse &response, SellerCache *cache,
                        QString *localProblem, std::optional<SellerSecret> *secret)
{
    SellerOutcome o;
    o.operationId = chunk.operationId;
    o.action = chunk.action;
    o.target = chunk.targets.value(0);
    const QString &a = chunk.action;
    QString why;
    auto note = [&](bool kept) {
        if (!kept && localProblem->isEmpty())
            *localProblem =
                QCoreApplication::translate(
                    "SellerChange", "%1 was changed at the server, but the local copy could not be "
                                    "updated: %2. The next sync brings it up to date.")
                    .arg(o.target, why);
    };
    if (response.ok()) {
        o.state = SellerOutcome::State::Done;
        o.code = QString::fromLatin1(ResultCode::Success);
        o.message = response.json.value(u"resultMsg").toString();
        const QJsonObject &j = response.json;
        QString id;
        if (is(a, KeyDelete)) {
            note(cache->remove(SellerCache::Kind::Key, o.target, &why));
        } else if (is(a, AddressDebug)) {
            o.record = j.value(u"run").toObject();
            o.address = j.value(u"address").toObject();
            const auto run = SellerRecordJson::runFromJson(o.record, QStringLiteral("run"), &why);
            note(run && cache->addRun(*run, &why) && keep(cache, a, o.address, &id, &why));
            o.record = run ? SellerRecordJson::toJson(*run) : QJsonObject();
            o.address = known(a, o.address);
        } else {
            const char *recordName = is(a, KeyCreate)                          ? "key"
                                     : is(a, AddressAdd) || is(a, AddressBind) ? "address"
                                                                               : "credential";
            o.record = j.value(QLatin1String(recordName)).toObject();
            note(keep(cache, a, o.record, &id, &why));
            o.record = known(a, o.record);
            if (!id.isEmpty())
                o.target = id;
        }
        // The secret of a create, an apply or a test account: handed on, never kept.
        const char *secretName = is(a, KeyCreate)         ? "secret"
                                 : is(a, CredentialApply) ? "appSecret"
                                                          : nullptr;
        if (secretName && j.value(QLatin1String(secretName)).isString()) {
            SellerSecret s;
            s.kind =
                is(a, KeyCreate) ? SellerSecret::Kind::KeySecret : SellerSecret::Kind::AppSecret;
            s.id = o.target;
            s.value = j.value(QLatin1String(secretName)).toString().toUtf8();
            *secret = s;
        } else if (is(a, TestAccountRequest)) {
            const QJsonObject t = j.value(u"testAccount").toObject();
            SellerSecret s;
            s.kind = SellerSecret::Kind::TestAccountPassword;
            s.id = o.target;
            s.value = t.value(u"password").toString().toUtf8();
            s.account = TestAccount{
                t.value(u"domain").toString(), t.value(u"tenantId").toString(),
                t.value(u"account").toString(),
                QDateTime::fromString(t.value(u"createdAt").toString(), Qt::ISODateWithMs)};
            if (!s.value.isEmpty())
                *secret = s;
        }
        if (secret->has_value())
            (*secret)->note = noteOf(chunk);
        return o;
    }
    o.code = response.error.resultCode.isEmpty()
                 ? QStringLiteral("HTTP%1").arg(response.error.httpStatus)
                 : response.error.resultCode;
    o.message = response.error.message;
    o.field = response.json.value(u"field").toString();
    o.state = SellerOutcome::State::Refused;
    if (response.httpStatus == 409 && o.code == QLatin1String(ResultCode::VersionConflict) &&
        response.json.value(u"current").isObject()) {
        // Someone else changed it first: keep and show theirs rather than overwrite it.
        o.state = SellerOutcome::State::Conflict;
        o.current = response.json.value(u"current").toObject();
        QString id;
        note(keep(cache, a, o.current, &id, &why));
        o.current = known(a, o.current);
    } else if ((is(a, KeyDelete) && o.code == QLatin1String(SellerCode::KeyNotFound) &&
                response.httpStatus == 404)) {
        // Gone at the server already: the local copy follows.
        note(cache->remove(SellerCache::Kind::Key, o.target, &why));
    }
    return o;
}

} // namespace SellerChange
