#pragma once
// Plain value types of the enterprise organisation, shared by client, cache and sandbox.
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

// Result codes of the console API (docs/api.md). KooGallery codes where they fit.
namespace ResultCode {
inline constexpr char Success[] = "000000";
inline constexpr char AuthFailed[] = "000001";
inline constexpr char InvalidParameter[] = "000002";
inline constexpr char InternalError[] = "000005";
inline constexpr char MemberNotFound[] = "010001";
inline constexpr char DepartmentNotFound[] = "010002";
inline constexpr char VersionConflict[] = "010003";
inline constexpr char NotDisabled[] = "010004";
inline constexpr char LastAdmin[] = "010005";
inline constexpr char DepartmentNotEmpty[] = "010006";
inline constexpr char AlreadyExists[] = "010007";
inline constexpr char IdempotencyMismatch[] = "010008";
inline constexpr char RateLimited[] = "010009";
inline constexpr char Unavailable[] = "010010";
inline constexpr char TokenExpired[] = "010011";
inline constexpr char Forbidden[] = "010012";
} // namespace ResultCode
