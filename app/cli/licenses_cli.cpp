#include "cli/licenses_cli.h"

#include "cli/account_service_opener.h"
#include "cli/cli_output.h"
#include "cli/licenses_cli_options.h"
#include "cli/licenses_cli_view.h"
#include "licenses/client/licenses_cache.h"
#include "licenses/license_fingerprint.h"
#include "storage/outbox.h"

using CliOutput::err;
using CliOutput::out;

LicensesCli::LicensesCli(QObject *parent)
    : QObject(parent)
{
}

bool LicensesCli::handles(const QString &command, const QString &verb)
{
    return (command == u"licenses" && verb == u"apply") ||
           (command == u"orders" && (verb == u"list" || verb == u"export")) ||
           (command == u"images" && (verb == u"expiring" || verb == u"export-ics"));
}

int LicensesCli::refuse(const QString &message)
{
    err(message);
    return 2;
}

int LicensesCli::parse(const QCommandLineParser &p, const QStringList &positional)
{
    m_command = positional.value(0) + u' ' + positional.value(1);
    const auto it = LicensesCliOptions::command(m_command);
    if (!it)
        return refuse(tr("unknown command \"%1\"; see --help").arg(m_command.trimmed()));
    for (const QString &o : LicensesCliOptions::names())
        if (p.isSet(o) && !it->options.contains(o))
            return refuse(tr("--%1 is not used by %2").arg(o, m_command));
    const qsizetype expected = it->operand.isEmpty() ? 2 : 3;
    if (positional.size() < expected)
        return refuse(tr("%1 needs %2").arg(m_command, it->operand));
    if (positional.size() > expected)
        return refuse(tr("unexpected argument \"%1\"").arg(positional.at(expected)));
    m_operand = positional.value(2);
    if (m_command == u"licenses apply") {
        m_instance = p.value(QStringLiteral("instance"));
        m_fingerprint = p.value(QStringLiteral("fingerprint"));
        if (m_instance.isEmpty())
            return refuse(tr("licenses apply needs --instance ID (the instance of a License "
                             "product; see orders list --type license)"));
        if (!p.isSet(QStringLiteral("fingerprint")))
            return refuse(tr("licenses apply needs --fingerprint F (MAC|disk|board|CPU)"));
        // Refused here, before the account is even opened: nothing is written or sent.
        if (const QString why = LicenseFingerprint::problem(m_fingerprint); !why.isEmpty())
            return refuse(tr("--fingerprint: %1").arg(why));
    }
    m_filter.productType = p.value(QStringLiteral("type"));
    m_filter.status = p.value(QStringLiteral("status"));
    if (!m_filter.productType.isEmpty() && m_filter.productType != u"saas" &&
        m_filter.productType != u"license" && m_filter.productType != u"image")
        return refuse(
            tr("--type: expected saas, license or image, got \"%1\"").arg(m_filter.productType));
    if (m_command == u"images expiring") {
        bool ok = false;
        m_days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!p.isSet(QStringLiteral("days")))
            return refuse(tr("images expiring needs --days N"));
        if (!ok || m_days < 0 || m_days > 3650)
            return refuse(tr("--days: expected a whole number of days from 0 to 3650, got \"%1\"")
                              .arg(p.value(QStringLiteral("days"))));
    }
    return -1;
}

void LicensesCli::run(CliAuth *auth, const QString &account, const QString &actorNote,
                      Finish finish)
{
    m_finish = std::move(finish);
    m_opener = new AccountServiceOpener(this);
    m_opener->open(
        auth, account, actorNote,
        [this](const AccountServiceOpener::Basis &basis) {
            m_service = new LicensesService(basis.config<LicensesServiceConfig>(), this);
            m_opener->watch(m_service, basis.account);
            connectService();
            m_service->open();
        },
        [this](int code) { m_finish(code); });
}

void LicensesCli::connectService()
{
    connect(m_service, &LicensesService::changeQueued, this,
            [](quint64, qint64 id, const QString &action) {
                err(tr("%1 queued as change %2; sending").arg(action).arg(id));
            });
    connect(m_service, &LicensesService::changeFinished, this, &LicensesCli::onOutcome);
    connect(m_service, &LicensesService::outboxStalled, this, [this](const QString &) {
        m_stalled = true;
        if (m_ending)
            end(m_code);
    });
    connect(m_service, &LicensesService::fileFinished, this,
            [this](quint64 ticket, bool ok, const QString &message) {
                if (ticket != m_ticket)
                    return;
                ok ? out(message) : err(message);
                end(ok && !m_syncFailed ? 0 : 1);
            });
    connect(m_service, &LicensesService::opened, this, [this](bool ok, const QString &m) {
        if (!ok) {
            err(m);
            m_finish(1);
            return;
        }
        dispatch();
    });
}

void LicensesCli::dispatch()
{
    m_ticket = LicensesService::newTicket();
    if (m_command == u"licenses apply") {
        m_service->applyLicense(m_ticket, m_instance, m_fingerprint);
        return;
    }
    // The others read the server's state first, and go on with the local copy without it.
    connect(
        m_service, &LicensesService::syncFinished, this,
        [this](bool ok, const QString &message) {
            if (!ok) {
                m_syncFailed = true;
                err(tr("%1 (going on with the local copy)").arg(message));
            }
            afterSync();
        },
        Qt::SingleShotConnection);
    m_service->sync();
}

void LicensesCli::afterSync()
{
    if (m_command == u"orders export") {
        m_service->exportOrders(m_ticket, m_operand, m_filter);
        return;
    }
    if (m_command == u"images export-ics") {
        m_service->exportIcs(m_ticket, m_operand);
        return;
    }
    QString error;
    const auto snapshot = m_service->cache()->snapshot(&error);
    if (!snapshot) {
        err(error);
        end(1);
        return;
    }
    if (m_syncFailed)
        err(tr("Showing the local copy (synced %1).")
                .arg(snapshot->syncedAt.isValid() ? snapshot->syncedAt.toString(Qt::ISODate)
                                                  : tr("never")));
    if (m_command == u"orders list")
        LicensesCliView::orders(*snapshot, m_filter);
    else
        LicensesCliView::expiring(*snapshot, m_days, QDateTime::currentDateTime());
    end(m_syncFailed ? 1 : 0);
}

void LicensesCli::onOutcome(const LicensesOutcome &o)
{
    if (o.ticket == 0 || o.ticket != m_ticket) {
        // A change of an earlier run, sent again now: say how it ended.
        LicensesCliView::outcome(o);
        if (m_ending)
            end(m_code);
        return;
    }
    const int code = LicensesCliView::outcome(o);
    if (o.state == LicensesOutcome::State::Kept)
        err(tr("The change is kept; the next marketdesk-cli licenses, orders or images command "
               "sends it."));
    end(std::max(m_code, code));
}

void LicensesCli::end(int code)
{
    m_ending = true;
    m_code = code;
    // Changes of earlier runs resumed at open finish (or stall) before the program ends.
    if (!m_stalled && m_service && m_service->outbox() && m_service->outbox()->pendingCount() > 0)
        return;
    if (m_opener && m_opener->signInNeeded() && m_code == 1)
        m_code = 5;
    const Finish finish = std::move(m_finish);
    m_finish = [](int) {};
    finish(m_code);
}
