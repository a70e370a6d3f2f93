#pragma once
// Random bytes for anything an attacker must not guess (OAuth state, PKCE verifiers, salts,
// nonces): OpenSSL's CSPRNG, never a clock-seeded generator.
#include <QByteArray>

namespace SecureRandom {

// n bytes from RAND_bytes; aborts the process if the generator cannot be used, since every
// caller would otherwise fall back to something guessable.
QByteArray bytes(int n);

// base64url without padding of n random bytes: 32 bytes give 43 characters.
QByteArray urlSafeToken(int n = 32);

} // namespace SecureRandom
