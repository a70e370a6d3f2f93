#include "sandbox/pipeline/request_context.h"

#include <QHttpServerRequest>

namespace {

QByteArray methodName(const QHttpServerRequest &r)
{
    switch (r.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

} // namespace

RequestContext::RequestContext(const QHttpServerRequest &r)
    : request(r)
    , method(methodName(r))
    , path(r.url().path())
    , requestId(r.value("X-Request-Id").left(64))
{
}
