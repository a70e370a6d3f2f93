#pragma once
// Mapping between the Seller Center's JSON and the client's records. Server JSON is untrusted:
// a record is read whole or not at all, and every failure names the field and where the record
// was ("items[2].kitDebug: expected one of unbound, untested, passed, failed"). The credential
// form read from a seller's file is checked the same way, and a field it does not know is
// refused by name rather than dropped.
#include "seller/client/seller_records.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace SellerRecordJson {

// Only the fields the records hold: a secret a server sent by mistake is never kept.
QJsonObject toJson(const AccessKey &key);
QJsonObject toJson(const ProductionAddress &address);
QJsonObject toJson(const SellerDebugRun &run);
QJsonObject toJson(const Credential &credential);
// The body of an apply (no version) or an edit (with version).
QJsonObject formToJson(const CredentialForm &form, bool withVersion);

// On failure nullopt, and *error names `where` and the field.
std::optional<AccessKey> keyFromJson(const QJsonValue &value, const QString &where, QString *error);
std::optional<ProductionAddress> addressFromJson(const QJsonValue &value, const QString &where,
                                                 QString *error);
std::optional<SellerDebugRun> runFromJson(const QJsonValue &value, const QString &where,
                                          QString *error);
std::optional<Credential> credentialFromJson(const QJsonValue &value, const QString &where,
                                             QString *error);

// A credential form as a seller writes it (a file for `seller credentials apply|edit`): the
// form's fields, and the read-only ones a record shown by `credentials show --json` carries
// (appId, listed, testAccount, createdAt), which are ignored as the server ignores them. A
// missing required field, a wrong type or an unknown field is refused, naming it.
std::optional<CredentialForm> formFromJson(const QJsonObject &json, bool forEdit, QString *error);

} // namespace SellerRecordJson
