#include "cli/apps_cli.h"

#include "apps/client/apps_cache.h"
#include "cli/account_service_opener.h"
#include "cli/cli_output.h"
#include "storage/csv.h"

#include <QFile>

using CliOutput::err;
using CliOutput::out;

AppsCli::AppsCli(QObject *parent)
    : QObject(parent)
{
}

bool AppsCli::handles(const QString &command, const QString &verb)
{
    return (command == u"apps" && (verb == u"list" || verb == u"enable" || verb == u"disable" ||
                                   verb == u"grant" || verb == u"revoke" || verb == u"outbox")) ||
           (command == u"licenses" && (verb == u"list" || verb == u"reclaim" || verb == u"export"));
}

void AppsCli::describe(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("app"),
                 tr("apps grant|revoke, licenses reclaim: the app (its appId, see apps list)."),
                 QStringLiteral("ID")});
}

QString AppsCli::usage()
{
    return tr("Apps and their seats (an enterprise account; changes need an administrator):\n"
              "  apps list                              every purchased app with its switch\n"
              "  apps enable|disable APP                switch an app on or off\n"
              "  apps grant|revoke --app ID --from-csv FILE [--dry-run]\n"
              "                                         members (a userName column) or kind,id\n"
              "                                         rows (member, department, group)\n"
              "  apps outbox                            send the changes left pending (after a\n"
              "                                         crash or a lost connection) and wait\n"
              "  licenses list                          the seat inventory of every app\n"
              "  licenses reclaim [--app ID] [--dry-run]\n"
              "                                         give back seats held by disabled and\n"
              "                                         deleted members and never used\n"
              "  licenses export FILE                   the seat inventory as CSV (UTF-8, BOM)");
}

int AppsCli::refuse(const QString &message)
{
    err(message);
    return 2;
}

std::optional<QList<AppsChange::Target>> AppsCli::readTargets(const QByteArray &csv, QString *error)
{
    QList<Csv::Record> records;
    if (!Csv::parse(csv, &records, error))
        return std::nullopt;
    if (records.isEmpty()) {
        *error = tr("the file is empty; its first line names the columns (userName, or kind,id)");
        return std::nullopt;
    }
    const QStringList header = records.first().fields;
    const qsizetype user = header.indexOf(QStringLiteral("userName"));
    const qsizetype kind = header.indexOf(QStringLiteral("kind"));
    const qsizetype id = header.indexOf(QStringLiteral("id"));
    if (user < 0 && (kind < 0 || id < 0)) {
        *error = tr("line %1: expected a userName column, or kind and id columns; found %2")
                     .arg(records.first().line)
                     .arg(header.join(QStringLiteral(", ")).left(200));
        return std::nullopt;
    }
    QList<AppsChange::Target> out;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const Csv::Record &r = records.at(i);
        if (r.fields.size() == 1 && r.fields.first().isEmpty())
            continue; // a blank line
        AppsChange::Target t;
        if (user >= 0) {
            t.id = r.fields.value(user).trimmed();
        } else {
            const QString k = r.fields.value(kind).trimmed();
            const auto parsed = AppGrant::kindFromName(k);
            if (!parsed || *parsed == AppGrant::Kind::Exclusion) {
                *error = tr("line %1: kind: expected member, department or group, got \"%2\"")
                             .arg(r.line)
                             .arg(k.left(64));
                return std::nullopt;
            }
            t.kind = *parsed;
            t.id = r.fields.value(id).trimmed();
        }
        if (t.id.isEmpty()) {
            *error = tr("line %1: the %2 is empty").arg(r.line).arg(user >= 0 ? "userName" : "id");
            return std::nullopt;
        }
        out.append(t);
    }
    if (out.isEmpty()) {
        *error = tr("the file names nobody: no rows after its header");
        return std::nullopt;
    }
    return out;
}

