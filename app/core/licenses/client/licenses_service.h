#pragma once
// What one account bought — orders and instances, License products, image subscriptions — as
// the console and `marketdesk-cli licenses apply | orders | images` use it: owns the API client,
// the cache (licenses.sqlite), the licenses outbox (licenses-outbox.sqlite), the executor, the
// sync and the account's audit journal (audit.sqlite, shared with the other domains). The
// console runs it on a worker thread and talks to it through queued calls and signals; the CLI
// runs it on its own thread.
//
// Every change goes into the outbox with its idempotency key (and, for a License application,
// its eventId) before it is sent, and is answered later by changeFinished() carrying the
// caller's ticket (newTicket()). Files (a License file, the orders' CSV, the renewals'
// calendar) are answered by fileFinished() with the ticket. The licenses outbox is a file of
// its own: the organisation's and the Seller Center's executors refuse actions they do not
// know, and must never see these.
#include "identity/account_service_config.h"
#include "identity/auth_session.h"
#include "licenses/client/licenses_outcome.h"
#include "licenses/client/licenses_records.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class ApiClient;
class AuditJournal;
class LicensesCache;
class LicensesExecutor;
class LicensesSync;
class Outbox;
struct ApiResponse;

// An account's (licenses.sqlite, licenses-outbox.sqlite, audit.sqlite).
using LicensesServiceConfig = AccountServiceConfig;

// Which orders a list or an export shows; an empty field matches every order.
struct OrderFilter
{
    QString productType; // "saas", "license", "image"
    QString status;      // the order's or its instance's status ("paid", "frozen", …)
    bool matches(const Order &order) const;
};

Q_DECLARE_METATYPE(OrderFilter)

class LicensesService : public QObject
{
    Q_OBJECT
public:
    explicit LicensesService(const LicensesServiceConfig &config, QObject *parent = nullptr);
    ~LicensesService() override;

    // A fresh ticket for a call; unique in the process, from any thread.
    static quint64 newTicket();

    // Direct access for the CLI and tests, on the service's thread.
    LicensesCache *cache() const { return m_cache.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    AuditJournal *journal() const { return m_journal.get(); }
    // Uses the sign-in of another service of the same account, on this thread, instead of one
    // of its own: a refresh token spent by one holder would be a reuse for the other, which
    // ends the session. Set before open(); that service renews the tokens and reports them.
    void shareSession(AuthSession *session)
    {
        m_sharedAuth = session;
        m_sharedAuthAsked = true;
    }
    // What "now" is for the renewal calendar and the images' export; the clock by default.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

public Q_SLOTS:
    void open();
    // Reads orders, Licenses and images into the cache.
    void sync();
    void reloadSnapshot();
    // Applies for a License for a License product's instance. The fingerprint is checked
    // (LicenseFingerprint) before anything is written: refused with its message otherwise. An
    // instance and fingerprint that already have a License (or an application waiting) ask
    // again with that eventId, so KooGallery answers the same License instead of another one
    // taken from the quota.
    void applyLicense(quint64 ticket, const QString &instanceId, const QString &fingerprint);
    // Sent with the cached version; a conflict answers the server's current record.
    void setAutoRenew(quint64 ticket, const QString &subscriptionId, bool autoRenew);
    // A License issued as a file, to `path`, once its bytes match the SHA-256 and size of the
    // cached record; otherwise nothing is written.
    void downloadLicenseFile(quint64 ticket, const QString &licenseId, const QString &path);
    // The cached orders (those `filter` lets through) as CSV: UTF-8 with a byte order mark,
    // formula-safe (storage/csv.h).
    void exportOrders(quint64 ticket, const QString &path, const OrderFilter &filter = {});
    // The image subscriptions' end dates as an iCalendar file (ImageRenewal, IcsCalendar).
    void exportIcs(quint64 ticket, const QString &path);
    // The cached Licenses (without their characters) and image subscriptions (with their
    // renewal flag) as CSV, the way every list of the console is saved (storage/csv_table.h).
    void exportLicenses(quint64 ticket, const QString &path);
    void exportImages(quint64 ticket, const QString &path);
    // A License issued as characters, to a text file (0600), from the cached record.
    void saveLicenseText(quint64 ticket, const QString &licenseId, const QString &path);
    // Sends what is pending (after a restart, or once the server answers again).
    void resumeOutbox();
    void setTokens(const TokenSet &tokens);
    // The shared sign-in was renewed (a new sign-in after the banner): send what waits.
    void signedInAgain();

Q_SIGNALS:
    void opened(bool ok, const QString &message);
    void snapshotReady(const LicensesSnapshotPtr &snapshot);
    void syncFinished(bool ok, const QString &message);
    // The change is in the outbox as `operationId` and on its way.
    void changeQueued(quint64 ticket, qint64 operationId, const QString &action);
    // Sent to the server (again, after a restart): its answer is awaited.
    void changeSent(qint64 operationId);
    // How it ended, or Kept once when the server cannot be reached (sent when it answers).
    void changeFinished(const LicensesOutcome &outcome);
    // A download or an export: written (message says where), or why not.
    void fileFinished(quint64 ticket, bool ok, const QString &message);
    void outboxStalled(const QString &message);
    void failed(const QString &message);
    void tokensChanged(const TokenSet &tokens);
    void signInRequired(const QString &reason);
    // The shared audit journal grew; keep `anchor` outside it (JournalAnchorKeeper).
    void journalAdvanced(const QByteArray &anchor);

private:
    bool enqueue(quint64 ticket, const char *action, const QString &target,
                 const QJsonObject &body);
    void refuse(quint64 ticket, const char *action, const QString &target, const QString &field,
                const QString &message);
    void onAnswered(LicensesOutcome outcome);
    void onStalled(const QString &message);
    void onLicenseFile(quint64 ticket, const QString &licenseId, const QString &path,
                       const ApiResponse &response);
    // Journals a local action (a download, an export) and answers it.
    void finishFile(quint64 ticket, const QString &action, const QString &path, bool ok,
                    const QString &message);
    // Writes `data` to `path` whole or not at all (QSaveFile), 0600.
    bool writeFile(const QString &path, const QByteArray &data, QString *error);
    // The eventId of an earlier application for this instance and fingerprint, or empty.
    QString earlierEventId(const QString &instanceId, const QString &fingerprint) const;
    void saveTable(quint64 ticket, const QString &action, const QString &path,
                   const QStringList &header, const QList<QStringList> &rows,
                   const QList<int> &numeric);

    LicensesServiceConfig m_config;
    ApiClient *m_client = nullptr;
    AuthSession *m_auth = nullptr; // its own, when none is shared
    QPointer<AuthSession> m_sharedAuth;
    bool m_sharedAuthAsked = false;
    std::unique_ptr<LicensesCache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditJournal> m_journal;
    LicensesSync *m_sync = nullptr;
    LicensesExecutor *m_executor = nullptr;
    QTimer m_retry;
    struct Waiter
    {
        quint64 ticket = 0;
        bool told = false; // already answered Kept
    };
    QHash<qint64, Waiter> m_waiting; // by operation id
    bool m_signedOut = false;        // the server wants a new sign-in
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
};
