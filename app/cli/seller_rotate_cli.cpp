#include "cli/seller_rotate_cli.h"

#include "cli/cli_output.h"
#include "cli/seller_center_options.h"
#include "cli/seller_cli_service.h"
#include "cli/seller_secret_sink.h"
#include "identity/actor.h"
#include "seller/client/rotation/key_rotation.h"
#include "seller/client/seller_service.h"

using CliOutput::err;
using CliOutput::out;
using Step = KeyRotationState::Step;

SellerRotateCli::SellerRotateCli(QObject *parent)
    : QObject(parent)
{
}

void SellerRotateCli::describe(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("continue"),
         tr("seller rotate-key: go on with the rotation kept for the address and suite (after "
            "installing the new secret, or to retry a step that failed).")},
        {QStringLiteral("abandon"),
         tr("seller rotate-key: give the rotation up before the switch; the new key is "
            "deleted.")},
        {QStringLiteral("keep-new-key"),
         tr("seller rotate-key --abandon: keep the new key instead of deleting it.")},
    });
}

QString SellerRotateCli::usage()
{
    return tr("Access key rotation (a seller's account):\n"
              "  seller rotate-key --address ADDRESS_ID --suite basic|kit\n"
              "      --secret-out FILE|--print-secret   create a new key; install its secret on\n"
              "                                         your server, then:\n"
              "  seller rotate-key --address ADDRESS_ID --suite basic|kit --continue\n"
              "                                         run the debugger with the new key,\n"
              "                                         switch to it, delete the old one\n"
              "  seller rotate-key --address ADDRESS_ID --suite basic|kit --abandon "
              "[--keep-new-key]\n"
              "  (exit 3: the debugging run with the new key failed; --continue retries)");
}

int SellerRotateCli::parse(const QCommandLineParser &p, const QStringList &positional)
{
    const auto refuse = [](const QString &message) {
        err(message);
        return 2;
    };
    if (positional.size() > 2)
        return refuse(tr("unexpected argument \"%1\"").arg(positional.at(2)));
    for (const QString &o : SellerCenterOptions::names() + QStringList{QStringLiteral("from")})
        if (p.isSet(o) && o != u"suite" && o != u"secret-out" && o != u"print-secret")
            return refuse(tr("--%1 is not used by seller rotate-key").arg(o));
    m_addressId = p.value(QStringLiteral("address"));
    m_suite = p.value(QStringLiteral("suite"));
    m_secretOut = p.value(QStringLiteral("secret-out"));
    m_print = p.isSet(QStringLiteral("print-secret"));
    m_continue = p.isSet(QStringLiteral("continue"));
    m_abandon = p.isSet(QStringLiteral("abandon"));
    m_keepNewKey = p.isSet(QStringLiteral("keep-new-key"));
    if (m_addressId.isEmpty())
        return refuse(tr("seller rotate-key needs --address ADDRESS_ID (see seller addresses "
                         "list)"));
    if (m_suite != u"basic" && m_suite != u"kit")
        return refuse(tr("--suite: expected basic or kit, got \"%1\"").arg(m_suite));
    if (m_continue && m_abandon)
        return refuse(tr("--continue and --abandon: choose one"));
    if (m_keepNewKey && !m_abandon)
        return refuse(tr("--keep-new-key goes with --abandon"));
    const bool secretOption = m_print || !m_secretOut.isEmpty();
    if ((m_continue || m_abandon) && secretOption)
        return refuse(tr("the new key's secret goes where the command that started the "
                         "rotation said; --secret-out and --print-secret start one"));
    if (!m_continue && !m_abandon)
        if (const QString why = SellerSecretSink::check(m_secretOut, m_print); !why.isEmpty())
            return refuse(why);
    return -1;
}

void SellerRotateCli::run(CliAuth *auth, const QString &account, const QString &actorNote,
                          Finish finish)
{
    m_auth = auth;
    m_finish = std::move(finish);
    m_opener = new SellerCliService(this);
    m_opener->open(
        auth, account, actorNote,
        [this](SellerService *service, const Account &a) {
            m_service = service;
            connectService(a);
            m_service->open();
        },
        [this](int code) { m_finish(code); });
}

void SellerRotateCli::connectService(const Account &account)
{
    // Errors, the journal's anchor, renewed tokens and sign-in: SellerCliService.
    connect(m_service, &SellerService::opened, this, [this](bool ok, const QString &message) {
        if (!ok) {
            err(message);
            end(1);
            return;
        }
        m_rotation = new KeyRotation(m_service, m_addressId, m_suite, this);
        connect(m_rotation, &KeyRotation::opened, this, &SellerRotateCli::onOpened);
        connect(m_rotation, &KeyRotation::changed, this, &SellerRotateCli::onChanged);
        connect(m_rotation, &KeyRotation::failed, this, [this](const QString &m) {
            err(m);
            end(1);
        });
        connect(m_rotation, &KeyRotation::secretIssued, this, [this](const SellerSecret &s) {
            if (!SellerSecretSink::deliver(s))
                m_secretLost = true;
        });
        m_rotation->open();
    });
}

