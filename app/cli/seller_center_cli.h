#pragma once
// marketdesk-cli seller keys|addresses|credentials: the Seller Center of a seller's account
// through SellerService, as the console's Seller pages use it. Lists sync first (or read the
// local copy with --offline); changes go through the seller outbox, so one interrupted by a
// crash or a lost connection is sent again, with its idempotency key, by the next seller
// command and applied once. Secrets shown once go where --secret-out or --print-secret says
// (SellerSecretSink). Exit codes as for the other account commands: 0 done, 1 failed or
// refused, 2 bad arguments or input file, 3 a debugging run that failed, 5 sign in again.
#include "cli/cli_auth.h"
#include "seller/client/seller_outcome.h"

#include <QCommandLineParser>
#include <QObject>

#include <functional>
#include <optional>

class SellerCliService;
class SellerService;

class SellerCenterCli : public QObject
{
    Q_OBJECT
public:
    using Finish = std::function<void(int code)>;
    explicit SellerCenterCli(QObject *parent = nullptr);

    // Whether `seller SUB` is one of these commands (the others are SellerTools').
    static bool handles(const QString &sub);
    // Checks the command line and reads a --from file; -1 to go on, else the exit code.
    int parse(const QCommandLineParser &parser, const QStringList &positional);
    // Opens the account (named, or the most recent) and runs the command.
    void run(CliAuth *auth, const QString &account, const QString &actorNote, Finish finish);

private:
    void connectService(const Account &account);
    void dispatch();
    void show(bool synced, const QString &syncMessage);
    void change();
    void nextDebugRun();
    void onOutcome(const SellerOutcome &outcome);
    void end(int code);
    int refuse(const QString &message);

    QString m_group, m_verb, m_operand;
    bool m_json = false, m_offline = false, m_print = false;
    QString m_secretOut, m_name, m_key;
    std::optional<QString> m_basicKey, m_kitKey;
    QStringList m_suites; // debugging runs still to start
    CredentialForm m_form;
    CliAuth *m_auth = nullptr;
    SellerService *m_service = nullptr;
    SellerCliService *m_opener = nullptr; // opens the service, knows whether to sign in
    Finish m_finish;
    quint64 m_ticket = 0;
    int m_code = 0;
    bool m_ending = false;
    bool m_stalled = false;
    bool m_secretLost = false;
};