int AppsCli::parse(const QCommandLineParser &p, const QStringList &positional)
{
    m_command = positional.value(0) + u' ' + positional.value(1);
    m_appId = p.value(QStringLiteral("app"));
    m_dryRun = p.isSet(QStringLiteral("dry-run"));
    const bool grantOrRevoke = m_command == u"apps grant" || m_command == u"apps revoke";
    const bool needsOperand = m_command == u"apps enable" || m_command == u"apps disable" ||
                              m_command == u"licenses export";
    const qsizetype expected = needsOperand ? 3 : 2;
    if (positional.size() < expected)
        return refuse(m_command == u"licenses export" ? tr("licenses export needs a FILE")
                                                      : tr("%1 needs the APP").arg(m_command));
    if (positional.size() > expected)
        return refuse(tr("unexpected argument \"%1\"").arg(positional.at(expected)));
    m_operand = positional.value(2);
    if (p.isSet(QStringLiteral("app")) && !grantOrRevoke && m_command != u"licenses reclaim")
        return refuse(tr("--app is not used by %1").arg(m_command));
    if (m_dryRun && !grantOrRevoke && m_command != u"licenses reclaim")
        return refuse(tr("--dry-run is not used by %1").arg(m_command));
    if (p.isSet(QStringLiteral("from-csv")) && !grantOrRevoke)
        return refuse(tr("--from-csv is not used by %1").arg(m_command));
    if (grantOrRevoke) {
        if (m_appId.isEmpty())
            return refuse(tr("%1 needs --app ID (see apps list)").arg(m_command));
        const QString path = p.value(QStringLiteral("from-csv"));
        if (path.isEmpty())
            return refuse(tr("%1 needs --from-csv FILE").arg(m_command));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return refuse(tr("%1: %2").arg(path, f.errorString()));
        QString error;
        const auto targets = readTargets(f.read(16 * 1024 * 1024), &error);
        if (!targets)
            return refuse(tr("%1: %2").arg(path, error));
        m_targets = *targets;
    }
    return -1;
}

void AppsCli::run(CliAuth *auth, const QString &account, const QString &actorNote, Finish finish)
{
    m_finish = std::move(finish);
    m_opener = new AccountServiceOpener(this);
    m_opener->open(
        auth, account, actorNote,
        [this](const AccountServiceOpener::Basis &basis) {
            m_service = new AppsService(basis.config<AppsServiceConfig>(), this);
            m_opener->watch(m_service, basis.account);
            connect(m_service, &AppsService::outboxStalled, this, [this](const QString &m) {
                m_stalled = true;
                err(tr("%1 The change is kept; the next apps or licenses command sends it.")
                        .arg(m));
                end(1);
            });
            connect(m_service, &AppsService::opened, this, [this](bool ok, const QString &m) {
                if (!ok) {
                    err(m);
                    end(1);
                    return;
                }
                if (m_command == u"apps outbox") {
                    sendPending();
                    return;
                }
                connect(m_service, &AppsService::syncFinished, this, &AppsCli::afterSync,
                        Qt::SingleShotConnection);
                m_service->sync();
            });
            m_service->open();
        },
        [this](int code) { m_finish(code); });
}

void AppsCli::afterSync(bool ok, const QString &message)
{
    if (!ok) {
        m_syncFailed = true;
        err(tr("%1 (going on with the local copy)").arg(message));
    }
    if (m_command == u"apps list")
        list();
    else if (m_command == u"licenses list")
        inventory();
    else if (m_command == u"licenses export") {
        m_ticket = AppsService::newTicket();
        connect(m_service, &AppsService::exportFinished, this,
                [this](quint64 t, bool done, const QString &text) {
                    if (t != m_ticket)
                        return;
                    done ? out(text) : err(text);
                    end(done && !m_syncFailed ? 0 : 1);
                });
        m_service->exportInventory(m_ticket, m_operand);
    } else if (m_command == u"licenses reclaim") {
        m_reclaimApps = m_appId.isEmpty() ? m_service->cache()->appIds() : QStringList{m_appId};
        if (!m_appId.isEmpty() && !m_service->cache()->app(m_appId)) {
            err(tr("No app %1 in this account (see apps list).").arg(m_appId));
            end(1);
            return;
        }
        reclaimNext();
    } else {
        change();
    }
}

