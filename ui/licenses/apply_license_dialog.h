#pragma once
// Applies for a License for one License product's instance (§7.1): the product (those that
// can issue none now say why), the device fingerprint `MAC|disk|board|CPU`, checked as it is
// typed with LicenseFingerprint (the rule it breaks named beside the field; Apply off until it
// holds), and the quota. Apply does not close it: the page sends the application and the
// dialog waits (setBusy); a refusal is shown beside the field it names, the fingerprint kept
// as typed.
#include "licenses/client/licenses_records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

class ApplyLicenseDialog : public QDialog
{
    Q_OBJECT
public:
    // `products`: the License product orders; `current` the one to start on; `issued` the
    // Licenses already issued (a device that has one gets it again, whatever the quota).
    ApplyLicenseDialog(const QList<Order> &products, const QList<IssuedLicense> &issued,
                       const QString &current, QWidget *parent = nullptr);

    QString instanceId() const;
    QString fingerprint() const;
    void setFingerprint(const QString &fingerprint);
    // What is wrong with the fingerprint as typed, or empty.
    QString fingerprintProblem() const;
    QPushButton *applyButton() const;
    // A refusal (from this program or the server), beside `field` when it names one.
    void showRefusal(const QString &field, const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    // Apply, with a product that can issue and a fingerprint without problems.
    void submitted();

private:
    void validate();

    QList<Order> m_products;
    QList<IssuedLicense> m_issued;
    QComboBox *m_product;
    QLabel *m_quota;
    QLineEdit *m_fingerprint;
    QLabel *m_problem;
    QPushButton *m_tidy;
    QLabel *m_refusal;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    bool m_busy = false;
};
