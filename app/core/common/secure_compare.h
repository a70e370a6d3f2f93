#pragma once
// Comparing a secret (the OAuth state a callback carries) with what a caller sent: the time
// taken does not depend on where the two first differ, so a caller cannot find the secret
// byte by byte by timing its refusals.
#include <QByteArrayView>

namespace SecureCompare {

// True when a and b hold the same bytes. Only the lengths may show in the time taken; they are
// no secret here (a state is always 43 characters).
bool equal(QByteArrayView a, QByteArrayView b);

} // namespace SecureCompare
