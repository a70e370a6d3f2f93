#pragma once
// The 应用凭证 form as a client sends it (protocol reference §8): each field read with its JSON
// type checked, then the form's rules applied (CredentialRules in app/core/seller/, the same
// the console and the CLI apply). The rules that need the store (address debugged, login address
// unique, what a listed credential may still change) are CredentialChanges'. Read-only fields a
// client sends back (appId, listed, testAccount, createdAt) are ignored.
#include "sandbox/domain/domain_result.h"
#include "sandbox/seller/seller_records.h"

#include <QJsonObject>

#include <optional>

namespace SellerCredentialForm {

// The credential the body describes, or nothing and `refusal` (400, naming the field). An
// edit (`edit`) must carry the `version` it was read at.
std::optional<SellerCredential> read(const QJsonObject &body, bool edit, DomainResult *refusal);

} // namespace SellerCredentialForm
