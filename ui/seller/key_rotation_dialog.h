#pragma once
// The guided rotation of the access key a production address binds for one suite (issue 8
// §3), as a list of its five steps — create, install, test, switch, retire — each with its
// state and evidence (the new key's id, the run's id, verdict and checks, the address's
// version after the switch), a progress bar, and the buttons the current step needs: Start,
// Continue (once the new secret is on the seller's server), Retry after a failure, and
// Abandon before the switch (deleting the new key unless unticked). The new key's secret is
// shown once, in a SecretRevealDialog. A rotation kept from an earlier session is shown and
// resumed when the dialog opens.
//
// Self-contained for the addresses page: it makes its own KeyRotation on the service's thread
// and talks to it only through queued calls and signals; it never touches SQL or the network.
#include "seller/client/rotation/key_rotation_state.h"
#include "seller/client/seller_outcome.h"

#include <QDialog>

#include <functional>

class KeyRotation;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class SellerService;

class KeyRotationDialog : public QDialog
{
    Q_OBJECT
public:
    // `suite` "basic" or "kit". The service lives on its own thread and is open.
    KeyRotationDialog(SellerService *service, const QString &addressId, const QString &suite,
                      QWidget *parent = nullptr);
    ~KeyRotationDialog() override;

    KeyRotationState state() const { return m_state; }
    bool isOpened() const { return m_opened; }

    // Puts a new secret on the seller's server for `suite` ("basic" or "kit") and calls `done`
    // with "" or what went wrong. Only the demo has one (its server is in this program); a
    // seller installs the secret on their own server.
    using Installer = std::function<void(const QString &suite, const QByteArray &secret,
                                         std::function<void(const QString &problem)> done)>;
    void setInstaller(Installer installer) { m_installer = std::move(installer); }

public Q_SLOTS:
    void startRotation();
    void confirmInstalled();
    void retryStep();
    void abandonRotation(bool deleteNewKey);

Q_SIGNALS:
    // The rotation reached Retired or Abandoned (the addresses page reloads).
    void rotationFinished(const KeyRotationState &state);

private:
    struct StepRow
    {
        QLabel *status;
        QLabel *evidence;
    };
    void onOpened(bool ok, const QString &message);
    void onChanged(const KeyRotationState &state);
    void onSecret(const SellerSecret &secret);
    void showStep(int index, const QString &status, const QString &evidence);
    void updateButtons();
    template <typename F> void call(F &&f);

    SellerService *m_service;
    Installer m_installer;
    QString m_installNote; // what the installer said, shown while the install is awaited
    KeyRotation *m_rotation;
    KeyRotationState m_state;
    bool m_opened = false;
    bool m_busy = false; // a request went out; its answer has not come yet
    QList<StepRow> m_rows;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPushButton *m_start;
    QPushButton *m_continue;
    QPushButton *m_retry;
    QPushButton *m_abandon;
    QCheckBox *m_deleteNewKey;
    QPushButton *m_close;
};
