#include "resources/resources.h"

namespace Resources {

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/io.github.marketdesk.Marketdesk.svg"));
}

} // namespace Resources
