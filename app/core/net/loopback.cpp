#include "net/loopback.h"

#include <QHostAddress>

namespace Loopback {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isLoopbackUrl(const QUrl &url)
{
    return url.isValid() && isLoopbackHost(url.host());
}

} // namespace Loopback
