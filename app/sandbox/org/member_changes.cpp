#include "sandbox/org/member_changes.h"

#include "org/member_import.h"
#include "org/org_json.h"
#include "storage/database.h"

#include <QJsonArray>

namespace {

using Kind = DomainResult::Kind;

DomainResult invalid(const QString &message)
{
    return DomainResult::fail(Kind::Invalid, ResultCode::InvalidParameter, message);
}

DomainResult storageError()
{
    return DomainResult::fail(Kind::Failed, ResultCode::InternalError,
                              QStringLiteral("storage error"));
}

} // namespace

MemberChanges::MemberChanges(OrgStore &store, SandboxStats &stats)
    : m_store(store)
    , m_stats(stats)
{
}

MemberChanges::Outcome MemberChanges::apply(MemberAction action, const QString &userName,
                                            qint64 expectedVersion, int *admins)
{
    ++m_stats.executedTargets;
    auto m = m_store.findMember(userName);
    if (!m)
        return {QString::fromLatin1(ResultCode::MemberNotFound),
                QStringLiteral("member \"%1\" does not exist").arg(userName)};
    if (expectedVersion > 0 && m->version != expectedVersion)
        return {QString::fromLatin1(ResultCode::VersionConflict),
                QStringLiteral("member \"%1\" is at version %2, not %3")
                    .arg(userName)
                    .arg(m->version)
                    .arg(expectedVersion),
                m->version};
    switch (action) {
    case MemberAction::Enable:
    case MemberAction::Disable: {
        const bool enable = action == MemberAction::Enable;
        if (m->enabled == enable)
            return {QString::fromLatin1(ResultCode::Success),
                    enable ? QStringLiteral("already enabled") : QStringLiteral("already disabled"),
                    m->version};
        // Counted only when an administrator is disabled: a full scan otherwise wasted.
        if (!enable && m->admin && *admins < 0)
            *admins = m_store.enabledAdmins();
        if (!enable && m->admin && *admins <= 1)
            return {QString::fromLatin1(ResultCode::LastAdmin),
                    QStringLiteral("\"%1\" is the last enabled administrator and cannot be "
                                   "disabled")
                        .arg(userName),
                    m->version};
        m->enabled = enable;
        ++m->version;
        if (!m_store.writeMember(*m))
            return {QString::fromLatin1(ResultCode::InternalError), QStringLiteral("storage error"),
                    m->version};
        if (m->admin && *admins >= 0)
            *admins += enable ? 1 : -1;
        ++m_stats.appliedChanges;
        return {QString::fromLatin1(ResultCode::Success),
                enable ? QStringLiteral("enabled") : QStringLiteral("disabled"), m->version, true};
    }
    case MemberAction::Delete: {
        if (m->enabled)
            return {QString::fromLatin1(ResultCode::NotDisabled),
                    QStringLiteral("only a disabled member can be deleted; disable \"%1\" first")
                        .arg(userName),
                    m->version};
        if (!m_store.removeMember(userName))
            return {QString::fromLatin1(ResultCode::InternalError), QStringLiteral("storage error"),
                    m->version};
        ++m_stats.appliedChanges;
        return {QString::fromLatin1(ResultCode::Success), QStringLiteral("deleted"), m->version + 1,
                true};
    }
    }
    return {};
}

DomainResult MemberChanges::resultOf(const Outcome &o, QJsonObject data)
{
    Kind kind = Kind::Done;
    if (o.code == QLatin1String(ResultCode::MemberNotFound))
        kind = Kind::NotFound;
    else if (o.code == QLatin1String(ResultCode::VersionConflict))
        kind = Kind::Conflict;
    else if (o.code == QLatin1String(ResultCode::InternalError))
        kind = Kind::Failed;
    else if (o.code != QLatin1String(ResultCode::Success))
        kind = Kind::Refused;
    return {kind, o.code, o.message, std::move(data)};
}

DomainResult MemberChanges::setEnabled(const QString &userName, bool enabled,
                                       qint64 expectedVersion)
{
    Transaction tx(m_store.database());
    int admins = -1; // not counted yet
    const Outcome o = apply(enabled ? MemberAction::Enable : MemberAction::Disable, userName,
                            expectedVersion, &admins);
    tx.commit();
    QJsonObject data;
    if (const auto m = m_store.findMember(userName))
        data.insert(o.code == QLatin1String(ResultCode::VersionConflict) ? QStringLiteral("current")
                                                                         : QStringLiteral("member"),
                    OrgJson::toJson(*m));
    return resultOf(o, data);
}

