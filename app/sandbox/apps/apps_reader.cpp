#include "sandbox/apps/apps_reader.h"

#include "sandbox/apps/apps_codes.h"
#include "sandbox/apps/apps_json.h"
#include "sandbox/domain/sandbox_clock.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSqlQuery>

using Kind = DomainResult::Kind;

AppsReader::AppsReader(const AppsStore &store)
    : m_store(store)
{
}

std::optional<DomainResult> AppsReader::missingApp(const QString &appId) const
{
    if (m_store.findApp(appId))
        return std::nullopt;
    return DomainResult::fail(Kind::NotFound, ResultCode::AppNotFound,
                              QStringLiteral("app \"%1\" does not exist").arg(appId));
}

DomainResult AppsReader::apps(const ListingPage &page) const
{
    return ChangeListing::list(
        m_store.log(),
        {QStringLiteral("apps"),
         AppsStore::appColumns(),
         QStringLiteral("app"),
         {},
         {},
         [](const QSqlQuery &q) { return AppsJson::app(AppsStore::appFromRow(q, 1)); }},
        page);
}

DomainResult AppsReader::app(const QString &appId) const
{
    if (auto missing = missingApp(appId))
        return *missing;
    return DomainResult::done({{QStringLiteral("app"), AppsJson::app(*m_store.findApp(appId))}});
}

DomainResult AppsReader::grants(const QString &appId, const ListingPage &page) const
{
    if (auto missing = missingApp(appId))
        return *missing;
    const Database &db = m_store.database();
    return ChangeListing::list(
        m_store.log(),
        {QStringLiteral("app_grants"), AppsStore::grantColumns(), QStringLiteral("grant"),
         QStringLiteral("app_id"), appId,
         [this, &db](const QSqlQuery &q) {
             const GrantRecord g = AppsStore::grantFromRow(q, 1);
             QString name;
             if (g.kind == u"group") {
                 name = m_store.groupName(g.target);
             } else if (g.kind == u"department") {
                 QSqlQuery n = db.query();
                 n.prepare(QStringLiteral("SELECT org_name FROM departments WHERE org_code = ?"));
                 n.addBindValue(g.target);
                 if (n.exec() && n.next())
                     name = n.value(0).toString();
             }
             return AppsJson::grant(g, name);
         }},
        page);
}

DomainResult AppsReader::seats(const QString &appId, const ListingPage &page) const
{
    if (auto missing = missingApp(appId))
        return *missing;
    return ChangeListing::list(
        m_store.log(),
        {QStringLiteral("app_seats"), AppsStore::seatColumns(), QStringLiteral("seat"),
         QStringLiteral("app_id"), appId,
         [](const QSqlQuery &q) { return AppsJson::seat(AppsStore::seatFromRow(q, 1)); }},
        page);
}

DomainResult AppsReader::groups(const ListingPage &page) const
{
    return ChangeListing::list(
        m_store.log(),
        {QStringLiteral("member_groups"),
         QStringLiteral("group_id, name, version, (SELECT COUNT(*) FROM group_members gm WHERE "
                        "gm.group_id = member_groups.group_id)"),
         QStringLiteral("group"),
         {},
         {},
         [](const QSqlQuery &q) {
             return QJsonObject{{QStringLiteral("groupId"), q.value(1).toString()},
                                {QStringLiteral("name"), q.value(2).toString()},
                                {QStringLiteral("memberCount"), q.value(4).toInt()},
                                {QStringLiteral("version"), q.value(3).toDouble()}};
         }},
        page);
}

DomainResult AppsReader::group(const QString &groupId) const
{
    QSqlQuery q = m_store.database().query();
    q.prepare(QStringLiteral("SELECT name, version FROM member_groups WHERE group_id = ?"));
    q.addBindValue(groupId);
    if (!q.exec() || !q.next())
        return DomainResult::fail(Kind::NotFound, ResultCode::GroupNotFound,
                                  QStringLiteral("group \"%1\" does not exist").arg(groupId));
    QJsonObject g{{QStringLiteral("groupId"), groupId},
                  {QStringLiteral("name"), q.value(0).toString()},
                  {QStringLiteral("version"), q.value(1).toDouble()}};
    q.finish();
    q.prepare(QStringLiteral("SELECT user_name FROM group_members WHERE group_id = ? ORDER BY "
                             "user_name"));
    q.addBindValue(groupId);
    QJsonArray names;
    if (q.exec())
        while (q.next())
            names.append(q.value(0).toString());
    g.insert(QStringLiteral("memberCount"), names.size());
    g.insert(QStringLiteral("userNames"), names);
    return DomainResult::done({{QStringLiteral("group"), g}});
}

DomainResult AppsReader::history(const QString &appId, const QString &fromText,
                                 const QString &toText) const
{
    const auto app = m_store.findApp(appId);
    if (!app)
        return *missingApp(appId);
    const QDate today =
        QDate::fromString(m_store.meta(QStringLiteral("sandbox_today")), Qt::ISODate);
    QDate from = today.addDays(-729), to = today;
    for (const auto &[text, date, name] :
         {std::tuple{fromText, &from, "from"}, std::tuple{toText, &to, "to"}}) {
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid())
            return AppsResult::invalid(
                QString::fromLatin1(name),
                QStringLiteral("expected a date as YYYY-MM-DD, got \"%1\"").arg(text.left(32)));
    }
    QJsonArray days;
    QSqlQuery q = m_store.database().query();
    q.prepare(QStringLiteral("SELECT day, bought, assigned, used FROM app_history WHERE app_id = ? "
                             "AND day >= ? AND day <= ? ORDER BY day"));
    q.addBindValue(appId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return AppsResult::storageError();
    while (q.next())
        days.append(QJsonObject{{QStringLiteral("date"), q.value(0).toString()},
                                {QStringLiteral("bought"), q.value(1).toInt()},
                                {QStringLiteral("assigned"), q.value(2).toInt()},
                                {QStringLiteral("used"), q.value(3).toInt()}});
    q.finish();
    if (from <= today && today <= to) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM app_seats WHERE app_id = ? AND seated = 1 "
                                 "AND last_used_ms >= ?"));
        q.addBindValue(appId);
        q.addBindValue(SandboxClock::startOfDayMs(today));
        const int used = q.exec() && q.next() ? q.value(0).toInt() : 0;
        days.append(QJsonObject{{QStringLiteral("date"), today.toString(Qt::ISODate)},
                                {QStringLiteral("bought"), app->seats},
                                {QStringLiteral("assigned"), app->assigned},
                                {QStringLiteral("used"), used}});
    }
    return DomainResult::done({{QStringLiteral("appId"), appId},
                               {QStringLiteral("today"), today.toString(Qt::ISODate)},
                               {QStringLiteral("days"), days}});
}
