#include "cli/seller_center_cli.h"

#include "cli/cli_output.h"
#include "cli/seller_center_options.h"
#include "cli/seller_center_view.h"
#include "cli/seller_cli_service.h"
#include "cli/seller_form_file.h"
#include "cli/seller_secret_sink.h"
#include "identity/actor.h"
#include "seller/client/seller_cache.h"
#include "seller/client/seller_service.h"
#include "storage/outbox.h"

using CliOutput::err;
using CliOutput::out;

SellerCenterCli::SellerCenterCli(QObject *parent)
    : QObject(parent)
{
}

bool SellerCenterCli::handles(const QString &sub)
{
    return sub == u"keys" || sub == u"addresses" || sub == u"credentials";
}

int SellerCenterCli::refuse(const QString &message)
{
    err(message);
    return 2;
}

int SellerCenterCli::parse(const QCommandLineParser &p, const QStringList &positional)
{
    m_group = positional.value(1);
    m_verb = positional.value(2);
    const QString command = m_group + u' ' + m_verb;
    const auto it = SellerCenterOptions::command(command);
    if (!it)
        return refuse(tr("unknown command \"seller %1\"; see --help").arg(command.trimmed()));
    for (const QString &o : SellerCenterOptions::names() + QStringList{QStringLiteral("from")})
        if (p.isSet(o) && !it->options.contains(o))
            return refuse(tr("--%1 is not used by seller %2").arg(o, command));
    const qsizetype expected = it->operand.isEmpty() ? 3 : 4;
    if (positional.size() < expected)
        return refuse(tr("seller %1 needs %2").arg(command, it->operand));
    if (positional.size() > expected)
        return refuse(tr("unexpected argument \"%1\"").arg(positional.at(expected)));
    m_operand = positional.value(3);
    m_json = p.isSet(QStringLiteral("json"));
    m_offline = p.isSet(QStringLiteral("offline"));
    m_print = p.isSet(QStringLiteral("print-secret"));
    m_secretOut = p.value(QStringLiteral("secret-out"));
    m_name = p.value(QStringLiteral("name"));
    m_key = p.value(QStringLiteral("key"));
    if (p.isSet(QStringLiteral("basic-key")))
        m_basicKey = p.value(QStringLiteral("basic-key"));
    if (p.isSet(QStringLiteral("kit-key")))
        m_kitKey = p.value(QStringLiteral("kit-key"));
    if (it->options.contains(u"secret-out"))
        if (const QString why = SellerSecretSink::check(m_secretOut, m_print); !why.isEmpty())
            return refuse(why);
    if (command == u"addresses bind" && !m_basicKey && !m_kitKey)
        return refuse(tr("seller addresses bind needs --basic-key KEY_ID, --kit-key KEY_ID or "
                         "both (\"\" unbinds)"));
    if (command == u"addresses debug") {
        const QString suite = p.value(QStringLiteral("suite"));
        if (!suite.isEmpty() && suite != u"basic" && suite != u"kit" && suite != u"all")
            return refuse(tr("--suite: expected basic, kit or all, got \"%1\"").arg(suite));
        if (!m_key.isEmpty() && (suite.isEmpty() || suite == u"all"))
            return refuse(tr("--key runs one suite: add --suite basic or --suite kit"));
        m_suites = suite == u"basic" || suite == u"kit" ? QStringList{suite} : QStringList{};
    }
    if (it->options.contains(u"from")) {
        const QString path = p.value(QStringLiteral("from"));
        if (path.isEmpty())
            return refuse(
                tr("seller %1 needs --from FILE.json (the credential form)").arg(command));
        QString error;
        const auto form = SellerFormFile::read(path, m_verb == u"edit", &error);
        if (!form)
            return refuse(error);
        m_form = *form;
    }
    return -1;
}

