#include "resources/resources.h"

namespace Resources {

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/io.github.marketdesk.Marketdesk.svg"));
}

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace Resources
