#include "sandbox/sandbox_store.h"

#include "common/logging.h"
#include "org/member_import.h"
#include "org/org_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const Database::Migrations kMigrations = {
    {
        QStringLiteral("CREATE TABLE departments(org_code TEXT PRIMARY KEY, org_name TEXT NOT "
                       "NULL, parent_code TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER "
                       "NOT NULL)"),
        QStringLiteral("CREATE INDEX departments_seq ON departments(seq)"),
        QStringLiteral("CREATE INDEX departments_parent ON departments(parent_code)"),
        QStringLiteral("CREATE TABLE members(user_name TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "email TEXT NOT NULL, mobile TEXT NOT NULL, org_code TEXT NOT NULL, admin "
                       "INTEGER NOT NULL, enabled INTEGER NOT NULL, version INTEGER NOT NULL, seq "
                       "INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX members_seq ON members(seq)"),
        QStringLiteral("CREATE INDEX members_org ON members(org_code)"),
        QStringLiteral("CREATE TABLE tombstones(kind TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER "
                       "NOT NULL, PRIMARY KEY(kind, id))"),
        QStringLiteral("CREATE INDEX tombstones_seq ON tombstones(kind, seq)"),
        QStringLiteral("CREATE TABLE idempotency(key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, "
                       "status INTEGER NOT NULL, body BLOB NOT NULL)"),
    },
    {
        // Sign-ins outlive a restart, as a real server's do. Hashes only, never the tokens.
        QStringLiteral(
            "CREATE TABLE oauth_tokens(hash BLOB PRIMARY KEY, kind TEXT NOT NULL, "
            "account TEXT NOT NULL, expires_ms INTEGER NOT NULL, chain INTEGER NOT NULL, "
            "used INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE oauth_revoked(chain INTEGER PRIMARY KEY)"),
    },
};

SandboxReply reply(int status, const char *code, const QString &message, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("resultCode"), QString::fromLatin1(code));
    extra.insert(QStringLiteral("resultMsg"), message);
    return {status, extra};
}

SandboxReply ok(QJsonObject extra = {})
{
    return reply(200, ResultCode::Success, QStringLiteral("success"), std::move(extra));
}

SandboxReply internal(const QSqlQuery &q)
{
    return reply(500, ResultCode::InternalError,
                 QStringLiteral("sandbox storage error: ") + q.lastError().text());
}

Member memberFromRow(const QSqlQuery &q, int first)
{
    return {q.value(first).toString(),     q.value(first + 1).toString(),
            q.value(first + 2).toString(), q.value(first + 3).toString(),
            q.value(first + 4).toString(), q.value(first + 5).toBool(),
            q.value(first + 6).toBool(),   q.value(first + 7).toLongLong()};
}

const QString kMemberColumns =
    QStringLiteral("user_name, name, email, mobile, org_code, admin, enabled, version");

} // namespace

QJsonObject SandboxStats::toJson() const
{
    return {{QStringLiteral("received"), double(received)},
            {QStringLiteral("withAuthorization"), double(withAuthorization)},
            {QStringLiteral("requests"), double(requests)},
            {QStringLiteral("appliedChanges"), double(appliedChanges)},
            {QStringLiteral("executedTargets"), double(executedTargets)},
            {QStringLiteral("replays"), double(replays)},
            {QStringLiteral("faults"), double(faults)},
            {QStringLiteral("maxInFlight"), maxInFlight}};
}

SandboxStore::SandboxStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

std::unique_ptr<SandboxStore> SandboxStore::open(const QString &path, QString *error)
{
    auto db = Database::open(path, Database::Durability::Normal, kMigrations, error);
    if (!db)
        return nullptr;
    std::unique_ptr<SandboxStore> s(new SandboxStore(std::move(db)));
    QSqlQuery q = s->m_db->query();
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'")) && q.next()) {
        s->m_epoch = q.value(0).toString();
    } else {
        // A new epoch per data set: tokens from another sandbox run are recognised as foreign.
        s->m_epoch =
            QString::number(QRandomGenerator::system()->generate64() % 1'000'000'000'000, 36);
        s->m_db->exec(
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('epoch', '%1')").arg(s->m_epoch));
    }
    q.finish();
    if (q.exec(QStringLiteral("SELECT MAX(m) FROM (SELECT MAX(seq) m FROM members UNION ALL "
                              "SELECT MAX(seq) FROM departments UNION ALL SELECT MAX(seq) FROM "
                              "tombstones)")) &&
        q.next())
        s->m_seq = q.value(0).toLongLong();
    return s;
}

