#pragma once
// Applies for an application credential (凭证申请) or edits one, under KooGallery's rules
// (protocol reference §8, CredentialRules): every problem is shown beside its field as the
// person types; what may no longer change (multi-instance binding once on; all but the
// production address, login address and public key once bound to a listed product) is shown
// locked with the reason. OK does not close the dialog: the page sends the form, and a
// refusal from the server comes back to the field it names with everything typed kept.
#include "seller/client/seller_records.h"
#include "seller/credential_rules.h"

#include <QDialog>
#include <QHash>

#include <optional>

class PublicKeyField;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class CredentialDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` null: a new application; otherwise it is edited.
    CredentialDialog(const QList<ProductionAddress> &addresses, const Credential *existing,
                     QWidget *parent = nullptr);

    CredentialForm form() const;
    void setForm(const CredentialForm &form);
    // Every problem the form has now, local rules only (the server checks the rest).
    QList<FieldProblem> problems() const;
    // What is shown beside `field` now ("" when nothing).
    QString shownProblem(const QString &field) const;
    void showServerError(const QString &field, const QString &message);
    void setBusy(bool busy);
    PublicKeyField *publicKeyField() const { return m_publicKey; }

Q_SIGNALS:
    void submitted();

private:
    void addRow(class QFormLayout *form, const QString &label, QWidget *field, const QString &name);
    void validate();
    CredentialDraft draft() const;

    std::optional<Credential> m_existing;
    QLineEdit *m_appName;
    QComboBox *m_authMethod;
    QLineEdit *m_callback;
    QComboBox *m_address;
    QCheckBox *m_multiInstance;
    QComboBox *m_loginType;
    QLineEdit *m_loginUrl;
    PublicKeyField *m_publicKey;
    QList<QCheckBox *> m_platforms;
    QHash<QString, QLabel *> m_problems; // by field
    QHash<QString, QString> m_serverErrors;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