void SellerRotateCli::onOpened(bool ok, const QString &message)
{
    if (!ok) {
        err(message);
        end(1);
        return;
    }
    const KeyRotationState s = m_rotation->state();
    m_acted = true;
    if (m_abandon) {
        m_rotation->abandon(!m_keepNewKey);
    } else if (!m_continue) {
        if (s.isActive()) {
            err(tr("A rotation of the %1 key of %2 is under way (%3): %4, or --abandon it.")
                    .arg(m_suite, m_addressId, KeyRotationState::stepName(s.step),
                         continueCommand()));
            end(1);
            return;
        }
        m_rotation->start(SellerSecretSink::noteFor(m_secretOut, m_print));
    } else if (!s.isActive()) {
        err(tr("There is no rotation of the %1 key of %2 under way; start one with --secret-out "
               "FILE.")
                .arg(m_suite, m_addressId));
        end(1);
    } else if (s.waitsForInstall()) {
        m_rotation->confirmInstalled();
    } else if (!s.problem.isEmpty() && s.problemCode != u"secret-lost") {
        m_rotation->retry();
    } else if (!s.problem.isEmpty()) {
        onChanged(s); // says why it cannot go on
    }
    // Otherwise a step's change is on its way (resumed at open): its outcome follows.
}

QString SellerRotateCli::continueCommand() const
{
    return QStringLiteral("marketdesk-cli seller rotate-key --address %1 --suite %2 --continue")
        .arg(m_addressId, m_suite);
}

void SellerRotateCli::report(const KeyRotationState &s)
{
    const auto once = [this](const QString &what, const QString &line) {
        if (m_reported.contains(what))
            return;
        m_reported.append(what);
        out(line);
    };
    if (!s.newKeyId.isEmpty())
        once(QStringLiteral("created"), tr("1/5 created: new key %1 (%2), old key %3")
                                            .arg(s.newKeyId, s.newKeyMasked, s.oldKeyId));
    if (s.installedAt.isValid())
        once(QStringLiteral("installed"),
             tr("2/5 installed: confirmed at %1").arg(s.installedAt.toString(Qt::ISODate)));
    if (s.runVerdict == u"passed" && s.step != Step::Testing)
        once(QStringLiteral("tested"),
             tr("3/5 tested: debugging run %1 with %2: %3, %4 checks passed, %5 failed")
                 .arg(s.runId, s.newKeyId, s.runVerdict)
                 .arg(s.checksPassed)
                 .arg(s.checksFailed));
    if (s.switchedVersion > 0)
        once(QStringLiteral("switched"),
             tr("4/5 switched: %1 binds %2 for the %3 interfaces (version %4)")
                 .arg(s.addressId, s.newKeyId, s.suite)
                 .arg(s.switchedVersion));
    if (s.step == Step::Retired)
        once(QStringLiteral("retired"), tr("5/5 retired: old key %1 deleted").arg(s.oldKeyId));
}

void SellerRotateCli::onChanged(const KeyRotationState &s)
{
    if (!m_acted || m_ended)
        return; // the state as kept, before this command's own request
    report(s);
    if (!s.problem.isEmpty()) {
        err(s.problem);
        if (s.problemCode == u"secret-lost")
            err(tr("Give it up: marketdesk-cli seller rotate-key --address %1 --suite %2 "
                   "--abandon")
                    .arg(m_addressId, m_suite));
        else
            err(tr("Then: %1 (or --abandon before the switch)").arg(continueCommand()));
        end(s.problemCode == u"run-failed" ? 3 : 1);
        return;
    }
    if (!s.held.isEmpty()) {
        err(tr("%1\nThe rotation is kept; %2 picks it up.").arg(s.held, continueCommand()));
        end(1);
        return;
    }
    if (s.step != m_announced) {
        m_announced = s.step;
        switch (s.step) {
        case Step::Creating:
            out(tr("creating a new key for the %1 interfaces of %2…").arg(s.suite, s.addressId));
            break;
        case Step::Testing:
            out(tr("running the %1 debugging suite against %2 with %3…")
                    .arg(s.suite, s.addressId, s.newKeyId));
            break;
        case Step::Switching:
            out(tr("switching %1 to %2…").arg(s.addressId, s.newKeyId));
            break;
        case Step::Retiring:
            out(tr("deleting the old key %1…").arg(s.oldKeyId));
            break;
        default:
            break;
        }
    }
    if (s.waitsForInstall()) {
        if (m_secretLost) {
            err(tr("The new key's secret could not be kept. Give the rotation up: "
                   "marketdesk-cli seller rotate-key --address %1 --suite %2 --abandon")
                    .arg(m_addressId, m_suite));
            end(1);
            return;
        }
        out(tr("2/5 install the new secret on your server (for the %1 interfaces), then: %2")
                .arg(s.suite, continueCommand()));
        end(0);
    } else if (s.step == Step::Retired) {
        out(tr("The rotation is finished."));
        end(0);
    } else if (s.step == Step::Abandoned) {
        out(s.newKeyId.isEmpty() || !s.retiredAt.isValid()
                ? tr("The rotation was given up; the old key %1 stays bound.").arg(s.oldKeyId)
                : tr("The rotation was given up: the new key %1 was deleted; the old key %2 "
                     "stays bound.")
                      .arg(s.newKeyId, s.oldKeyId));
        end(0);
    }
}

void SellerRotateCli::end(int code)
{
    if (m_ended)
        return;
    m_ended = true;
    if ((m_opener && m_opener->signInNeeded()) && code == 1)
        code = 5;
    const Finish finish = std::move(m_finish);
    m_finish = [](int) {};
    finish(code);
}
