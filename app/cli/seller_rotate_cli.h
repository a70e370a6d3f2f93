#pragma once
// marketdesk-cli seller rotate-key: the guided rotation of the access key a production address
// binds for one suite (KeyRotation), step by step with each step's evidence. The first command
// creates the new key and puts its secret where --secret-out (or --print-secret) says, then
// stops: the seller installs the secret on their server and runs the command again with
// --continue, which runs the debugger with the new key, switches the binding and retires the
// old key. A failed step stops the command (exit 3 for a failed run, 1 otherwise) and the next
// --continue retries it; the rotation is kept on disk, so --continue resumes it after any
// interruption. --abandon gives up before the switch, deleting the new key unless
// --keep-new-key.
#include "cli/cli_auth.h"
#include "seller/client/rotation/key_rotation_state.h"

#include <QCommandLineParser>
#include <QObject>

#include <functional>

class KeyRotation;
class SellerCliService;
class SellerService;

class SellerRotateCli : public QObject
{
    Q_OBJECT
public:
    using Finish = std::function<void(int code)>;
    explicit SellerRotateCli(QObject *parent = nullptr);

    static bool handles(const QString &sub) { return sub == u"rotate-key"; }
    // Its own options and command line, for the CLI's parser and --help.
    static void describe(QCommandLineParser &parser);
    static QString usage();
    // Checks the command line; -1 to go on, else the exit code.
    int parse(const QCommandLineParser &parser, const QStringList &positional);
    void run(CliAuth *auth, const QString &account, const QString &actorNote, Finish finish);

private:
    void connectService(const Account &account);
    void onOpened(bool ok, const QString &message);
    void onChanged(const KeyRotationState &state);
    // Prints the evidence of each step done, once.
    void report(const KeyRotationState &state);
    QString continueCommand() const;
    void end(int code);

    QString m_addressId, m_suite, m_secretOut;
    bool m_print = false, m_continue = false, m_abandon = false, m_keepNewKey = false;
    CliAuth *m_auth = nullptr;
    SellerService *m_service = nullptr;
    SellerCliService *m_opener = nullptr; // opens the service, knows whether to sign in
    KeyRotation *m_rotation = nullptr;
    Finish m_finish;
    bool m_acted = false; // the command's own request went to the rotation
    bool m_secretLost = false;
    bool m_ended = false;
    KeyRotationState::Step m_announced = KeyRotationState::Step::None;
    QStringList m_reported; // evidence printed so far
};
