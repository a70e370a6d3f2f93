#include "sandbox/apps/group_changes.h"

#include "sandbox/apps/apps_codes.h"
#include "sandbox/apps/apps_reader.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSqlQuery>

using Kind = DomainResult::Kind;

GroupChanges::GroupChanges(AppsStore &store, const OrgView &org, SandboxStats &stats, qint64 nowMs)
    : m_store(store)
    , m_org(org)
    , m_stats(stats)
    , m_now(nowMs)
{
}

DomainResult GroupChanges::create(const QJsonObject &body)
{
    const QString name = body.value(u"name").toString().trimmed();
    if (!body.value(u"name").isString() || name.isEmpty() || name.size() > 64)
        return AppsResult::invalid(QStringLiteral("name"),
                                   QStringLiteral("expected 1 to 64 characters"));
    QSqlQuery q = m_store.database().query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM member_groups")) || !q.next())
        return AppsResult::storageError();
    const QString id = QStringLiteral("G%1").arg(q.value(0).toInt() + 1, 4, 10, QLatin1Char('0'));
    q.finish();
    ++m_stats.executedTargets;
    q.prepare(QStringLiteral("INSERT INTO member_groups(group_id, name, version, seq) VALUES (?, "
                             "?, 1, ?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(m_store.log().next());
    if (!q.exec())
        return AppsResult::storageError();
    ++m_stats.appliedChanges;
    return AppsReader(m_store).group(id);
}

DomainResult GroupChanges::changeMembers(const QString &groupId, const QJsonObject &body)
{
    QList<QPair<QString, bool>> asked; // name, add
    for (const QString &key : body.keys())
        if (key != u"add" && key != u"remove")
            return AppsResult::invalid(key, QStringLiteral("not a field of this request (add, "
                                                           "remove)"));
    for (const QString &key : {QStringLiteral("add"), QStringLiteral("remove")}) {
        const QJsonValue v = body.value(key);
        if (!v.isUndefined() && !v.isArray())
            return AppsResult::invalid(key, QStringLiteral("expected an array of strings"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().isEmpty())
                return AppsResult::invalid(QStringLiteral("%1[%2]").arg(key).arg(i),
                                           QStringLiteral("expected a non-empty string"));
            asked.append({a.at(i).toString(), key == u"add"});
        }
    }
    if (asked.isEmpty() || asked.size() > 500)
        return AppsResult::invalid(
            QStringLiteral("add"),
            QStringLiteral("between 1 and 500 names per call, got %1").arg(asked.size()));
    if (m_store.groupName(groupId).isEmpty())
        return DomainResult::fail(Kind::NotFound, ResultCode::GroupNotFound,
                                  QStringLiteral("group \"%1\" does not exist").arg(groupId));
    QJsonArray results;
    QList<MemberState> changed;
    for (const auto &[name, add] : asked) {
        ++m_stats.executedTargets;
        const auto m = m_org.member(name);
        if (add && !m) {
            results.append(QJsonObject{
                {QStringLiteral("userName"), name},
                {QStringLiteral("resultCode"), QString::fromLatin1(ResultCode::MemberNotFound)},
                {QStringLiteral("resultMsg"),
                 QStringLiteral("member \"%1\" does not exist").arg(name)}});
            continue;
        }
        QSqlQuery q = m_store.database().query();
        q.prepare(add ? QStringLiteral("INSERT OR IGNORE INTO group_members(group_id, user_name) "
                                       "VALUES (?, ?)")
                      : QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND "
                                       "user_name = ?"));
        q.addBindValue(groupId);
        q.addBindValue(name);
        if (!q.exec())
            return AppsResult::storageError();
        const bool did = q.numRowsAffected() > 0;
        if (did) {
            ++m_stats.appliedChanges;
            changed.append(m.value_or(MemberState{name, {}, false, false}));
        }
        results.append(QJsonObject{
            {QStringLiteral("userName"), name},
            {QStringLiteral("resultCode"), QString::fromLatin1(ResultCode::Success)},
            {QStringLiteral("resultMsg"),
             add ? (did ? QStringLiteral("added") : QStringLiteral("already a member"))
                 : (did ? QStringLiteral("removed") : QStringLiteral("not a member"))}});
    }
    if (!changed.isEmpty() &&
        (!m_store.touchGroup(groupId) || !SeatReconciler(m_store, m_org).reconcile(changed, m_now)))
        return AppsResult::storageError();
    DomainResult answer = AppsReader(m_store).group(groupId);
    answer.data.insert(QStringLiteral("results"), results);
    return answer;
}