bool SandboxStore::isEmpty() const
{
    QSqlQuery q = m_db->query();
    return !(q.exec(QStringLiteral("SELECT 1 FROM departments LIMIT 1")) && q.next());
}

qint64 SandboxStore::memberCount() const
{
    QSqlQuery q = m_db->query();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM members")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool SandboxStore::insertSeed(const QList<Department> &departments, const QList<Member> &members,
                              QString *error)
{
    Transaction tx(*m_db);
    for (const Department &d : departments)
        if (!writeDepartment(d)) {
            *error = QStringLiteral("seeding departments failed");
            return false;
        }
    for (const Member &m : members)
        if (!writeMember(m)) {
            *error = QStringLiteral("seeding members failed");
            return false;
        }
    return tx.commit(error);
}

bool SandboxStore::writeMember(const Member &m)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO members(user_name, name, email, mobile, "
                             "org_code, admin, enabled, version, seq) VALUES (?, ?, ?, ?, ?, ?, "
                             "?, ?, ?)"));
    q.addBindValue(notNull(m.userName));
    q.addBindValue(notNull(m.name));
    q.addBindValue(notNull(m.email));
    q.addBindValue(notNull(m.mobile));
    q.addBindValue(notNull(m.orgCode));
    q.addBindValue(int(m.admin));
    q.addBindValue(int(m.enabled));
    q.addBindValue(m.version);
    q.addBindValue(++m_seq);
    if (!q.exec())
        return false;
    QSqlQuery t = m_db->query();
    t.prepare(QStringLiteral("DELETE FROM tombstones WHERE kind = 'member' AND id = ?"));
    t.addBindValue(notNull(m.userName));
    return t.exec();
}

bool SandboxStore::writeDepartment(const Department &d)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO departments(org_code, org_name, parent_code, "
                             "version, seq) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(notNull(d.orgCode));
    q.addBindValue(notNull(d.orgName));
    q.addBindValue(notNull(d.parentCode));
    q.addBindValue(d.version);
    q.addBindValue(++m_seq);
    if (!q.exec()) {
        qCWarning(lcSandbox) << "writing department failed:" << q.lastError().text();
        return false;
    }
    QSqlQuery t = m_db->query();
    t.prepare(QStringLiteral("DELETE FROM tombstones WHERE kind = 'department' AND id = ?"));
    t.addBindValue(notNull(d.orgCode));
    return t.exec();
}

bool SandboxStore::tombstone(const QString &kind, const QString &id)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstones(kind, id, seq) VALUES (?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(++m_seq);
    return q.exec();
}

QString SandboxStore::token(qint64 seq) const
{
    return m_epoch + u':' + QString::number(seq);
}

bool SandboxStore::parseToken(const QString &value, qint64 *seq, SandboxReply *error,
                              const QString &what) const
{
    *seq = 0;
    if (value.isEmpty())
        return true;
    const qsizetype colon = value.indexOf(u':');
    bool numeric = false;
    const qint64 n = colon > 0 ? value.mid(colon + 1).toLongLong(&numeric) : 0;
    if (colon <= 0 || !numeric || n < 0) {
        *error = reply(400, ResultCode::InvalidParameter,
                       QStringLiteral("%1: \"%2\" is not a token this server issued")
                           .arg(what, value.left(64)));
        return false;
    }
    if (value.left(colon) != m_epoch || n > m_seq) {
        *error =
            reply(410, ResultCode::TokenExpired,
                  QStringLiteral("%1 belongs to another data set; start a full sync").arg(what));
        return false;
    }
    *seq = n;
    return true;
}

