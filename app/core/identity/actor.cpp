#include "identity/actor.h"

#include <QSysInfo>

namespace Actor {

QString forJournal(const QString &userName, const QString &tenant, const QString &note)
{
    QString osUser = qEnvironmentVariable("USER");
    if (osUser.isEmpty())
        osUser = qEnvironmentVariable("USERNAME"); // Windows
    if (osUser.isEmpty())
        osUser = QStringLiteral("?");
    QString who = tenant.isEmpty() ? userName : userName + u'@' + tenant;
    who += QStringLiteral(" (%1 on %2)").arg(osUser, QSysInfo::machineHostName());
    const QString trimmed = note.simplified().left(200);
    if (!trimmed.isEmpty())
        who += QStringLiteral(" — ") + trimmed;
    return who;
}

} // namespace Actor
