#pragma once
// The integration debugger page (应用接入调试): the seller picks a production address (or types
// one), the protocol generation, a suite, pastes the two access keys (kept in this page's
// memory only, never saved) and optionally the public key of one of their credentials, and
// runs. The run plays the marketplace from the seller service's thread (SellerDebugDesk);
// checks fill in while it goes, can be filtered by verdict and text, and each shows its
// masked request and answer. The finished run is journalled and exports as HTML or JSON.
#include "seller/client/seller_debug_desk.h"
#include "ui/shell/page.h"

class DebugCheckFilter;
class DebugCheckModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class SellerDebugDesk;
class SellerSession;

class SellerDebuggerPage : public Page
{
    Q_OBJECT
public:
    explicit SellerDebuggerPage(SellerSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QList<QMenu *> menus() const override;
    QList<QAction *> pageActions(Place place) const override;
    void setReadOnly(bool readOnly, const QString &why) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    // The demo: its seller's server was started with these keys, so they are filled in.
    void setKnownKeys(const QByteArray &basicKey, const QByteArray &kitKey);
    // The credential's callback address for the login suite (the demo: its server's).
    void setCallback(const QString &url);
    void setAddress(const QString &url);
    void setSuite(const QString &suite);
    // What keeps Run off ("" when a run may start).
    QString targetProblem() const;
    bool isRunning() const { return m_running; }
    DebugCheckModel *checkModel() const { return m_checks; }
    DebugCheckFilter *checkFilter() const { return m_filter; }
    const DebugOutcome &lastOutcome() const { return m_outcome; }
    QLabel *summaryLabel() const { return m_summary; }

public Q_SLOTS:
    void run();
    void cancel();
    // Writes the last run's report to `path` (HTML or JSON by its ending) off the UI thread.
    void exportTo(const QString &path);

Q_SIGNALS:
    void runFinished(const DebugOutcome &outcome);
    void exported(bool ok, const QString &message);

private:
    bool buildTarget(DebugTarget *target, QString *problem) const;
    void onSnapshot();
    void onStarted(quint64 ticket, const QList<DebugCheck> &checks);
    void onCheck(quint64 ticket, int index, const DebugCheck &check);
    void onProgress(quint64 ticket, int done, int total);
    void onFinished(quint64 ticket, const DebugOutcome &outcome);
    void showDetails();
    void updateState();
    void chooseExport(const QString &suffix);

    SellerSession *m_session;
    SellerDebugDesk *m_desk;
    DebugCheckModel *m_checks;
    DebugCheckFilter *m_filter;
    QComboBox *m_address;
    QComboBox *m_mode;
    QComboBox *m_suite;
    QComboBox *m_encryptType;
    QLineEdit *m_basicKey;
    QLineEdit *m_kitKey;
    QComboBox *m_publicKey; // the credential whose public key applicationSync uses
    QLineEdit *m_callback;  // the login suite's callback address
    QLabel *m_problem;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QComboBox *m_verdictFilter;
    QLineEdit *m_search;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QSplitter *m_splitter;
    QMenu *m_menu;
    QAction *m_runAction;
    QAction *m_cancelAction;
    QAction *m_exportHtml;
    QAction *m_exportJson;
    DebugOutcome m_outcome;
    quint64 m_ticket = 0;
    quint64 m_exportTicket = 0;
    bool m_running = false;
    bool m_haveOutcome = false;
    bool m_readOnly = false;
    bool m_publicKeyChosen = false;
};