template <typename F>
SandboxReply SandboxStore::list(const QString &kind, const QString &since, const QString &cursor,
                                int limit, bool countRemaining, F rowToJson)
{
    SandboxReply error;
    qint64 sinceSeq = 0;
    qint64 cursorSeq = 0;
    if (!parseToken(since, &sinceSeq, &error, QStringLiteral("since")) ||
        !parseToken(cursor, &cursorSeq, &error, QStringLiteral("cursor")))
        return error;
    if (limit < 1 || limit > 5000)
        return reply(400, ResultCode::InvalidParameter,
                     QStringLiteral("limit: must be between 1 and 5000"));
    const qint64 from = std::max(sinceSeq, cursorSeq);
    const QString table =
        kind == u"member" ? QStringLiteral("members") : QStringLiteral("departments");
    const QString columns = kind == u"member"
                                ? kMemberColumns
                                : QStringLiteral("org_code, org_name, parent_code, version");
    QSqlQuery rows = m_db->query();
    rows.prepare(QStringLiteral("SELECT seq, %1 FROM %2 WHERE seq > ? ORDER BY seq LIMIT ?")
                     .arg(columns, table));
    rows.addBindValue(from);
    rows.addBindValue(limit + 1);
    QSqlQuery tombs = m_db->query();
    tombs.prepare(QStringLiteral("SELECT seq, id FROM tombstones WHERE kind = ? AND seq > ? ORDER "
                                 "BY seq LIMIT ?"));
    tombs.addBindValue(kind);
    tombs.addBindValue(from);
    tombs.addBindValue(limit + 1);
    if (!rows.exec())
        return internal(rows);
    if (!tombs.exec())
        return internal(tombs);
    QJsonArray items;
    QJsonArray deleted;
    qint64 last = from;
    bool haveRow = rows.next();
    bool haveTomb = tombs.next();
    int taken = 0;
    while (taken < limit && (haveRow || haveTomb)) {
        const qint64 rowSeq = haveRow ? rows.value(0).toLongLong() : LLONG_MAX;
        const qint64 tombSeq = haveTomb ? tombs.value(0).toLongLong() : LLONG_MAX;
        if (rowSeq < tombSeq) {
            items.append(rowToJson(rows));
            last = rowSeq;
            haveRow = rows.next();
        } else {
            deleted.append(tombs.value(1).toString());
            last = tombSeq;
            haveTomb = tombs.next();
        }
        ++taken;
    }
    const bool more = haveRow || haveTomb;
    rows.finish();
    tombs.finish();
    qint64 remaining = 0;
    if (more && (countRemaining || cursor.isEmpty())) {
        QSqlQuery count = m_db->query();
        count.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM %1 WHERE seq > ?) + (SELECT "
                                     "COUNT(*) FROM tombstones WHERE kind = ? AND seq > ?)")
                          .arg(table));
        count.addBindValue(last);
        count.addBindValue(kind);
        count.addBindValue(last);
        if (count.exec() && count.next())
            remaining = count.value(0).toLongLong();
    }
    return ok({{QStringLiteral("items"), items},
               {QStringLiteral("deleted"), deleted},
               {QStringLiteral("nextCursor"), more ? token(last) : QString()},
               {QStringLiteral("changeToken"), token(last)},
               {QStringLiteral("remaining"), double(remaining)}});
}

SandboxReply SandboxStore::listDepartments(const QString &since, const QString &cursor, int limit,
                                           bool count)
{
    return list(QStringLiteral("department"), since, cursor, limit, count, [](const QSqlQuery &q) {
        return OrgJson::toJson(Department{q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toLongLong()});
    });
}

SandboxReply SandboxStore::listMembers(const QString &since, const QString &cursor, int limit,
                                       bool count)
{
    return list(QStringLiteral("member"), since, cursor, limit, count,
                [](const QSqlQuery &q) { return OrgJson::toJson(memberFromRow(q, 1)); });
}

std::optional<Member> SandboxStore::findMember(const QString &userName) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT %1 FROM members WHERE user_name = ?").arg(kMemberColumns));
    q.addBindValue(userName);
    if (q.exec() && q.next())
        return memberFromRow(q, 0);
    return std::nullopt;
}

std::optional<Department> SandboxStore::findDepartment(const QString &orgCode) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT org_code, org_name, parent_code, version FROM departments "
                             "WHERE org_code = ?"));
    q.addBindValue(orgCode);
    if (q.exec() && q.next())
        return Department{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toLongLong()};
    return std::nullopt;
}

SandboxReply SandboxStore::getMember(const QString &userName)
{
    const auto m = findMember(userName);
    if (!m)
        return reply(404, ResultCode::MemberNotFound,
                     QStringLiteral("member \"%1\" does not exist").arg(userName));
    return ok({{QStringLiteral("member"), OrgJson::toJson(*m)}});
}

