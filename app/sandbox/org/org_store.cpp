#include "sandbox/org/org_store.h"

#include "common/logging.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

OrgStore::OrgStore(Database &db)
    : m_db(db)
{
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'")) && q.next()) {
        m_epoch = q.value(0).toString();
    } else {
        // A new epoch per data set: tokens from another sandbox run are recognised as foreign.
        m_epoch = QString::number(QRandomGenerator::system()->generate64() % 1'000'000'000'000, 36);
        m_db.exec(
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('epoch', '%1')").arg(m_epoch));
    }
    q.finish();
    if (q.exec(QStringLiteral("SELECT MAX(m) FROM (SELECT MAX(seq) m FROM members UNION ALL "
                              "SELECT MAX(seq) FROM departments UNION ALL SELECT MAX(seq) FROM "
                              "tombstones)")) &&
        q.next())
        m_seq = q.value(0).toLongLong();
}

QString OrgStore::memberColumns()
{
    return QStringLiteral("user_name, name, email, mobile, org_code, admin, enabled, version");
}

Member OrgStore::memberFromRow(const QSqlQuery &q, int first)
{
    return {q.value(first).toString(),     q.value(first + 1).toString(),
            q.value(first + 2).toString(), q.value(first + 3).toString(),
            q.value(first + 4).toString(), q.value(first + 5).toBool(),
            q.value(first + 6).toBool(),   q.value(first + 7).toLongLong()};
}

bool OrgStore::isEmpty() const
{
    QSqlQuery q = m_db.query();
    return !(q.exec(QStringLiteral("SELECT 1 FROM departments LIMIT 1")) && q.next());
}

qint64 OrgStore::memberCount() const
{
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM members")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool OrgStore::insertSeed(const QList<Department> &departments, const QList<Member> &members,
                          QString *error)
{
    Transaction tx(m_db);
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

std::optional<Member> OrgStore::findMember(const QString &userName) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM members WHERE user_name = ?").arg(memberColumns()));
    q.addBindValue(userName);
    if (q.exec() && q.next())
        return memberFromRow(q, 0);
    return std::nullopt;
}

std::optional<Department> OrgStore::findDepartment(const QString &orgCode) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT org_code, org_name, parent_code, version FROM departments "
                             "WHERE org_code = ?"));
    q.addBindValue(orgCode);
    if (q.exec() && q.next())
        return Department{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toLongLong()};
    return std::nullopt;
}

int OrgStore::enabledAdmins() const
{
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE admin = 1 AND enabled = 1")) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

bool OrgStore::countDependents(const QString &orgCode, int *members, int *children,
                               QString *error) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM members WHERE org_code = ?), (SELECT "
                             "COUNT(*) FROM departments WHERE parent_code = ?)"));
    q.addBindValue(orgCode);
    q.addBindValue(orgCode);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *members = q.value(0).toInt();
    *children = q.value(1).toInt();
    return true;
}

bool OrgStore::writeMember(const Member &m)
{
    QSqlQuery q = m_db.query();
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
    QSqlQuery t = m_db.query();
    t.prepare(QStringLiteral("DELETE FROM tombstones WHERE kind = 'member' AND id = ?"));
    t.addBindValue(notNull(m.userName));
    return t.exec();
}

bool OrgStore::writeDepartment(const Department &d)
{
    QSqlQuery q = m_db.query();
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
    QSqlQuery t = m_db.query();
    t.prepare(QStringLiteral("DELETE FROM tombstones WHERE kind = 'department' AND id = ?"));
    t.addBindValue(notNull(d.orgCode));
    return t.exec();
}

bool OrgStore::removeMember(const QString &userName)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM members WHERE user_name = ?"));
    q.addBindValue(userName);
    return q.exec() && tombstone(QStringLiteral("member"), userName);
}

bool OrgStore::removeDepartment(const QString &orgCode)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM departments WHERE org_code = ?"));
    q.addBindValue(orgCode);
    return q.exec() && tombstone(QStringLiteral("department"), orgCode);
}

bool OrgStore::tombstone(const QString &kind, const QString &id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstones(kind, id, seq) VALUES (?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(++m_seq);
    return q.exec();
}