void SellerCenterCli::run(CliAuth *auth, const QString &account, const QString &actorNote,
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

void SellerCenterCli::connectService(const Account &account)
{
    // Errors, the journal's anchor, renewed tokens and sign-in: SellerCliService.
    connect(m_service, &SellerService::changeQueued, this,
            [](quint64, qint64 id, const QString &action) {
                std::fprintf(stderr, "%s queued as change %lld; sending\n", qPrintable(action),
                             qlonglong(id));
            });
    // Delivered before the change's own outcome, so a crash between the two repeats it.
    connect(m_service, &SellerService::secretIssued, this,
            [this](quint64 ticket, const SellerSecret &secret) {
                if (!SellerSecretSink::deliver(secret) && ticket == m_ticket && ticket != 0)
                    m_secretLost = true;
            });
    connect(m_service, &SellerService::changeFinished, this, &SellerCenterCli::onOutcome);
    connect(m_service, &SellerService::outboxStalled, this, [this](const QString &) {
        m_stalled = true;
        if (m_ending)
            end(m_code);
    });
    connect(m_service, &SellerService::opened, this, [this](bool ok, const QString &m) {
        if (!ok) {
            err(m);
            m_finish(1);
            return;
        }
        dispatch();
    });
}

void SellerCenterCli::dispatch()
{
    const bool reading = m_verb == u"list" || m_verb == u"show";
    // Changes that send a version, or need the bound keys, read the server's state first.
    const bool needsState = m_verb == u"delete" || m_verb == u"bind" || m_verb == u"debug" ||
                            (m_verb == u"edit" && m_form.version <= 0);
    if (reading && m_offline) {
        show(false, {});
        return;
    }
    if (!reading && !needsState) {
        change();
        return;
    }
    connect(
        m_service, &SellerService::syncFinished, this,
        [this, reading](bool ok, const QString &message) {
            if (reading) {
                show(ok, message);
                return;
            }
            if (!ok)
                err(tr("%1 (going on with the local copy)").arg(message));
            change();
        },
        Qt::SingleShotConnection);
    m_service->sync();
}

void SellerCenterCli::show(bool synced, const QString &syncMessage)
{
    QString error;
    const auto snapshot = m_service->cache()->snapshot(&error);
    if (!snapshot) {
        err(error);
        end(1);
        return;
    }
    if (!syncMessage.isEmpty() && !synced)
        err(tr("%1\nShowing the local copy (synced %2).")
                .arg(syncMessage, snapshot->syncedAt.isValid()
                                      ? snapshot->syncedAt.toString(Qt::ISODate)
                                      : tr("never")));
    if (m_verb == u"show") {
        if (!SellerCenterView::credential(*snapshot, m_operand, m_json)) {
            err(tr("there is no credential \"%1\" in the local copy").arg(m_operand));
            end(1);
            return;
        }
    } else if (m_group == u"keys") {
        SellerCenterView::keys(*snapshot, m_json);
    } else if (m_group == u"addresses") {
        SellerCenterView::addresses(*snapshot, m_json);
    } else {
        SellerCenterView::credentials(*snapshot, m_json);
    }
    end(synced || syncMessage.isEmpty() ? 0 : 1);
}

void SellerCenterCli::change()
{
    m_ticket = SellerService::newTicket();
    const QString note = SellerSecretSink::noteFor(m_secretOut, m_print);
    const QString command = m_group + u' ' + m_verb;
    if (command == u"keys create") {
        m_service->createKey(m_ticket, m_name, note);
    } else if (command == u"keys delete") {
        m_service->deleteKey(m_ticket, m_operand);
    } else if (command == u"addresses add") {
        m_service->addAddress(m_ticket, m_operand, m_basicKey.value_or(QString()),
                              m_kitKey.value_or(QString()));
    } else if (command == u"addresses bind") {
        // A key not named keeps its binding.
        const auto current = m_service->cache()->address(m_operand);
        m_service->bindKeys(m_ticket, m_operand,
                            m_basicKey.value_or(current ? current->basicKeyId : QString()),
                            m_kitKey.value_or(current ? current->kitKeyId : QString()));
    } else if (command == u"addresses debug") {
        if (m_suites.isEmpty()) {
            const auto a = m_service->cache()->address(m_operand);
            if (a && !a->basicKeyId.isEmpty())
                m_suites.append(QStringLiteral("basic"));
            if (a && !a->kitKeyId.isEmpty())
                m_suites.append(QStringLiteral("kit"));
            if (m_suites.isEmpty())
                m_suites = {QStringLiteral("basic"), QStringLiteral("kit")}; // the server says why
        }
        nextDebugRun();
    } else if (command == u"credentials apply") {
        m_service->applyCredential(m_ticket, m_form, note);
    } else if (command == u"credentials edit") {
        m_service->editCredential(m_ticket, m_operand, m_form);
    } else {
        m_service->requestTestAccount(m_ticket, m_operand, note);
    }
}

void SellerCenterCli::nextDebugRun()
{
    m_service->startDebugRun(m_ticket, m_operand, m_suites.takeFirst(), m_key);
}

void SellerCenterCli::onOutcome(const SellerOutcome &o)
{
    if (o.ticket == 0 || o.ticket != m_ticket) {
        // A change of an earlier run, sent again now: say how it ended.
        SellerCenterView::outcome(o);
        if (m_ending)
            end(m_code);
        return;
    }
    int code = SellerCenterView::outcome(o);
    if (o.state == SellerOutcome::State::Kept)
        err(tr("The change is kept; the next marketdesk-cli seller command sends it."));
    if (m_secretLost)
        code = 1;
    m_code = std::max(m_code, code);
    if (o.action == u"seller.address.debug" && o.state != SellerOutcome::State::Kept &&
        !m_suites.isEmpty()) {
        nextDebugRun();
        return;
    }
    end(m_code);
}

void SellerCenterCli::end(int code)
{
    m_ending = true;
    m_code = code;
    // Changes of earlier runs resumed at open finish (or stall) before the program ends.
    if (!m_stalled && m_service && m_service->outbox() && m_service->outbox()->pendingCount() > 0)
        return;
    if ((m_opener && m_opener->signInNeeded()) && m_code == 1)
        m_code = 5;
    const Finish finish = std::move(m_finish);
    m_finish = [](int) {};
    finish(m_code);
}
