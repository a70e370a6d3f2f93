#include "sandbox/apps/org_view.h"

#include "storage/database.h"

#include <QSqlQuery>

OrgView::OrgView(Database &db)
    : m_db(db)
{
}

std::optional<MemberState> OrgView::member(const QString &userName) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT org_code, enabled FROM members WHERE user_name = ?"));
    q.addBindValue(userName);
    if (q.exec() && q.next())
        return MemberState{userName, q.value(0).toString(), q.value(1).toBool(), true};
    return std::nullopt;
}

QString OrgView::departmentName(const QString &orgCode) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT org_name FROM departments WHERE org_code = ?"));
    q.addBindValue(orgCode);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void OrgView::loadTree() const
{
    if (m_loaded)
        return;
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT org_code, parent_code FROM departments")))
        while (q.next())
            m_parent.insert(q.value(0).toString(), q.value(1).toString());
    m_loaded = true;
}

QStringList OrgView::subtree(const QString &orgCode) const
{
    loadTree();
    QHash<QString, QStringList> children;
    for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it)
        children[it.value()].append(it.key());
    QStringList out{orgCode};
    for (qsizetype i = 0; i < out.size(); ++i)
        out += children.value(out.at(i));
    return out;
}

QStringList OrgView::ancestors(const QString &orgCode) const
{
    loadTree();
    QStringList out;
    // Bounded by the tree's size: a cycle in the data must not hang the sandbox.
    for (QString code = orgCode; !code.isEmpty() && out.size() <= m_parent.size();
         code = m_parent.value(code))
        out << code;
    return out;
}

qint64 OrgView::memberSeq() const
{
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT MAX(COALESCE((SELECT MAX(seq) FROM members), 0), "
                              "COALESCE((SELECT MAX(seq) FROM tombstones WHERE kind = 'member'), "
                              "0))")) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<MemberState> OrgView::changedSince(qint64 seq) const
{
    QList<MemberState> out;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT user_name, org_code, enabled FROM members WHERE seq > ?"));
    q.addBindValue(seq);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), true});
    QSqlQuery t = m_db.query();
    t.prepare(QStringLiteral("SELECT id FROM tombstones WHERE kind = 'member' AND seq > ?"));
    t.addBindValue(seq);
    if (t.exec())
        while (t.next())
            out.append({t.value(0).toString(), {}, false, false});
    return out;
}
