#include "sandbox/auth_server.h"
#include "net/loopback.h"

#include "common/logging.h"
#include "common/secure_compare.h"
#include "common/secure_random.h"
#include "identity/pkce.h"
#include "net/result_code.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

QByteArray digest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

// Milliseconds: a one-second lifetime (tests) must be a whole second, not "until the clock
// next ticks over".
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

SandboxReply oauthError(int status, const char *error, const QString &description)
{
    return {status,
            {{QStringLiteral("error"), QString::fromLatin1(error)},
             {QStringLiteral("error_description"), description}}};
}

WebReply redirectTo(const QUrl &target)
{
    WebReply r;
    r.status = 302;
    r.location = target.toEncoded();
    r.contentType = "text/plain";
    r.body = "redirecting";
    return r;
}

WebReply errorPage(int status, const QString &message)
{
    WebReply r;
    r.status = status;
    r.body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sign-in "
                            "error</title></head><body><h1>Sign-in error</h1><p>%1</p></body>"
                            "</html>")
                 .arg(message.toHtmlEscaped())
                 .toUtf8();
    return r;
}

// RFC 8252 §7.3: loopback IP literal (or localhost), any port, http.
bool isLoopbackRedirect(const QUrl &u)
{
    if (!u.isValid() || u.scheme() != u"http" || !u.fragment().isEmpty())
        return false;
    return Loopback::isLoopbackHost(u.host());
}

QByteArray bearerOf(const QByteArray &authorization)
{
    const QByteArray a = authorization.trimmed();
    if (a.size() < 8 || qstrnicmp(a.constData(), "Bearer ", 7) != 0)
        return {};
    return a.mid(7).trimmed();
}

} // namespace

QJsonObject SandboxAccount::userInfo() const
{
    return {
        {QStringLiteral("id"), QString::fromLatin1(digest(key().toUtf8()).toHex().left(24))},
        {QStringLiteral("userId"), QString::fromLatin1(digest(key().toUtf8()).toHex().left(24))},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("mobile"), mobile},
        {QStringLiteral("role"), role},
        {QStringLiteral("organizationCode"), orgCode},
        {QStringLiteral("organizationName"), orgName},
        {QStringLiteral("tenant"), tenant},
        {QStringLiteral("tenantName"), tenantName},
        {QStringLiteral("projectName"), tenantName}};
}

AuthServer::AuthServer()
{
    const QString a = primaryTenant(), b = secondTenant();
    const QString an = QStringLiteral("示例科技有限公司"), bn = QStringLiteral("北方云联科技");
    m_accounts = {
        {QStringLiteral("zhang.min"), QStringLiteral("张敏"),
         QStringLiteral("zhang.min@huadong.example"), QStringLiteral("13800000001"),
         QStringLiteral("admin"), a, an, QStringLiteral("D00000"),
         QStringLiteral("示例科技有限公司 Example Technology Co., Ltd.")},
        {QStringLiteral("chen.jie"), QStringLiteral("陈杰 (Consultant)"),
         QStringLiteral("chen.jie@consult.example"), QStringLiteral("13800000002"),
         QStringLiteral("admin"), a, an, QStringLiteral("D00000"),
         QStringLiteral("示例科技有限公司 Example Technology Co., Ltd.")},
        {QStringLiteral("chen.jie"), QStringLiteral("陈杰 (Consultant)"),
         QStringLiteral("chen.jie@consult.example"), QStringLiteral("13800000002"),
         QStringLiteral("admin"), b, bn, QStringLiteral("D00000"),
         QStringLiteral("北方云联科技 Beifang Cloud Technology")},
        {QStringLiteral("li.na"), QStringLiteral("李娜"), QStringLiteral("li.na@beifang.example"),
         QStringLiteral("13800000003"), QStringLiteral("admin"), b, bn, QStringLiteral("D00000"),
         QStringLiteral("北方云联科技 Beifang Cloud Technology")},
        {QStringLiteral("wang.fang"), QStringLiteral("王芳"),
         QStringLiteral("wang.fang@huadong.example"), QStringLiteral("13800000004"),
         QStringLiteral("user"), a, an, QStringLiteral("D00000"),
         QStringLiteral("示例科技有限公司 Example Technology Co., Ltd.")},
        // Sellers (ISVs) in the Seller Center: no organisation of their own here.
        {QStringLiteral("liu.yang"), QStringLiteral("刘洋"),
         QStringLiteral("liu.yang@yuntu-soft.example"), QStringLiteral("13800000005"),
         QStringLiteral("seller"), sellerTenant(), QStringLiteral("云途软件"), QString(),
         QStringLiteral("云途软件 Yuntu Software")},
        {QStringLiteral("zhou.qiang"), QStringLiteral("周强"),
         QStringLiteral("zhou.qiang@qiming-data.example"), QStringLiteral("13800000006"),
         QStringLiteral("seller"), secondSellerTenant(), QStringLiteral("启明数据"), QString(),
         QStringLiteral("启明数据 Qiming Data")},
    };
}