void AppsCli::list()
{
    QString error;
    const auto snapshot = m_service->cache()->snapshot(&error);
    if (!snapshot) {
        err(error);
        end(1);
        return;
    }
    out(tr("appId\tswitch\tseats\tperiodEnd\tname"));
    for (const PurchasedApp &a : snapshot->apps)
        out(QStringLiteral("%1\t%2\t%3/%4\t%5\t%6")
                .arg(a.appId, a.enabled ? tr("on") : tr("off"))
                .arg(a.seatsAssigned)
                .arg(a.seatsBought)
                .arg(a.periodEnd.isValid() ? a.periodEnd.toUTC().date().toString(Qt::ISODate)
                                           : QString(),
                     a.name));
    end(m_syncFailed ? 1 : 0);
}

void AppsCli::inventory()
{
    connect(
        m_service, &AppsService::inventoryReady, this,
        [this](quint64, const QList<InventoryRow> &rows) {
            out(tr("appId\tbought\tassigned\tfree\tdisabled\tdeleted\tneverUsed\treclaimable\t"
                   "daysLeft\tname"));
            for (const InventoryRow &r : rows)
                out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t%10")
                        .arg(r.appId)
                        .arg(r.bought)
                        .arg(r.assigned)
                        .arg(r.free)
                        .arg(r.heldByDisabled)
                        .arg(r.heldByDeleted)
                        .arg(r.neverUsed)
                        .arg(r.reclaimable)
                        .arg(r.daysLeft)
                        .arg(r.name));
            end(m_syncFailed ? 1 : 0);
        },
        Qt::SingleShotConnection);
    m_service->readInventory(AppsService::newTicket());
}

void AppsCli::change()
{
    const QString appId = m_targets.isEmpty() ? m_operand : m_appId;
    const auto app = m_service->cache()->app(appId);
    if (!app) {
        err(tr("No app %1 in this account (see apps list).").arg(appId));
        end(1);
        return;
    }
    if (m_dryRun) {
        int members = 0, units = 0;
        QString error;
        QSet<QString> seated;
        for (const AppSeat &s : m_service->cache()->seats(appId, &error))
            if (s.seated)
                seated.insert(s.userName);
        int withoutSeat = 0;
        for (const AppsChange::Target &t : m_targets) {
            members += t.kind == AppGrant::Kind::Member;
            units += t.kind != AppGrant::Kind::Member;
            withoutSeat += t.kind == AppGrant::Kind::Member && !seated.contains(t.id);
        }
        out(tr("%1 %2: %3 member(s), %4 department(s) or group(s); nothing was sent (--dry-run).")
                .arg(m_command, app->name)
                .arg(members)
                .arg(units));
        if (m_command == u"apps grant")
            out(tr("%1 of the members hold no seat yet; %2 seat(s) are free.")
                    .arg(withoutSeat)
                    .arg(app->seatsFree));
        end(0);
        return;
    }
    m_ticket = AppsService::newTicket();
    connect(m_service, &AppsService::operationQueued, this,
            [this](quint64 t, qint64 id, const QString &action, int total, const QString &why) {
                if (t != m_ticket)
                    return;
                if (id == 0) {
                    err(why);
                    end(1);
                    return;
                }
                err(tr("%1 queued as operation %2 (%3 target(s)); sending")
                        .arg(action)
                        .arg(id)
                        .arg(total));
                follow(id, action);
            });
    if (m_command == u"apps enable" || m_command == u"apps disable")
        m_service->setEnabled(m_ticket, appId, m_command == u"apps enable");
    else if (m_command == u"apps grant")
        m_service->grant(m_ticket, appId, m_targets);
    else
        m_service->revoke(m_ticket, appId, m_targets);
}

