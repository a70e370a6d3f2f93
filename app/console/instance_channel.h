#pragma once
// One console per data folder. The program holds <data folder>/marketdesk.lock while it runs
// (app/console/main.cpp); a second start on the same folder finds it held and, instead of
// opening the same caches, outboxes and journals again, asks the running console to come
// forward over a local socket in the user's runtime folder ($XDG_RUNTIME_DIR, which only the
// user can enter), then exits. The request is one byte and carries nothing else: what the
// second start's command line asked beyond that is reported to its terminal, not acted on.
#include <QObject>

class QLocalServer;

class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    // The socket's path for a data folder (a hash of its canonical path: one per folder).
    static QString nameFor(const QString &dataRoot);
    // The second start's side: asks the console running on `dataRoot` to come forward and
    // waits for its answer, trying to connect for up to `patienceMs` (the running console
    // listens once its module is loaded). False with `error` set when nobody answers.
    static bool forward(const QString &dataRoot, QString *error, int patienceMs = 5000);

    explicit InstanceChannel(QObject *parent = nullptr);
    // The running console's side; false with `error` set when the name cannot be taken.
    bool listen(const QString &dataRoot, QString *error);

Q_SIGNALS:
    // Another start asked this console to come forward.
    void requested();

private:
    void onConnection();

    QLocalServer *m_server = nullptr;
    int m_open = 0; // connections not answered yet
};
