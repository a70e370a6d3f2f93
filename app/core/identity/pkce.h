#pragma once
// Proof Key for Code Exchange (RFC 7636) with the S256 method: the verifier stays in this
// process, only its hash travels through the browser.
#include <QByteArray>

namespace Pkce {

// 43 characters from 32 random bytes (RFC 7636 §4.1 recommends exactly this).
QByteArray makeVerifier();

// base64url(SHA-256(verifier)) without padding.
QByteArray challengeS256(const QByteArray &verifier);

// RFC 7636 §4.1: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~].
bool isValidVerifier(const QByteArray &verifier);

} // namespace Pkce
