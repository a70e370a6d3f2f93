#include "net/listing_reader.h"

#include "net/api_client.h"
#include "net/result_code.h"

ListingReader::ListingReader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ListingReader::read(const QString &path, const QString &since, const PageHandler &onPage,
                         int limit)
{
    cancel();
    m_path = path;
    m_since = since;
    m_limit = limit;
    m_onPage = onPage;
    m_cursors.clear();
    request({});
}

void ListingReader::cancel()
{
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        call->disconnect(this);
        call->cancel();
    }
}

void ListingReader::request(const QString &cursor)
{
    ApiRequest r;
    r.path = m_path;
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    if (!m_since.isEmpty())
        r.query.addQueryItem(QStringLiteral("since"), m_since);
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_call = m_client->send(r);
    connect(m_call, &ApiCall::finished, this, &ListingReader::onPage);
}

void ListingReader::onPage(const ApiResponse &response)
{
    m_call = nullptr;
    if (!response.ok()) {
        const bool expired = response.error.resultCode == QLatin1String(ResultCode::TokenExpired);
        Q_EMIT finished(false, response.error.message, expired);
        return;
    }
    QString error;
    const auto page = JsonFields::listingPage(response.json, &error);
    if (!page) {
        Q_EMIT finished(false,
                        tr("The server's listing of %1 could not be read: %2").arg(m_path, error),
                        false);
        return;
    }
    const bool last = page->nextCursor.isEmpty();
    if (!m_onPage(*page, last, &error)) {
        Q_EMIT finished(false, error, false);
        return;
    }
    if (last) {
        Q_EMIT finished(true, {}, false);
        return;
    }
    if (m_cursors.contains(page->nextCursor)) {
        Q_EMIT finished(false,
                        tr("The server handed out the page cursor \"%1\" a second time; the list "
                           "would never end, so the sync stopped.")
                            .arg(page->nextCursor.left(64)),
                        false);
        return;
    }
    m_cursors.insert(page->nextCursor);
    request(page->nextCursor);
}