int SandboxStore::enabledAdmins() const
{
    QSqlQuery q = m_db->query();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE admin = 1 AND enabled = 1")) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

SandboxStore::Outcome SandboxStore::applyAction(MemberAction action, const QString &userName,
                                                qint64 expectedVersion, int *admins)
{
    ++m_stats.executedTargets;
    auto m = findMember(userName);
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
            *admins = enabledAdmins();
        if (!enable && m->admin && *admins <= 1)
            return {QString::fromLatin1(ResultCode::LastAdmin),
                    QStringLiteral("\"%1\" is the last enabled administrator and cannot be "
                                   "disabled")
                        .arg(userName),
                    m->version};
        m->enabled = enable;
        ++m->version;
        if (!writeMember(*m))
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
        QSqlQuery q = m_db->query();
        q.prepare(QStringLiteral("DELETE FROM members WHERE user_name = ?"));
        q.addBindValue(userName);
        if (!q.exec() || !tombstone(QStringLiteral("member"), userName))
            return {QString::fromLatin1(ResultCode::InternalError), QStringLiteral("storage error"),
                    m->version};
        ++m_stats.appliedChanges;
        return {QString::fromLatin1(ResultCode::Success), QStringLiteral("deleted"), m->version + 1,
                true};
    }
    }
    return {};
}

namespace {
SandboxReply outcomeReply(const QString &code, const QString &message, QJsonObject extra)
{
    int status = 200;
    if (code == QLatin1String(ResultCode::MemberNotFound))
        status = 404;
    else if (code == QLatin1String(ResultCode::VersionConflict))
        status = 409;
    else if (code == QLatin1String(ResultCode::InternalError))
        status = 500;
    else if (code != QLatin1String(ResultCode::Success))
        status = 422;
    extra.insert(QStringLiteral("resultCode"), code);
    extra.insert(QStringLiteral("resultMsg"), message);
    return {status, extra};
}
} // namespace

SandboxReply SandboxStore::setEnabled(const QString &userName, bool enabled, qint64 expectedVersion)
{
    Transaction tx(*m_db);
    int admins = -1; // not counted yet
    const Outcome o = applyAction(enabled ? MemberAction::Enable : MemberAction::Disable, userName,
                                  expectedVersion, &admins);
    tx.commit();
    QJsonObject extra;
    if (const auto m = findMember(userName))
        extra.insert(o.code == QLatin1String(ResultCode::VersionConflict)
                         ? QStringLiteral("current")
                         : QStringLiteral("member"),
                     OrgJson::toJson(*m));
    return outcomeReply(o.code, o.message, extra);
}

SandboxReply SandboxStore::deleteMember(const QString &userName, qint64 expectedVersion)
{
    Transaction tx(*m_db);
    int admins = -1;
    const Outcome o = applyAction(MemberAction::Delete, userName, expectedVersion, &admins);
    tx.commit();
    QJsonObject extra;
    if (o.code != QLatin1String(ResultCode::Success))
        if (const auto m = findMember(userName))
            extra.insert(QStringLiteral("current"), OrgJson::toJson(*m));
    return outcomeReply(o.code, o.message, extra);
}

