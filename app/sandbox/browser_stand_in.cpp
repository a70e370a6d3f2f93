#include "sandbox/browser_stand_in.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

BrowserStandIn::BrowserStandIn(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Redirects are followed by hand: from https to the http loopback is "less safe" to QNAM.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void BrowserStandIn::open(const QUrl &url)
{
    get(url, 0);
}

void BrowserStandIn::get(const QUrl &url, int hop)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(15'000);
    if (url.scheme() == u"https" && !m_caPem.isEmpty()) {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.addCaCertificates(QSslCertificate::fromData(m_caPem));
        request.setSslConfiguration(c);
    }
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, hop] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray location = reply->rawHeader("Location");
        const QByteArray body = reply->readAll();
        if (status >= 300 && status < 400 && !location.isEmpty() && hop < 5) {
            get(url.resolved(QUrl::fromEncoded(location)), hop + 1);
            return;
        }
        Q_EMIT finished(status, body);
    });
}

SignInResult BrowserStandIn::signIn(const QUrl &server, const QByteArray &caPem, int timeoutMs)
{
    SignInFlow flow(server, OAuthEndpoints::forServer(server));
    if (!caPem.isEmpty()) {
        TlsPolicy tls;
        tls.caCertificates = QSslCertificate::fromData(caPem);
        flow.setTlsPolicy(tls);
    }
    flow.setTimeoutMs(timeoutMs);
    BrowserStandIn browser;
    browser.setCaPem(caPem);
    connect(&flow, &SignInFlow::openUrl, &browser, &BrowserStandIn::open);
    SignInResult result;
    result.message = QStringLiteral("the sign-in did not finish");
    QEventLoop loop;
    connect(&flow, &SignInFlow::finished, &loop, [&](const SignInResult &r) {
        result = r;
        loop.quit();
    });
    flow.start();
    loop.exec(); // the flow always finishes: with the callback, or at its own timeout
    return result;
}

int BrowserStandIn::follow(const QUrl &url, const QByteArray &caPem, QByteArray *body)
{
    BrowserStandIn browser;
    browser.setCaPem(caPem);
    int status = 0;
    QEventLoop loop;
    connect(&browser, &BrowserStandIn::finished, &loop, [&](int s, const QByteArray &b) {
        status = s;
        if (body)
            *body = b;
        loop.quit();
    });
    browser.open(url);
    loop.exec();
    return status;
}
