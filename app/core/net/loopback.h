#pragma once
// The one rule for "this computer": plain http, an OAuth redirect without TLS, a login domain
// without TLS are allowed only towards a loopback host — an IP literal in 127.0.0.0/8 or ::1,
// or the name localhost (RFC 8252 §7.3, RFC 6761 §6.3). Every place that decides it (the
// console's server address, the sandbox's redirect check, the Seller Center's URLs, the
// reference server's login) asks here, so that they cannot drift apart.
#include <QString>
#include <QUrl>

namespace Loopback {

bool isLoopbackHost(const QString &host);
// `url`'s host is loopback (its scheme is not looked at).
bool isLoopbackUrl(const QUrl &url);

} // namespace Loopback
