#pragma once
// The redirect target of a native-app sign-in (RFC 8252 §7.3): listens on 127.0.0.1 only, on
// a port the system picks at that moment, for one callback; answers the browser with a page
// that says it can be closed, then stops listening. Closes after a timeout too.
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

class LoopbackListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Judges a callback: returns an empty string to accept it, or what is wrong with it, which
    // the browser page shows too.
    using Judge = std::function<QString(const QUrlQuery &)>;
    void setJudge(Judge judge) { m_judge = std::move(judge); }

    bool listen(int timeoutMs, QString *error);
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QString redirectUri() const; // http://127.0.0.1:<port>/callback
    void close();

Q_SIGNALS:
    // Exactly one of these, once: the callback (with the judge's verdict) or the timeout.
    void callbackReceived(const QUrlQuery &query, const QString &problem);
    void timedOut();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    Judge m_judge;
    bool m_done = false;
};