void AuthServer::attach(Database *db)
{
    m_db = db;
    QSqlQuery q = db->query();
    q.exec(QStringLiteral("SELECT hash, kind, account, expires_ms, chain, used FROM oauth_tokens "
                          "WHERE expires_ms > %1")
               .arg(now()));
    while (q.next()) {
        const Token t{q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                      q.value(5).toBool()};
        (q.value(1).toString() == u"access" ? m_access : m_refresh)
            .insert(q.value(0).toByteArray(), t);
        m_nextChain = std::max(m_nextChain, t.chain + 1);
    }
    q.exec(QStringLiteral("SELECT chain FROM oauth_revoked"));
    while (q.next())
        m_revoked.insert(q.value(0).toLongLong());
    if (!m_access.isEmpty())
        qCInfo(lcSandbox) << "kept" << m_access.size() << "access tokens from the last run";
}

void AuthServer::store(const QByteArray &hash, const char *kind, const Token &token)
{
    if (!m_db)
        return;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO oauth_tokens VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(QLatin1String(kind));
    q.addBindValue(token.account);
    q.addBindValue(token.expires);
    q.addBindValue(token.chain);
    q.addBindValue(token.used ? 1 : 0);
    if (!q.exec())
        qCWarning(lcSandbox) << "cannot keep a token:" << q.lastError().text();
}

void AuthServer::markUsed(const QByteArray &hash)
{
    if (!m_db)
        return;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("UPDATE oauth_tokens SET used = 1 WHERE hash = ?"));
    q.addBindValue(hash);
    q.exec();
}

const SandboxAccount *AuthServer::findAccount(const QString &key) const
{
    for (const SandboxAccount &acc : m_accounts) {
        if (acc.key() == key || (!key.contains(u'@') && acc.userName == key))
            return &acc;
    }
    return nullptr;
}

WebReply AuthServer::redirectWith(const QString &redirectUri, QUrlQuery params) const
{
    QUrl target(redirectUri);
    QUrlQuery q(target);
    for (const auto &[k, v] : params.queryItems(QUrl::FullyDecoded))
        q.addQueryItem(k, v);
    target.setQuery(q);
    return redirectTo(target);
}