void AppsCli::sendPending()
{
    // open() resumes the outbox right after answering; its answers arrive from here on.
    for (const Outbox::Chunk &c : m_service->outbox()->pendingChunks())
        m_pendingOps.insert(c.operationId);
    if (m_pendingOps.isEmpty()) {
        out(tr("Nothing was pending."));
        end(0);
        return;
    }
    err(tr("%n operation(s) pending; sending", nullptr, int(m_pendingOps.size())));
    connect(m_service, &AppsService::operationProgress, this,
            [this](qint64 id, int done, int failed, int total) {
                if (m_pendingOps.contains(id))
                    err(tr("operation %1: %2 of %3 done, %4 failed")
                            .arg(id)
                            .arg(done)
                            .arg(total)
                            .arg(failed));
            });
    connect(m_service, &AppsService::operationFinished, this,
            [this](qint64 id, int done, int failed) {
                if (!m_pendingOps.remove(id))
                    return;
                out(tr("operation %1: %2 done, %3 failed.").arg(id).arg(done).arg(failed));
                m_code = std::max(m_code, failed > 0 ? 1 : 0);
                if (m_pendingOps.isEmpty())
                    end(m_code);
            });
}

void AppsCli::follow(qint64 operationId, const QString &what)
{
    connect(
        m_service, &AppsService::operationProgress, this,
        [operationId, what](qint64 id, int done, int failed, int total) {
            if (id == operationId)
                err(tr("%1: %2 of %3 done, %4 failed").arg(what).arg(done).arg(total).arg(failed));
        });
    connect(m_service, &AppsService::operationFinished, this,
            [this, operationId, what](qint64 id, int done, int failed) {
                if (id != operationId)
                    return;
                for (const Outbox::Target &t : m_service->outbox()->targets(id))
                    if (t.state == Outbox::TargetState::Failed)
                        err(QStringLiteral("%1\t%2\t%3")
                                .arg(t.key.section(u'|', 1), t.resultCode, t.message));
                out(tr("%1: %2 done, %3 failed.").arg(what).arg(done).arg(failed));
                if (m_command == u"licenses reclaim" && !m_reclaimApps.isEmpty()) {
                    m_code = std::max(m_code, failed > 0 ? 1 : 0);
                    reclaimNext();
                    return;
                }
                end(std::max(m_code, failed > 0 || m_syncFailed ? 1 : 0));
            });
}

void AppsCli::reclaimNext()
{
    while (!m_reclaimApps.isEmpty()) {
        const QString appId = m_reclaimApps.takeFirst();
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<ReclaimCandidate> list =
            SeatInventory::reclaimList(m_service->cache()->reclaimableSeats(
                                           appId, now.addDays(-SeatInventory::kGraceDays), &error),
                                       now);
        if (list.isEmpty())
            continue;
        QStringList users;
        for (const ReclaimCandidate &c : list) {
            users.append(c.userName);
            if (m_dryRun)
                out(QStringLiteral("%1\t%2\t%3")
                        .arg(appId, c.userName, ReclaimList::reasonText(c.reason)));
        }
        if (m_dryRun)
            continue;
        m_ticket = AppsService::newTicket();
        connect(
            m_service, &AppsService::operationQueued, this,
            [this, appId](quint64 t, qint64 id, const QString &, int, const QString &why) {
                if (t != m_ticket)
                    return;
                if (id == 0) {
                    err(why);
                    end(1);
                    return;
                }
                follow(id, tr("reclaim %1").arg(appId));
            },
            Qt::SingleShotConnection);
        m_service->reclaim(m_ticket, appId, users);
        return;
    }
    if (m_dryRun)
        out(tr("Nothing was sent (--dry-run)."));
    end(std::max(m_code, m_syncFailed ? 1 : 0));
}

void AppsCli::end(int code)
{
    if (!m_finish)
        return;
    m_code = std::max(m_code, code);
    if (m_opener && m_opener->signInNeeded() && m_code == 1)
        m_code = 5;
    const Finish finish = std::move(m_finish);
    m_finish = nullptr;
    finish(m_code);
}
