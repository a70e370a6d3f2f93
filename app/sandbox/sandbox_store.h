#pragma once
// The sandbox's enterprise: departments and members in SQLite (in memory or a file), a global
// change sequence with tombstones for incremental listings, the organisation's rules, stored
// idempotent answers, and counters of what was actually applied.
#include "org/domain.h"
#include "storage/database.h"

#include <QJsonObject>

struct SandboxReply
{
    int status = 200;
    QJsonObject body;
};

struct SandboxStats
{
    qint64 received = 0;          // every HTTP request, admin and sign-in included
    qint64 withAuthorization = 0; // of those, how many carried an Authorization header
    qint64 requests = 0;
    qint64 appliedChanges = 0;  // changes of state actually made
    qint64 executedTargets = 0; // per-target executions that were not replays
    qint64 replays = 0;         // answers served from the idempotency store
    qint64 faults = 0;          // injected faults
    int inFlight = 0;           // requests received and not yet answered
    int maxInFlight = 0;
    QJsonObject toJson() const;
};

class SandboxStore
{
public:
    static std::unique_ptr<SandboxStore> open(const QString &path, QString *error);

    bool isEmpty() const;
    bool insertSeed(const QList<Department> &departments, const QList<Member> &members,
                    QString *error);

    // `count`: also report how many records remain (a range count, so only when asked).
    SandboxReply listDepartments(const QString &since, const QString &cursor, int limit,
                                 bool count);
    SandboxReply listMembers(const QString &since, const QString &cursor, int limit, bool count);
    SandboxReply getMember(const QString &userName);

    SandboxReply setEnabled(const QString &userName, bool enabled, qint64 expectedVersion);
    SandboxReply deleteMember(const QString &userName, qint64 expectedVersion);
    SandboxReply batch(const QJsonObject &body);
    SandboxReply createMember(const QJsonObject &body);
    SandboxReply updateMember(const QString &userName, const QJsonObject &body);
    SandboxReply createDepartment(const QJsonObject &body);
    SandboxReply updateDepartment(const QString &orgCode, const QJsonObject &body);
    SandboxReply deleteDepartment(const QString &orgCode);

    // Idempotency: a stored answer for the key, or nothing. A key seen with another request
    // fingerprint answers 422.
    std::optional<SandboxReply> replay(const QByteArray &key, const QByteArray &fingerprint);
    void remember(const QByteArray &key, const QByteArray &fingerprint, const SandboxReply &reply);

    SandboxStats &stats() { return m_stats; }
    Database &database() { return *m_db; }
    qint64 memberCount() const;

private:
    explicit SandboxStore(std::unique_ptr<Database> db);
    struct Outcome
    {
        QString code;
        QString message;
        qint64 version = 0;
        bool changed = false;
    };
    std::optional<Member> findMember(const QString &userName) const;
    std::optional<Department> findDepartment(const QString &orgCode) const;
    int enabledAdmins() const;
    Outcome applyAction(MemberAction action, const QString &userName, qint64 expectedVersion,
                        int *enabledAdmins);
    bool writeMember(const Member &m);
    bool writeDepartment(const Department &d);
    bool tombstone(const QString &kind, const QString &id);
    template <typename F>
    SandboxReply list(const QString &kind, const QString &since, const QString &cursor, int limit,
                      bool count, F rowToJson);
    bool parseToken(const QString &token, qint64 *seq, SandboxReply *error,
                    const QString &what) const;
    QString token(qint64 seq) const;

    std::unique_ptr<Database> m_db;
    QString m_epoch;
    qint64 m_seq = 0;
    SandboxStats m_stats;
};