WebReply AuthServer::authorize(const QUrlQuery &query, const QString &approveAs,
                               const QString &issuer)
{
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const QString redirectUri = value("redirect_uri");
    const QString clientId = value("client_id");
    // Problems with the client or its redirect are shown here, never sent to the redirect.
    const bool confidential = m_clients.contains(clientId);
    if (clientId != u"marketdesk" && !confidential)
        return errorPage(400, QStringLiteral("unknown client_id \"%1\"").arg(clientId.left(64)));
    if (!isLoopbackRedirect(QUrl(redirectUri, QUrl::StrictMode)))
        return errorPage(400, QStringLiteral("redirect_uri \"%1\" is not a loopback http URL "
                                             "(http://127.0.0.1:PORT/...)")
                                  .arg(redirectUri.left(200)));
    QUrlQuery back;
    const QString state = value("state");
    if (!state.isEmpty())
        back.addQueryItem(QStringLiteral("state"), state);
    back.addQueryItem(QStringLiteral("iss"), issuer); // RFC 9207, on every answer
    auto refuse = [&](const char *error, const QString &description) {
        QUrlQuery q = back;
        q.addQueryItem(QStringLiteral("error"), QString::fromLatin1(error));
        q.addQueryItem(QStringLiteral("error_description"), description);
        return redirectWith(redirectUri, q);
    };
    if (value("response_type") != u"code")
        return refuse("unsupported_response_type", QStringLiteral("response_type must be code"));
    const QString challenge = value("code_challenge");
    // A confidential client (a seller's server, /_sandbox/auth "clients") may leave PKCE out.
    const bool withoutPkce =
        confidential && challenge.isEmpty() && value("code_challenge_method").isEmpty();
    if (!withoutPkce && (value("code_challenge_method") != u"S256" || challenge.size() != 43))
        return refuse("invalid_request",
                      QStringLiteral("PKCE is required: code_challenge (43 characters) with "
                                     "code_challenge_method=S256"));

    const QString as = approveAs.isEmpty() ? m_autoApprove : approveAs;
    if (as.isEmpty()) {
        // Each form carries the request along, Deny's too: Deny answers the client with
        // access_denied, as a real sign-in page does.
        QString hidden;
        for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded))
            hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                          .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
        QString rows;
        for (const SandboxAccount &acc : m_accounts) {
            rows += QStringLiteral("<li><form method=\"post\" action=\"/api/v1/oauth2/authorize\">"
                                   "%1<button name=\"account\" value=\"%2\">%3 — %4 (%5)</button>"
                                   "</form></li>")
                        .arg(hidden, acc.key().toHtmlEscaped(), acc.name.toHtmlEscaped(),
                             acc.tenantName.toHtmlEscaped(), acc.role);
        }
        WebReply page;
        page.body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                                   "KooGallery sandbox sign-in</title></head><body><h1>Sign in "
                                   "to the KooGallery sandbox</h1><p>Choose an account:</p><ul>"
                                   "%1</ul><form method=\"post\" action=\"/api/v1/oauth2/"
                                   "authorize\">%2<button name=\"deny\" value=\"1\">Deny"
                                   "</button></form></body></html>")
                        .arg(rows, hidden)
                        .toUtf8();
        return page;
    }
    if (as == u"deny")
        return refuse("access_denied", QStringLiteral("the user denied the request"));
    const SandboxAccount *account = findAccount(as);
    if (!account)
        return errorPage(400, QStringLiteral("no such account \"%1\"").arg(as.left(64)));
    const QByteArray code = "sbx_code_" + SecureRandom::urlSafeToken(24);
    m_codes.insert(digest(code), Code{clientId, redirectUri, challenge, account->key(),
                                      now() + m_codeTtl * 1000LL, false, 0});
    ++m_codesIssued;
    QUrlQuery q = back;
    q.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
    q.addQueryItem(QStringLiteral("tenant"), account->tenant);
    return redirectWith(redirectUri, q);
}

SandboxReply AuthServer::issue(const QString &account, qint64 chain)
{
    const QByteArray access = "sbx_at_" + SecureRandom::urlSafeToken(32);
    const QByteArray refresh = "sbx_rt_" + SecureRandom::urlSafeToken(32);
    const Token a{account, now() + m_accessTtl * 1000LL, chain, false};
    const Token r{account, now() + m_refreshTtl * 1000LL, chain, false};
    m_access.insert(digest(access), a);
    m_refresh.insert(digest(refresh), r);
    store(digest(access), "access", a);
    store(digest(refresh), "refresh", r);
    return {200,
            {{QStringLiteral("access_token"), QString::fromLatin1(access)},
             {QStringLiteral("token_type"), QStringLiteral("Bearer")},
             {QStringLiteral("expires_in"), m_accessTtl},
             {QStringLiteral("scope"), QStringLiteral("get_user_info")},
             {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)}}};
}

