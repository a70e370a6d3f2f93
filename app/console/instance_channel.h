#pragma once
// One console per data folder. The program holds <data folder>/marketdesk.lock while it runs
// (app/console/main.cpp); a second start on the same folder finds it held and, instead of
// opening the same caches, outboxes and journals again, hands its command line to the running
// console over a local socket that only this user can open, and exits. The running console
// then comes forward, opening the account the second start named (--account) if it differs.
#include <QObject>
#include <QStringList>

class QLocalServer;

class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    // The socket's name for a data folder (a hash of its canonical path: one per folder).
    static QString nameFor(const QString &dataRoot);
    // The second start's side: sends `arguments` to the console running on `dataRoot` and
    // waits for its answer, trying to connect for up to `patienceMs` (the running console
    // listens once its module is loaded). False with `error` set when nobody answers.
    static bool forward(const QString &dataRoot, const QStringList &arguments, QString *error,
                        int patienceMs = 5000);

    explicit InstanceChannel(QObject *parent = nullptr);
    // The running console's side; false with `error` set when the name cannot be taken.
    bool listen(const QString &dataRoot, QString *error);

Q_SIGNALS:
    // Another start asked this console to come forward with its command line.
    void requested(const QStringList &arguments);

private:
    void onConnection();

    QLocalServer *m_server = nullptr;
};
