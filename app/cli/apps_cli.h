#pragma once
// marketdesk-cli apps list|enable|disable, apps grant|revoke --app ID --from-csv FILE
// [--dry-run], and the seat inventory's licenses list|reclaim [--app ID] [--dry-run]|export
// FILE, through AppsService. Every command syncs first; a listing goes on with the local copy
// (exit 1) when the server cannot be read; a change goes through the apps outbox with its
// idempotency key, so one interrupted by a crash is sent again by the next of these commands
// and applied once. Exit codes as for the other account commands: 0 done, 1 failed or some
// targets refused, 2 bad arguments or input, 5 sign in again.
#include "apps/client/apps_service.h"
#include "cli/cli_auth.h"

#include <QCommandLineParser>
#include <QObject>
#include <QSet>

#include <functional>

class AccountServiceOpener;

class AppsCli : public QObject
{
    Q_OBJECT
public:
    using Finish = std::function<void(int code)>;
    explicit AppsCli(QObject *parent = nullptr);

    static bool handles(const QString &command, const QString &verb);
    // Adds --app to the CLI's parser; the command lines for --help.
    static void describe(QCommandLineParser &parser);
    static QString usage();
    // Checks the command line (and reads the CSV); -1 to go on, else the exit code.
    int parse(const QCommandLineParser &parser, const QStringList &positional);
    void run(CliAuth *auth, const QString &account, const QString &actorNote, Finish finish);

    // The targets of a grant or revoke CSV: a header with `userName`, or with `kind` and `id`
    // (kind member, department or group). Errors name the line.
    static std::optional<QList<AppsChange::Target>> readTargets(const QByteArray &csv,
                                                                QString *error);

private:
    void afterSync(bool ok, const QString &message);
    void list();
    void inventory();
    void change();
    void reclaimNext();
    void follow(qint64 operationId, const QString &what);
    // apps outbox: waits until every change left pending has its outcome.
    void sendPending();
    void end(int code);
    int refuse(const QString &message);

    QString m_command; // "apps grant", …
    QString m_operand; // the app of enable/disable, the FILE of export
    QString m_appId;   // --app
    bool m_dryRun = false;
    QList<AppsChange::Target> m_targets;
    QStringList m_reclaimApps; // licenses reclaim: the apps still to do
    QSet<qint64> m_pendingOps; // apps outbox: the operations still to finish
    AccountServiceOpener *m_opener = nullptr;
    AppsService *m_service = nullptr;
    Finish m_finish;
    quint64 m_ticket = 0;
    int m_code = 0;
    bool m_syncFailed = false;
    bool m_stalled = false;
};