SandboxReply AuthServer::token(const QUrlQuery &form)
{
    const auto value = [&form](const char *name) {
        return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const QString grant = value("grant_type");
    const QString clientId = value("client_id");
    if (const auto it = m_clients.constFind(clientId); it != m_clients.constEnd()) {
        // A confidential client authenticates with its secret (RFC 6749 §2.3.1, in the body).
        if (!SecureCompare::equal(*it, digest(value("client_secret").toUtf8())))
            return oauthError(401, "invalid_client", QStringLiteral("wrong client_secret"));
    } else if (clientId != u"marketdesk") {
        return oauthError(401, "invalid_client", QStringLiteral("unknown client_id"));
    }
    if (grant == u"authorization_code") {
        const auto it = m_codes.find(digest(value("code").toUtf8()));
        if (it == m_codes.end())
            return oauthError(400, "invalid_grant", QStringLiteral("Invalid authorization code"));
        Code &c = *it;
        if (c.used) {
            // RFC 6749 §4.1.2: a code used twice revokes what it gave.
            revokeChain(c.chain);
            ++m_reuseDetected;
            return oauthError(400, "invalid_grant",
                              QStringLiteral("authorization code already used; the tokens it "
                                             "gave are revoked"));
        }
        c.used = true;
        if (c.clientId != clientId)
            return oauthError(400, "invalid_grant",
                              QStringLiteral("the code was issued to another client"));
        if (c.expires < now())
            return oauthError(400, "invalid_grant", QStringLiteral("authorization code expired"));
        if (value("redirect_uri") != c.redirectUri)
            return oauthError(400, "invalid_grant",
                              QStringLiteral("redirect_uri differs from the authorization "
                                             "request's"));
        const QByteArray verifier = value("code_verifier").toLatin1();
        // A confidential client may have left PKCE out: its secret was checked above.
        if (!c.challenge.isEmpty()) {
            if (!Pkce::isValidVerifier(verifier))
                return oauthError(400, "invalid_request",
                                  QStringLiteral("code_verifier missing or malformed"));
            if (Pkce::challengeS256(verifier) != c.challenge.toLatin1())
                return oauthError(400, "invalid_grant",
                                  QStringLiteral("code_verifier does not match the "
                                                 "code_challenge"));
        }
        c.chain = m_nextChain++;
        if (clientId != u"marketdesk")
            m_chainClients.insert(c.chain, clientId);
        ++m_codeExchanges;
        return issue(c.account, c.chain);
    }
    if (grant == u"refresh_token") {
        const auto it = m_refresh.find(digest(value("refresh_token").toUtf8()));
        if (it == m_refresh.end())
            return oauthError(400, "invalid_grant", QStringLiteral("Invalid refresh token"));
        Token &t = *it;
        // A refresh token serves the client its sign-in was issued to (RFC 6749 §6): else the
        // public client could renew a confidential client's tokens without its secret.
        if (m_chainClients.value(t.chain, QStringLiteral("marketdesk")) != clientId)
            return oauthError(400, "invalid_grant",
                              QStringLiteral("refresh token issued to another client"));
        if (m_revoked.contains(t.chain))
            return oauthError(400, "invalid_grant", QStringLiteral("refresh token revoked"));
        if (t.used) {
            revokeChain(t.chain);
            ++m_reuseDetected;
            qCInfo(lcSandbox) << "refresh token reuse detected; chain" << t.chain << "revoked";
            return oauthError(400, "invalid_grant",
                              QStringLiteral("refresh token already used; every token of this "
                                             "sign-in is revoked"));
        }
        if (t.expires < now())
            return oauthError(400, "invalid_grant", QStringLiteral("refresh token expired"));
        t.used = true;
        markUsed(it.key());
        ++m_refreshes;
        const qint64 chain = t.chain;
        const QString account = t.account;
        return issue(account, chain);
    }
    return oauthError(400, "unsupported_grant_type",
                      QStringLiteral("grant_type must be authorization_code or refresh_token"));
}

const AuthServer::Token *AuthServer::validAccessToken(const QByteArray &authorization,
                                                      QString *why) const
{
    const QByteArray bearer = bearerOf(authorization);
    if (bearer.isEmpty()) {
        *why = QStringLiteral("Full authentication is required to access this resource");
        return nullptr;
    }
    const auto it = m_access.constFind(digest(bearer));
    if (it == m_access.constEnd()) {
        *why = QStringLiteral("The access token is not valid");
        return nullptr;
    }
    if (m_revoked.contains(it->chain)) {
        *why = QStringLiteral("The access token was revoked");
        return nullptr;
    }
    if (it->expires <= now()) {
        *why = QStringLiteral("The access token expired");
        return nullptr;
    }
    return &*it;
}

std::optional<SandboxAccount> AuthServer::authenticate(const QByteArray &authorization,
                                                       SandboxReply *fail, QByteArray *challenge)
{
    QString why;
    const Token *t = validAccessToken(authorization, &why);
    const SandboxAccount *account = t ? findAccount(t->account) : nullptr;
    if (account)
        return *account;
    ++m_rejectedBearer;
    *fail = {401,
             {{QStringLiteral("resultCode"), QString::fromLatin1(ResultCode::AuthFailed)},
              {QStringLiteral("resultMsg"), why},
              {QStringLiteral("error"), QStringLiteral("unauthorized")},
              {QStringLiteral("error_description"), why}}};
    *challenge = bearerOf(authorization).isEmpty()
                     ? QByteArray("Bearer realm=\"koogallery-sandbox\"")
                     : "Bearer realm=\"koogallery-sandbox\", error=\"invalid_token\", "
                       "error_description=\"" +
                           why.toLatin1() + '"';
    return std::nullopt;
}

SandboxReply AuthServer::userinfo(const QByteArray &authorization)
{
    SandboxReply fail;
    QByteArray challenge;
    const auto account = authenticate(authorization, &fail, &challenge);
    if (!account)
        return fail;
    if (m_oidcUserinfo)
        return {200,
                {{QStringLiteral("sub"), account->userInfo().value(u"id")},
                 {QStringLiteral("preferred_username"), account->userName},
                 {QStringLiteral("name"), account->name},
                 {QStringLiteral("email"), account->email}}};
    return {200, account->userInfo()};
}

WebReply AuthServer::logout(const QUrlQuery &query, const QByteArray &authorization)
{
    QString why;
    if (const Token *t = validAccessToken(authorization, &why))
        revokeChain(t->chain);
    const QUrl target(query.queryItemValue(QStringLiteral("redirect_url"), QUrl::FullyDecoded),
                      QUrl::StrictMode);
    // Back to the desktop program's own listener only: anything else would make the sandbox
    // an open redirect.
    if (target.isValid() && isLoopbackRedirect(target))
        return redirectTo(target);
    WebReply r;
    r.contentType = "application/json";
    r.body = R"({"resultCode":"000000","resultMsg":"signed out"})";
    return r;
}

void AuthServer::revokeChain(qint64 chain)
{
    if (chain <= 0)
        return;
    m_revoked.insert(chain);
    if (m_db) {
        QSqlQuery q = m_db->query();
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO oauth_revoked VALUES(?)"));
        q.addBindValue(chain);
        q.exec();
    }
}

QJsonObject AuthServer::discovery(const QString &issuer) const
{
    return {
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("authorization_endpoint"), QString(issuer + u"/api/v1/oauth2/authorize")},
        {QStringLiteral("token_endpoint"), QString(issuer + u"/api/v1/oauth2/token")},
        {QStringLiteral("userinfo_endpoint"), QString(issuer + u"/api/v1/oauth2/userinfo")},
        {QStringLiteral("end_session_endpoint"), QString(issuer + u"/api/v1/logout")},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("none")}},
        {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("get_user_info")}}};
}

