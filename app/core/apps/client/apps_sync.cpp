#include "apps/client/apps_sync.h"

#include "apps/client/apps_client_json.h"
#include "apps/client/apps_client_logging.h"
#include "net/api_client.h"
#include "net/listing_reader.h"

#include <QUrl>

namespace {

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString listPath(AppsCache::Kind kind, const QString &appId)
{
    switch (kind) {
    case AppsCache::Kind::Apps:
        return QStringLiteral("/api/v1/apps");
    case AppsCache::Kind::Groups:
        return QStringLiteral("/api/v1/groups");
    case AppsCache::Kind::Grants:
        return QStringLiteral("/api/v1/apps/%1/grants").arg(encoded(appId));
    case AppsCache::Kind::Seats:
        return QStringLiteral("/api/v1/apps/%1/seats").arg(encoded(appId));
    }
    return {};
}

// Reads every item of a page with `read`, or names the first that is wrong.
template <typename T, typename Read>
std::optional<QList<T>> items(const JsonFields::ListingPage &page, Read read, QString *error)
{
    QList<T> out;
    out.reserve(page.items.size());
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        auto r = read(page.items.at(i), QStringLiteral("items[%1]").arg(i), error);
        if (!r)
            return std::nullopt;
        out.append(std::move(*r));
    }
    return out;
}

} // namespace

AppsSync::AppsSync(ApiClient *client, AppsCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_reader(new ListingReader(client, this))
{
    connect(m_reader, &ListingReader::finished, this, &AppsSync::onListed);
}

void AppsSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_changes = 0;
    m_changedGroups.clear();
    m_steps = {{AppsCache::Kind::Apps, {}}, {AppsCache::Kind::Groups, {}}};
    next();
}

void AppsSync::next()
{
    m_resetDone = false;
    if (m_steps.empty()) {
        QString error;
        if (!m_cache->markSynced(&error)) {
            end(error);
            return;
        }
        end({});
        return;
    }
    readListing(m_steps.front());
}

void AppsSync::readListing(const Step &step)
{
    m_reader->read(
        listPath(step.kind, step.appId), m_cache->changeToken(step.kind, step.appId),
        [this, step](const JsonFields::ListingPage &page, bool last, QString *error) {
            return takePage(step, page, last, error);
        },
        // Seats come by the tens of thousands at 100,000 members: the largest pages
        // the API gives (docs/api.md).
        step.kind == AppsCache::Kind::Seats ? 5000 : 500);
}

bool AppsSync::takePage(const Step &step, const JsonFields::ListingPage &page, bool last,
                        QString *error)
{
    const QString token = last ? page.changeToken : QString();
    QString why;
    bool ok = false;
    switch (step.kind) {
    case AppsCache::Kind::Apps:
        if (const auto apps = items<PurchasedApp>(page, AppsClientJson::appFromJson, &why))
            ok = m_cache->applyApps(*apps, page.deleted, token, &why);
        break;
    case AppsCache::Kind::Groups:
        if (const auto groups = items<AppGroup>(page, AppsClientJson::groupFromJson, &why)) {
            ok = m_cache->applyGroups(*groups, page.deleted, token, &why);
            for (const AppGroup &g : *groups)
                m_changedGroups.append(g.groupId);
        }
        break;
    case AppsCache::Kind::Grants:
        if (const auto grants = items<AppGrant>(page, AppsClientJson::grantFromJson, &why))
            ok = m_cache->applyGrants(step.appId, *grants, page.deleted, token, &why);
        break;
    case AppsCache::Kind::Seats:
        if (const auto seats = items<AppSeat>(page, AppsClientJson::seatFromJson, &why))
            ok = m_cache->applySeats(step.appId, *seats, page.deleted, token, &why);
        break;
    }
    if (!ok) {
        *error = tr("The server's listing of %1 could not be read: %2")
                     .arg(listPath(step.kind, step.appId), why);
        return false;
    }
    m_changes += int(page.items.size() + page.deleted.size());
    return true;
}

void AppsSync::onListed(bool ok, const QString &message, bool tokenExpired)
{
    const Step step = m_steps.front();
    if (!ok) {
        if (tokenExpired && !m_resetDone) {
            // The server no longer knows where we were (reset, another data set): list again.
            qCInfo(lcAppsClient) << "change token no longer valid; listing"
                                 << AppsCache::kindName(step.kind) << step.appId << "again";
            m_resetDone = true;
            QString error;
            if (!m_cache->reset(step.kind, step.appId, &error)) {
                end(error);
                return;
            }
            readListing(step);
            return;
        }
        end(message);
        return;
    }
    m_steps.pop_front();
    if (step.kind == AppsCache::Kind::Apps) {
        // Every app's lists, after the groups (whose members the editor needs).
        for (const QString &appId : m_cache->appIds()) {
            m_steps.push_back({AppsCache::Kind::Grants, appId});
            m_steps.push_back({AppsCache::Kind::Seats, appId});
        }
    } else if (step.kind == AppsCache::Kind::Groups && !m_changedGroups.isEmpty()) {
        readGroupMembers();
        return;
    }
    next();
}

void AppsSync::readGroupMembers()
{
    if (m_changedGroups.isEmpty()) {
        next();
        return;
    }
    const QString groupId = m_changedGroups.takeFirst();
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/groups/") + encoded(groupId);
    m_call = m_client->send(r);
    connect(m_call, &ApiCall::finished, this, [this, groupId](const ApiResponse &response) {
        m_call = nullptr;
        QString error;
        if (response.httpStatus == 404) { // deleted since the listing: the next sync drops it
            readGroupMembers();
            return;
        }
        if (!response.ok()) {
            // The new groups token is kept, and with it groups whose members were not read:
            // the next sync lists the groups whole and reads them all again.
            QString ignored;
            m_cache->reset(AppsCache::Kind::Groups, {}, &ignored);
            end(response.error.message);
            return;
        }
        const auto group = AppsClientJson::groupFromJson(response.json.value(u"group"),
                                                         QStringLiteral("group"), &error);
        if (!group) {
            QString ignored;
            m_cache->reset(AppsCache::Kind::Groups, {}, &ignored);
            end(tr("The server's group %1 could not be read: %2").arg(groupId, error));
            return;
        }
        if (!m_cache->setGroupMembers(groupId, group->userNames, &error)) {
            end(error);
            return;
        }
        readGroupMembers();
    });
}

void AppsSync::readHistory(const QString &appId)
{
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/apps/%1/seat-history").arg(encoded(appId));
    ApiCall *call = m_client->send(r);
    connect(call, &ApiCall::finished, this, [this, appId](const ApiResponse &response) {
        if (!response.ok()) {
            Q_EMIT historyRead(appId, false, response.error.message);
            return;
        }
        QString error;
        const auto days = AppsClientJson::historyFromJson(response.json, &error);
        if (!days) {
            Q_EMIT historyRead(
                appId, false,
                tr("The server's seat history of %1 could not be read: %2").arg(appId, error));
            return;
        }
        if (!m_cache->replaceHistory(appId, *days, &error)) {
            Q_EMIT historyRead(appId, false, error);
            return;
        }
        Q_EMIT historyRead(appId, true, {});
    });
}

void AppsSync::end(const QString &problem)
{
    m_running = false;
    m_steps.clear();
    m_changedGroups.clear();
    if (!problem.isEmpty())
        qCWarning(lcAppsClient) << "sync stopped:" << problem;
    Q_EMIT finished(problem.isEmpty(), problem, m_changes);
}
