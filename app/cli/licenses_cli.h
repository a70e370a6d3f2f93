#pragma once
// marketdesk-cli licenses apply, orders list|export, images expiring|export-ics: what an
// administrator's account bought, through LicensesService. Lists and exports sync first (and
// go on with the local copy, exit 1, when the server cannot be read); a License application
// goes through the licenses outbox with its eventId, so one interrupted by a crash or a lost
// connection is sent again by the next of these commands and answers the same License. Exit
// codes as for the other account commands: 0 done, 1 failed or refused, 2 bad arguments, 5
// sign in again.
//
// Only `licenses apply` of the `licenses` group is here: the seat inventory's verbs (list,
// reclaim, export) belong to the apps domain and get a handler of their own, dispatched by
// handles() in CliApp beside this one.
#include "cli/cli_auth.h"
#include "licenses/client/licenses_service.h"

#include <QCommandLineParser>
#include <QObject>

#include <functional>

class AccountServiceOpener;

class LicensesCli : public QObject
{
    Q_OBJECT
public:
    using Finish = std::function<void(int code)>;
    explicit LicensesCli(QObject *parent = nullptr);

    // Whether `command verb` is one of these commands.
    static bool handles(const QString &command, const QString &verb);
    // Checks the command line; -1 to go on, else the exit code.
    int parse(const QCommandLineParser &parser, const QStringList &positional);
    // Opens the account (named, or the most recent) and runs the command.
    void run(CliAuth *auth, const QString &account, const QString &actorNote, Finish finish);

private:
    void connectService();
    void dispatch();
    void afterSync();
    void onOutcome(const LicensesOutcome &outcome);
    void end(int code);
    int refuse(const QString &message);

    QString m_command; // "orders list", …
    QString m_operand;
    QString m_instance, m_fingerprint;
    OrderFilter m_filter;
    int m_days = 0;
    AccountServiceOpener *m_opener = nullptr;
    LicensesService *m_service = nullptr;
    Finish m_finish;
    quint64 m_ticket = 0;
    int m_code = 0;
    bool m_syncFailed = false;
    bool m_ending = false;
    bool m_stalled = false;
};
