#include "licenses/client/licenses_change.h"

#include "common/secure_random.h"
#include "licenses/client/licenses_record_json.h"
#include "net/result_code.h"

#include <QCoreApplication>
#include <QUrl>

namespace LicensesChange {

namespace {

bool is(const QString &action, const char *name)
{
    return action == QLatin1String(name);
}

// Keeps the record an answer carries (`name`: "license" or "image"); false with *why when it
// cannot be read or kept. `*json` gets the client's JSON of it (nothing the client does not
// know, so an outcome printed on a terminal carries no stray field).
bool keep(LicensesCache *cache, const QString &action, const QJsonValue &value, QJsonObject *json,
          QString *why)
{
    const QString where = QStringLiteral("answer");
    if (is(action, Apply)) {
        const auto l = LicensesRecordJson::licenseFromJson(value, where, why);
        if (!l)
            return false;
        *json = LicensesRecordJson::toJson(*l);
        return cache->upsert(LicensesCache::Kind::License, {l->licenseId, l->version, *json}, why);
    }
    const auto i = LicensesRecordJson::imageFromJson(value, where, why);
    if (!i)
        return false;
    *json = LicensesRecordJson::toJson(*i);
    return cache->upsert(LicensesCache::Kind::Image, {i->subscriptionId, i->version, *json}, why);
}

} // namespace

bool isKnown(const QString &action)
{
    return is(action, Apply) || is(action, Renewal);
}

QString newEventId()
{
    // 1–64 of A-Z a-z 0-9 . _ : - (docs/api.md); the URL-safe alphabet adds none outside it.
    return QStringLiteral("evt-") + QString::fromLatin1(SecureRandom::urlSafeToken(16));
}

Outbox::Item item(const QString &target, const QJsonObject &body)
{
    return {target, QJsonObject{{QStringLiteral("body"), body}}};
}

QJsonObject bodyOf(const Outbox::Chunk &chunk)
{
    return chunk.payloads.value(chunk.targets.value(0)).value(u"body").toObject();
}

ApiRequest request(const Outbox::Chunk &chunk)
{
    ApiRequest r;
    r.method = "POST";
    r.idempotencyKey = chunk.idempotencyKey;
    r.body = bodyOf(chunk);
    if (is(chunk.action, Apply))
        r.path = QStringLiteral("/api/v1/licenses");
    else
        r.path = QStringLiteral("/api/v1/images/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(chunk.targets.value(0))) +
                 QStringLiteral("/renewal");
    return r;
}

LicensesOutcome interpret(const Outbox::Chunk &chunk, const ApiResponse &response,
                          LicensesCache *cache, QString *localProblem)
{
    LicensesOutcome o;
    o.operationId = chunk.operationId;
    o.action = chunk.action;
    o.target = chunk.targets.value(0);
    const bool apply = is(chunk.action, Apply);
    QString why;
    auto note = [&](bool kept) {
        if (!kept)
            *localProblem = QCoreApplication::translate(
                                "LicensesChange",
                                "%1 was changed at the server, but the local copy could not be "
                                "updated: %2. The next sync brings it up to date.")
                                .arg(o.target, why);
    };
    if (response.ok()) {
        o.state = LicensesOutcome::State::Done;
        o.code = QString::fromLatin1(ResultCode::Success);
        note(keep(cache, chunk.action, response.json.value(apply ? u"license" : u"image"),
                  &o.record, &why));
        if (apply) {
            o.created = response.json.value(u"created").toBool();
            const QString licenseId = o.record.value(u"licenseId").toString();
            // The License's id and the instance, never its characters: this goes to the journal.
            o.message = o.created
                            ? QCoreApplication::translate("LicensesChange",
                                                          "License %1 issued for instance %2.")
                                  .arg(licenseId, o.target)
                            : QCoreApplication::translate(
                                  "LicensesChange",
                                  "License %1 for instance %2, the one issued before for this "
                                  "eventId and fingerprint.")
                                  .arg(licenseId, o.target);
        } else {
            o.message =
                o.record.value(u"autoRenew").toBool()
                    ? QCoreApplication::translate("LicensesChange",
                                                  "Image subscription %1 renews by itself.")
                          .arg(o.target)
                    : QCoreApplication::translate(
                          "LicensesChange", "Image subscription %1 no longer renews by itself.")
                          .arg(o.target);
        }
        return o;
    }
    o.state = LicensesOutcome::State::Refused;
    o.code = response.error.resultCode.isEmpty()
                 ? QStringLiteral("HTTP%1").arg(response.error.httpStatus)
                 : response.error.resultCode;
    o.message = response.error.message;
    o.field = response.json.value(u"field").toString();
    if (!apply && response.httpStatus == 409 &&
        o.code == QLatin1String(ResultCode::VersionConflict) &&
        response.json.value(u"current").isObject()) {
        // Someone changed it first: keep and show theirs rather than overwrite it.
        o.state = LicensesOutcome::State::Conflict;
        note(keep(cache, chunk.action, response.json.value(u"current"), &o.current, &why));
    }
    return o;
}

} // namespace LicensesChange