QString AuthServer::configure(const QJsonObject &s)
{
    for (auto it = s.begin(); it != s.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        if (k == u"autoApprove") {
            if (!v.isString() ||
                (!v.toString().isEmpty() && v.toString() != u"deny" && !findAccount(v.toString())))
                return QStringLiteral("autoApprove: no such account \"%1\"").arg(v.toString());
        } else if (k == u"accessTtl" || k == u"refreshTtl" || k == u"codeTtl") {
            if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() > 400 * 24 * 3600)
                return QStringLiteral("%1: expected seconds from 1 to 34560000").arg(k);
        } else if (k == u"userinfoStyle") {
            if (v.toString() != u"koogallery" && v.toString() != u"oidc")
                return QStringLiteral("userinfoStyle: expected \"koogallery\" or \"oidc\"");
        } else if (k == u"clients") {
            if (!v.isObject())
                return QStringLiteral("clients: expected {\"clientId\": \"clientSecret\", …}");
            const QJsonObject clients = v.toObject();
            for (auto c = clients.begin(); c != clients.end(); ++c) {
                if (c.key().isEmpty() || c.key() == u"marketdesk" || !c->isString() ||
                    c->toString().isEmpty())
                    return QStringLiteral("clients: \"%1\" needs a non-empty secret (and "
                                          "\"marketdesk\" is the public client)")
                        .arg(c.key().left(64));
            }
        } else if (k != u"expireAccessTokens") {
            return QStringLiteral("unknown setting \"%1\"").arg(k);
        }
    }
    if (s.contains(u"autoApprove"))
        m_autoApprove = s.value(u"autoApprove").toString();
    if (s.contains(u"accessTtl"))
        m_accessTtl = s.value(u"accessTtl").toInt();
    if (s.contains(u"refreshTtl"))
        m_refreshTtl = s.value(u"refreshTtl").toInt();
    if (s.contains(u"userinfoStyle"))
        m_oidcUserinfo = s.value(u"userinfoStyle").toString() == u"oidc";
    if (s.contains(u"codeTtl"))
        m_codeTtl = s.value(u"codeTtl").toInt();
    if (s.contains(u"clients")) {
        m_clients.clear();
        const QJsonObject clients = s.value(u"clients").toObject();
        for (auto c = clients.begin(); c != clients.end(); ++c)
            m_clients.insert(c.key(), digest(c->toString().toUtf8()));
    }
    if (s.value(u"expireAccessTokens").toBool()) {
        for (Token &t : m_access)
            t.expires = now() - 1;
        if (m_db)
            m_db->exec(
                QStringLiteral("UPDATE oauth_tokens SET expires_ms = %1 WHERE kind = 'access'")
                    .arg(now() - 1));
    }
    return {};
}

QJsonObject AuthServer::toJson() const
{
    return {{QStringLiteral("autoApprove"), m_autoApprove},
            {QStringLiteral("accessTtl"), m_accessTtl},
            {QStringLiteral("refreshTtl"), m_refreshTtl},
            {QStringLiteral("codeTtl"), m_codeTtl},
            {QStringLiteral("clients"), QJsonArray::fromStringList(m_clients.keys())},
            {QStringLiteral("codesIssued"), double(m_codesIssued)},
            {QStringLiteral("codeExchanges"), double(m_codeExchanges)},
            {QStringLiteral("refreshes"), double(m_refreshes)},
            {QStringLiteral("reuseDetected"), double(m_reuseDetected)},
            {QStringLiteral("rejectedBearer"), double(m_rejectedBearer)},
            {QStringLiteral("revokedChains"), double(m_revoked.size())}};
}
