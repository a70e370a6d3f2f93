#include "org/domain.h"

QString memberActionName(MemberAction action)
{
    switch (action) {
    case MemberAction::Enable:
        return QStringLiteral("enable");
    case MemberAction::Disable:
        return QStringLiteral("disable");
    case MemberAction::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<MemberAction> memberActionFromName(const QString &name)
{
    if (name == u"enable")
        return MemberAction::Enable;
    if (name == u"disable")
        return MemberAction::Disable;
    if (name == u"delete")
        return MemberAction::Delete;
    return std::nullopt;
}