SandboxReply SandboxStore::batch(const QJsonObject &body)
{
    const auto action = memberActionFromName(body.value(u"action").toString());
    if (!action)
        return reply(400, ResultCode::InvalidParameter,
                     QStringLiteral("action: expected \"enable\", \"disable\" or \"delete\""));
    const QJsonValue names = body.value(u"userNames");
    if (!names.isArray())
        return reply(400, ResultCode::InvalidParameter,
                     QStringLiteral("userNames: expected an array of strings"));
    const QJsonArray array = names.toArray();
    if (array.isEmpty() || array.size() > 500)
        return reply(400, ResultCode::InvalidParameter,
                     QStringLiteral("userNames: between 1 and 500 names per call, got %1")
                         .arg(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i)
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return reply(400, ResultCode::InvalidParameter,
                         QStringLiteral("userNames[%1]: expected a non-empty string").arg(i));
    Transaction tx(*m_db);
    int admins = -1; // counted on the first administrator disabled, then kept up to date
    QJsonArray results;
    for (const QJsonValue &v : array) {
        const Outcome o = applyAction(*action, v.toString(), 0, &admins);
        results.append(QJsonObject{{QStringLiteral("userName"), v.toString()},
                                   {QStringLiteral("resultCode"), o.code},
                                   {QStringLiteral("resultMsg"), o.message},
                                   {QStringLiteral("version"), double(o.version)}});
    }
    QString error;
    if (!tx.commit(&error))
        return reply(500, ResultCode::InternalError, error);
    return ok({{QStringLiteral("results"), results}});
}

SandboxReply SandboxStore::createMember(const QJsonObject &body)
{
    QJsonObject withVersion = body;
    withVersion.insert(QStringLiteral("version"), 1);
    if (!withVersion.contains(u"enabled"))
        withVersion.insert(QStringLiteral("enabled"), true);
    QString error;
    auto m = OrgJson::memberFromJson(withVersion, QStringLiteral("member"), &error);
    if (!m)
        return reply(400, ResultCode::InvalidParameter, error);
    if (const auto problems = MemberImport::validate(*m); !problems.isEmpty())
        return reply(400, ResultCode::InvalidParameter,
                     QStringLiteral("member.%1: %2").arg(problems.firstKey(), problems.first()));
    if (findMember(m->userName))
        return reply(409, ResultCode::AlreadyExists,
                     QStringLiteral("member \"%1\" already exists").arg(m->userName));
    if (!findDepartment(m->orgCode))
        return reply(422, ResultCode::DepartmentNotFound,
                     QStringLiteral("department \"%1\" does not exist").arg(m->orgCode));
    ++m_stats.executedTargets;
    if (!writeMember(*m))
        return reply(500, ResultCode::InternalError, QStringLiteral("storage error"));
    ++m_stats.appliedChanges;
    return ok({{QStringLiteral("member"), OrgJson::toJson(*m)}});
}

SandboxReply SandboxStore::updateMember(const QString &userName, const QJsonObject &body)
{
    QString error;
    auto m = OrgJson::memberFromJson(body, QStringLiteral("member"), &error);
    if (!m)
        return reply(400, ResultCode::InvalidParameter, error);
    if (m->userName != userName)
        return reply(400, ResultCode::InvalidParameter,
                     QStringLiteral("member.userName: cannot be changed"));
    if (const auto problems = MemberImport::validate(*m); !problems.isEmpty())
        return reply(400, ResultCode::InvalidParameter,
                     QStringLiteral("member.%1: %2").arg(problems.firstKey(), problems.first()));
    const auto current = findMember(userName);
    if (!current)
        return reply(404, ResultCode::MemberNotFound,
                     QStringLiteral("member \"%1\" does not exist").arg(userName));
    if (current->version != m->version)
        return reply(409, ResultCode::VersionConflict,
                     QStringLiteral("member \"%1\" was changed meanwhile (version %2, you sent %3)")
                         .arg(userName)
                         .arg(current->version)
                         .arg(m->version),
                     {{QStringLiteral("current"), OrgJson::toJson(*current)}});
    if (!findDepartment(m->orgCode))
        return reply(422, ResultCode::DepartmentNotFound,
                     QStringLiteral("department \"%1\" does not exist").arg(m->orgCode));
    Transaction tx(*m_db);
    if (current->admin && current->enabled && (!m->admin || !m->enabled) && enabledAdmins() <= 1)
        return reply(422, ResultCode::LastAdmin,
                     QStringLiteral("\"%1\" is the last enabled administrator").arg(userName));
    ++m->version;
    ++m_stats.executedTargets;
    if (!writeMember(*m) || !tx.commit())
        return reply(500, ResultCode::InternalError, QStringLiteral("storage error"));
    ++m_stats.appliedChanges;
    return ok({{QStringLiteral("member"), OrgJson::toJson(*m)}});
}

SandboxReply SandboxStore::createDepartment(const QJsonObject &body)
{
    QJsonObject withVersion = body;
    withVersion.insert(QStringLiteral("version"), 1);
    QString error;
    auto d = OrgJson::departmentFromJson(withVersion, QStringLiteral("department"), &error);
    if (!d)
        return reply(400, ResultCode::InvalidParameter, error);
    if (findDepartment(d->orgCode))
        return reply(409, ResultCode::AlreadyExists,
                     QStringLiteral("department \"%1\" already exists").arg(d->orgCode));
    if (!d->parentCode.isEmpty() && !findDepartment(d->parentCode))
        return reply(422, ResultCode::DepartmentNotFound,
                     QStringLiteral("parent department \"%1\" does not exist").arg(d->parentCode));
    ++m_stats.executedTargets;
    if (!writeDepartment(*d))
        return reply(500, ResultCode::InternalError, QStringLiteral("storage error"));
    ++m_stats.appliedChanges;
    return ok({{QStringLiteral("department"), OrgJson::toJson(*d)}});
}

SandboxReply SandboxStore::updateDepartment(const QString &orgCode, const QJsonObject &body)
{
    QString error;
    auto d = OrgJson::departmentFromJson(body, QStringLiteral("department"), &error);
    if (!d)
        return reply(400, ResultCode::InvalidParameter, error);
    if (d->orgCode != orgCode)
        return reply(400, ResultCode::InvalidParameter,
                     QStringLiteral("department.orgCode: cannot be changed"));
    const auto current = findDepartment(orgCode);
    if (!current)
        return reply(404, ResultCode::DepartmentNotFound,
                     QStringLiteral("department \"%1\" does not exist").arg(orgCode));
    if (current->version != d->version)
        return reply(409, ResultCode::VersionConflict,
                     QStringLiteral("department \"%1\" was changed meanwhile").arg(orgCode),
                     {{QStringLiteral("current"), OrgJson::toJson(*current)}});
    // The new parent must exist and must not be the department itself or below it.
    for (QString p = d->parentCode; !p.isEmpty();) {
        if (p == orgCode)
            return reply(422, ResultCode::InvalidParameter,
                         QStringLiteral("department.parentCode: a department cannot move under "
                                        "itself"));
        const auto parent = findDepartment(p);
        if (!parent)
            return reply(422, ResultCode::DepartmentNotFound,
                         QStringLiteral("parent department \"%1\" does not exist").arg(p));
        p = parent->parentCode;
    }
    ++d->version;
    ++m_stats.executedTargets;
    if (!writeDepartment(*d))
        return reply(500, ResultCode::InternalError, QStringLiteral("storage error"));
    ++m_stats.appliedChanges;
    return ok({{QStringLiteral("department"), OrgJson::toJson(*d)}});
}

SandboxReply SandboxStore::deleteDepartment(const QString &orgCode)
{
    const auto current = findDepartment(orgCode);
    if (!current)
        return reply(404, ResultCode::DepartmentNotFound,
                     QStringLiteral("department \"%1\" does not exist").arg(orgCode));
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM members WHERE org_code = ?), (SELECT "
                             "COUNT(*) FROM departments WHERE parent_code = ?)"));
    q.addBindValue(orgCode);
    q.addBindValue(orgCode);
    if (!q.exec() || !q.next())
        return internal(q);
    const int members = q.value(0).toInt();
    const int children = q.value(1).toInt();
    q.finish();
    if (members > 0 || children > 0)
        return reply(422, ResultCode::DepartmentNotEmpty,
                     QStringLiteral("department \"%1\" still has %2 member(s) and %3 "
                                    "sub-department(s); move or delete them first")
                         .arg(current->orgName)
                         .arg(members)
                         .arg(children));
    Transaction tx(*m_db);
    QSqlQuery del = m_db->query();
    del.prepare(QStringLiteral("DELETE FROM departments WHERE org_code = ?"));
    del.addBindValue(orgCode);
    ++m_stats.executedTargets;
    if (!del.exec() || !tombstone(QStringLiteral("department"), orgCode) || !tx.commit())
        return reply(500, ResultCode::InternalError, QStringLiteral("storage error"));
    ++m_stats.appliedChanges;
    return ok();
}

std::optional<SandboxReply> SandboxStore::replay(const QByteArray &key,
                                                 const QByteArray &fingerprint)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT fingerprint, status, body FROM idempotency WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (q.value(0).toString().toLatin1() != fingerprint)
        return reply(422, ResultCode::IdempotencyMismatch,
                     QStringLiteral("Idempotency-Key was already used with a different request"));
    ++m_stats.replays;
    return SandboxReply{q.value(1).toInt(),
                        QJsonDocument::fromJson(q.value(2).toByteArray()).object()};
}

void SandboxStore::remember(const QByteArray &key, const QByteArray &fingerprint,
                            const SandboxReply &r)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO idempotency(key, fingerprint, status, body) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(QString::fromLatin1(fingerprint));
    q.addBindValue(r.status);
    q.addBindValue(QJsonDocument(r.body).toJson(QJsonDocument::Compact));
    q.exec();
}
