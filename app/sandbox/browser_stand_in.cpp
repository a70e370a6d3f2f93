#include "browser_stand_in.h"

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
