#pragma once
// The 应用凭证 form as a client sends it (protocol reference §8): each field read and checked
// on its own — app name, auth method and its callback address, production address, multi-
// instance binding, login-address type and address, public key, platforms. The rules that
// need the store (address debugged, login address unique, what a listed credential may still
// change) are CredentialChanges'. Read-only fields a client sends back (appId, listed,
// testAccount, createdAt) are ignored.
#include "sandbox/domain/domain_result.h"
#include "sandbox/seller/seller_records.h"

#include <QJsonObject>

#include <optional>

namespace SellerCredentialForm {

inline constexpr int MaxAppNameLength = 64; // characters

// The values `platforms` may hold: WeLink 开放平台 and 工业软件云.
QStringList platformNames();

// The credential the body describes, or nothing and `refusal` (400, naming the field). An
// edit (`edit`) must carry the `version` it was read at.
std::optional<SellerCredential> read(const QJsonObject &body, bool edit, DomainResult *refusal);

} // namespace SellerCredentialForm
