#pragma once
// Plain value types of the enterprise organisation, shared by client, cache and sandbox.
#include "net/result_code.h"

#include <QString>
#include <QStringList>
#include <optional>

struct Department
{
    QString orgCode;
    QString orgName;
    QString parentCode; // empty for the root
    qint64 version = 0;
};

struct Member
{
    QString userName;
    QString name;
    QString email;
    QString mobile;
    QString orgCode;
    bool admin = false;
    bool enabled = true;
    qint64 version = 0;
};

enum class MemberAction
{
    Enable,
    Disable,
    Delete
};

QString memberActionName(MemberAction action);
std::optional<MemberAction> memberActionFromName(const QString &name);

// Result codes of the organisation's endpoints (docs/api.md); the shared ones are in
// net/result_code.h.
namespace ResultCode {
inline constexpr char MemberNotFound[] = "010001";
inline constexpr char DepartmentNotFound[] = "010002";
inline constexpr char NotDisabled[] = "010004";
inline constexpr char LastAdmin[] = "010005";
inline constexpr char DepartmentNotEmpty[] = "010006";
inline constexpr char AlreadyExists[] = "010007";
} // namespace ResultCode
