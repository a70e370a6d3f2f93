#include "identity/callback_request.h"

#include "common/secure_compare.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

// The first value of key in a raw query, percent-decoded leniently: read even from a callback
// that QUrl refuses, to tell whether it belongs to this sign-in at all.
QByteArray rawQueryValue(const QByteArray &query, const QByteArray &key)
{
    for (const QByteArray &pair : query.split('&')) {
        if (pair.size() > key.size() && pair.startsWith(key) && pair.at(key.size()) == '=')
            return QByteArray::fromPercentEncoding(pair.mid(key.size() + 1));
    }
    return {};
}

CallbackRequest of(CallbackRequest::Kind kind)
{
    CallbackRequest request;
    request.kind = kind;
    return request;
}

} // namespace

CallbackRequest CallbackRequest::read(const QByteArray &head, const QByteArray &expectedState)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return of(head.size() > kMaxHead ? Kind::TooLarge : Kind::Incomplete);
    if (end > kMaxHead)
        return of(Kind::TooLarge);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return of(Kind::NotHttp);
    if (requestLine[0] != "GET")
        return of(Kind::NotGet);
    const QByteArray rawTarget = requestLine[1];
    const qsizetype queryAt = rawTarget.indexOf('?');
    const QByteArray rawPath = queryAt < 0 ? rawTarget : rawTarget.left(queryAt);
    if (rawPath != "/callback")
        return of(Kind::NotFound);
    const QByteArray state = rawQueryValue(queryAt < 0 ? QByteArray() : rawTarget.mid(queryAt + 1),
                                           QByteArrayLiteral("state"));
    if (expectedState.isEmpty() || !SecureCompare::equal(state, expectedState))
        return of(Kind::Stray);
    const QUrl target(QString::fromLatin1(rawTarget), QUrl::StrictMode);
    if (!target.isValid()) {
        CallbackRequest request = of(Kind::Malformed);
        request.problem = QCoreApplication::translate("LoopbackListener",
                                                      "The answer from the browser is malformed "
                                                      "(%1).")
                              .arg(target.errorString().left(200));
        return request;
    }
    CallbackRequest request = of(Kind::Callback);
    request.query = QUrlQuery(target);
    return request;
}