DomainResult MemberChanges::remove(const QString &userName, qint64 expectedVersion)
{
    Transaction tx(m_store.database());
    int admins = -1;
    const Outcome o = apply(MemberAction::Delete, userName, expectedVersion, &admins);
    tx.commit();
    QJsonObject data;
    if (o.code != QLatin1String(ResultCode::Success))
        if (const auto m = m_store.findMember(userName))
            data.insert(QStringLiteral("current"), OrgJson::toJson(*m));
    return resultOf(o, data);
}

DomainResult MemberChanges::batch(const QJsonObject &body)
{
    const auto action = memberActionFromName(body.value(u"action").toString());
    if (!action)
        return invalid(QStringLiteral("action: expected \"enable\", \"disable\" or \"delete\""));
    const QJsonValue names = body.value(u"userNames");
    if (!names.isArray())
        return invalid(QStringLiteral("userNames: expected an array of strings"));
    const QJsonArray array = names.toArray();
    if (array.isEmpty() || array.size() > 500)
        return invalid(QStringLiteral("userNames: between 1 and 500 names per call, got %1")
                           .arg(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i)
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return invalid(QStringLiteral("userNames[%1]: expected a non-empty string").arg(i));
    Transaction tx(m_store.database());
    int admins = -1; // counted on the first administrator disabled, then kept up to date
    QJsonArray results;
    for (const QJsonValue &v : array) {
        const Outcome o = apply(*action, v.toString(), 0, &admins);
        results.append(QJsonObject{{QStringLiteral("userName"), v.toString()},
                                   {QStringLiteral("resultCode"), o.code},
                                   {QStringLiteral("resultMsg"), o.message},
                                   {QStringLiteral("version"), double(o.version)}});
    }
    QString error;
    if (!tx.commit(&error))
        return DomainResult::fail(Kind::Failed, ResultCode::InternalError, error);
    return DomainResult::done({{QStringLiteral("results"), results}});
}

DomainResult MemberChanges::create(const QJsonObject &body)
{
    QJsonObject withVersion = body;
    withVersion.insert(QStringLiteral("version"), 1);
    if (!withVersion.contains(u"enabled"))
        withVersion.insert(QStringLiteral("enabled"), true);
    QString error;
    auto m = OrgJson::memberFromJson(withVersion, QStringLiteral("member"), &error);
    if (!m)
        return invalid(error);
    if (const auto problems = MemberImport::validate(*m); !problems.isEmpty())
        return invalid(QStringLiteral("member.%1: %2").arg(problems.firstKey(), problems.first()));
    if (m_store.findMember(m->userName))
        return DomainResult::fail(Kind::Conflict, ResultCode::AlreadyExists,
                                  QStringLiteral("member \"%1\" already exists").arg(m->userName));
    if (!m_store.findDepartment(m->orgCode))
        return DomainResult::fail(
            Kind::Refused, ResultCode::DepartmentNotFound,
            QStringLiteral("department \"%1\" does not exist").arg(m->orgCode));
    ++m_stats.executedTargets;
    if (!m_store.writeMember(*m))
        return storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("member"), OrgJson::toJson(*m)}});
}

DomainResult MemberChanges::update(const QString &userName, const QJsonObject &body)
{
    QString error;
    auto m = OrgJson::memberFromJson(body, QStringLiteral("member"), &error);
    if (!m)
        return invalid(error);
    if (m->userName != userName)
        return invalid(QStringLiteral("member.userName: cannot be changed"));
    if (const auto problems = MemberImport::validate(*m); !problems.isEmpty())
        return invalid(QStringLiteral("member.%1: %2").arg(problems.firstKey(), problems.first()));
    const auto current = m_store.findMember(userName);
    if (!current)
        return DomainResult::fail(Kind::NotFound, ResultCode::MemberNotFound,
                                  QStringLiteral("member \"%1\" does not exist").arg(userName));
    if (current->version != m->version)
        return DomainResult::fail(
            Kind::Conflict, ResultCode::VersionConflict,
            QStringLiteral("member \"%1\" was changed meanwhile (version %2, you sent %3)")
                .arg(userName)
                .arg(current->version)
                .arg(m->version),
            {{QStringLiteral("current"), OrgJson::toJson(*current)}});
    if (!m_store.findDepartment(m->orgCode))
        return DomainResult::fail(
            Kind::Refused, ResultCode::DepartmentNotFound,
            QStringLiteral("department \"%1\" does not exist").arg(m->orgCode));
    Transaction tx(m_store.database());
    if (current->admin && current->enabled && (!m->admin || !m->enabled) &&
        m_store.enabledAdmins() <= 1)
        return DomainResult::fail(
            Kind::Refused, ResultCode::LastAdmin,
            QStringLiteral("\"%1\" is the last enabled administrator").arg(userName));
    ++m->version;
    ++m_stats.executedTargets;
    if (!m_store.writeMember(*m) || !tx.commit())
        return storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("member"), OrgJson::toJson(*m)}});
}
