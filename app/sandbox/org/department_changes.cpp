#include "sandbox/org/department_changes.h"

#include "org/org_json.h"
#include "storage/database.h"

namespace {

using Kind = DomainResult::Kind;

DomainResult storageError()
{
    return DomainResult::fail(Kind::Failed, ResultCode::InternalError,
                              QStringLiteral("storage error"));
}

} // namespace

DepartmentChanges::DepartmentChanges(OrgStore &store, SandboxStats &stats)
    : m_store(store)
    , m_stats(stats)
{
}

DomainResult DepartmentChanges::create(const QJsonObject &body)
{
    QJsonObject withVersion = body;
    withVersion.insert(QStringLiteral("version"), 1);
    QString error;
    auto d = OrgJson::departmentFromJson(withVersion, QStringLiteral("department"), &error);
    if (!d)
        return DomainResult::fail(Kind::Invalid, ResultCode::InvalidParameter, error);
    if (m_store.findDepartment(d->orgCode))
        return DomainResult::fail(
            Kind::Conflict, ResultCode::AlreadyExists,
            QStringLiteral("department \"%1\" already exists").arg(d->orgCode));
    if (!d->parentCode.isEmpty() && !m_store.findDepartment(d->parentCode))
        return DomainResult::fail(
            Kind::Refused, ResultCode::DepartmentNotFound,
            QStringLiteral("parent department \"%1\" does not exist").arg(d->parentCode));
    ++m_stats.executedTargets;
    if (!m_store.writeDepartment(*d))
        return storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("department"), OrgJson::toJson(*d)}});
}

DomainResult DepartmentChanges::update(const QString &orgCode, const QJsonObject &body)
{
    QString error;
    auto d = OrgJson::departmentFromJson(body, QStringLiteral("department"), &error);
    if (!d)
        return DomainResult::fail(Kind::Invalid, ResultCode::InvalidParameter, error);
    if (d->orgCode != orgCode)
        return DomainResult::fail(Kind::Invalid, ResultCode::InvalidParameter,
                                  QStringLiteral("department.orgCode: cannot be changed"));
    const auto current = m_store.findDepartment(orgCode);
    if (!current)
        return DomainResult::fail(Kind::NotFound, ResultCode::DepartmentNotFound,
                                  QStringLiteral("department \"%1\" does not exist").arg(orgCode));
    if (current->version != d->version)
        return DomainResult::fail(
            Kind::Conflict, ResultCode::VersionConflict,
            QStringLiteral("department \"%1\" was changed meanwhile").arg(orgCode),
            {{QStringLiteral("current"), OrgJson::toJson(*current)}});
    // The new parent must exist and must not be the department itself or below it.
    for (QString p = d->parentCode; !p.isEmpty();) {
        if (p == orgCode)
            return DomainResult::fail(Kind::Refused, ResultCode::InvalidParameter,
                                      QStringLiteral("department.parentCode: a department "
                                                     "cannot move under itself"));
        const auto parent = m_store.findDepartment(p);
        if (!parent)
            return DomainResult::fail(
                Kind::Refused, ResultCode::DepartmentNotFound,
                QStringLiteral("parent department \"%1\" does not exist").arg(p));
        p = parent->parentCode;
    }
    ++d->version;
    ++m_stats.executedTargets;
    if (!m_store.writeDepartment(*d))
        return storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("department"), OrgJson::toJson(*d)}});
}

DomainResult DepartmentChanges::remove(const QString &orgCode)
{
    const auto current = m_store.findDepartment(orgCode);
    if (!current)
        return DomainResult::fail(Kind::NotFound, ResultCode::DepartmentNotFound,
                                  QStringLiteral("department \"%1\" does not exist").arg(orgCode));
    int members = 0;
    int children = 0;
    QString error;
    if (!m_store.countDependents(orgCode, &members, &children, &error))
        return DomainResult::fail(Kind::Failed, ResultCode::InternalError,
                                  QStringLiteral("sandbox storage error: ") + error);
    if (members > 0 || children > 0)
        return DomainResult::fail(Kind::Refused, ResultCode::DepartmentNotEmpty,
                                  QStringLiteral("department \"%1\" still has %2 member(s) and "
                                                 "%3 sub-department(s); move or delete them first")
                                      .arg(current->orgName)
                                      .arg(members)
                                      .arg(children));
    Transaction tx(m_store.database());
    ++m_stats.executedTargets;
    if (!m_store.removeDepartment(orgCode) || !tx.commit())
        return storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done();
}
