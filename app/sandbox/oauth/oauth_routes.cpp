#include "sandbox/oauth/oauth_routes.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"

#include <QHttpServerRequest>

namespace {

// Forms arrive with + for spaces (HTML forms); QUrlQuery does not read it that way.
QUrlQuery formOf(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    body.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(body));
}

} // namespace

OAuthRoutes::OAuthRoutes(AuthServer &auth, std::function<QString()> issuer)
    : m_auth(auth)
    , m_issuer(std::move(issuer))
{
}

bool OAuthRoutes::inSignInArea(const QString &path)
{
    return path.startsWith(u"/api/v1/oauth2/") || path == u"/api/v1/logout" ||
           path == u"/.well-known/openid-configuration";
}

SandboxAnswer OAuthRoutes::handle(RequestContext &context, const Next &next)
{
    const QString &path = context.path;
    if (path == u"/api/v1/oauth2/authorize")
        return authorize(context);
    if (path == u"/api/v1/oauth2/token")
        return token(context);
    if (path == u"/api/v1/oauth2/userinfo")
        return userinfo(context);
    if (path == u"/api/v1/logout") {
        SandboxAnswer answer;
        answer.page =
            m_auth.logout(QUrlQuery(context.request.url()), context.request.value("Authorization"));
        return answer;
    }
    if (path == u"/.well-known/openid-configuration")
        return SandboxAnswer::of({200, m_auth.discovery(m_issuer())}, context.fault);
    return next(context);
}

SandboxAnswer OAuthRoutes::authorize(const RequestContext &context)
{
    SandboxAnswer answer;
    if (context.method == "GET") {
        answer.page = m_auth.authorize(QUrlQuery(context.request.url()), {}, m_issuer());
    } else if (context.method == "POST") {
        const QUrlQuery form = formOf(context.request);
        const QString as = form.hasQueryItem(QStringLiteral("deny"))
                               ? QStringLiteral("deny")
                               : form.queryItemValue(QStringLiteral("account"), QUrl::FullyDecoded);
        answer.page = m_auth.authorize(form, as.isEmpty() ? QStringLiteral("?") : as, m_issuer());
    } else {
        answer.reply =
            JsonReply::error(405, ResultCode::InvalidParameter, QStringLiteral("GET or POST"));
    }
    return answer;
}

SandboxAnswer OAuthRoutes::token(const RequestContext &context)
{
    const bool isForm =
        context.request.value("Content-Type").startsWith("application/x-www-form-urlencoded");
    SandboxAnswer answer;
    answer.fault = context.fault;
    answer.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    if (context.method != "POST")
        answer.reply =
            JsonReply::error(405, ResultCode::InvalidParameter, QStringLiteral("POST only"));
    else if (!isForm)
        answer.reply = {400,
                        {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                         {QStringLiteral("error_description"),
                          QStringLiteral("the body must be application/x-www-form-urlencoded")}}};
    else
        answer.reply = m_auth.token(formOf(context.request));
    return answer;
}

SandboxAnswer OAuthRoutes::userinfo(const RequestContext &context)
{
    SandboxAnswer answer;
    answer.fault = context.fault;
    answer.reply = m_auth.userinfo(context.request.value("Authorization"));
    if (answer.reply.status == 401)
        answer.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                                        QByteArray("Bearer realm=\"koogallery-sandbox\"")));
    return answer;
}
