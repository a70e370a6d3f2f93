#pragma once
// Plays the user's browser where there is none to play it: the demo (signing in to its
// embedded sandbox, which approves without its page) and the tests. GETs the authorize URL
// and follows its redirects, the last one to marketdesk's loopback listener.
#include "identity/sign_in_flow.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    explicit BrowserStandIn(QObject *parent = nullptr);
    // Trust this CA for https, as a browser would trust the system's.
    void setCaPem(const QByteArray &pem) { m_caPem = pem; }
    void open(const QUrl &url);

    // A whole sign-in at `server` (KooGallery's endpoints) with a stand-in as the browser,
    // waited for in a local event loop: for the tests and benchmarks that need tokens first.
    // The sandbox must approve without its page (--auto-approve, /_sandbox/auth).
    static SignInResult signIn(const QUrl &server, const QByteArray &caPem = {},
                               int timeoutMs = 30'000);
    // GETs `url`, follows its redirects and waits: the last status (0 when the connection
    // failed) and body.
    static int follow(const QUrl &url, const QByteArray &caPem = {}, QByteArray *body = nullptr);

Q_SIGNALS:
    // The last answer: its status (0 when the connection failed) and body.
    void finished(int status, const QByteArray &body);

private:
    void get(const QUrl &url, int hop);

    QNetworkAccessManager *m_nam;
    QByteArray m_caPem;
};
