#pragma once
// The redirect target of a native-app sign-in (RFC 8252 §7.3): listens on 127.0.0.1 only, on
// a port the system picks at that moment, for the one callback that carries the sign-in's
// state; answers the browser with a page that says it can be closed, then stops listening.
// Callbacks without that state (another program or a web page guessing the port) are answered
// and ignored, up to a bound; closes after a timeout too.
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
    // Callbacks without the expected state tolerated before the sign-in is given up: enough
    // for a browser that retries or an old tab, few enough that a flood ends it visibly.
    static constexpr int MaxStrayCallbacks = 10;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Only a callback carrying exactly this state (compared in constant time) is judged and
    // can end the sign-in; until it is set, none can.
    void setExpectedState(const QByteArray &state) { m_expectedState = state; }

    // Judges a callback that carries the expected state: returns an empty string to accept
    // it, or what is wrong with it, which the browser page shows too.
    using Judge = std::function<QString(const QUrlQuery &)>;
    void setJudge(Judge judge) { m_judge = std::move(judge); }

    bool listen(int timeoutMs, QString *error);
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QString redirectUri() const; // http://127.0.0.1:<port>/callback
    void close();

Q_SIGNALS:
    // Exactly one of the next three, once: the callback with the expected state (with the
    // judge's verdict), the timeout, or too many stray callbacks. Each stops the listening.
    void callbackReceived(const QUrlQuery &query, const QString &problem);
    void timedOut(int strayCallbacks);
    void tooManyStrayCallbacks(int strayCallbacks);
    // A callback without the expected state was answered and ignored; count so far.
    void strayCallback(int strayCallbacks);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void onStray(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    Judge m_judge;
    QByteArray m_expectedState;
    int m_strays = 0;
    bool m_done = false;
};
