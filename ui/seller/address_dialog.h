#pragma once
// Adds a production address (生产地址) or changes its key bindings: the URL, checked as the
// Seller Center checks it (https, or http on this computer only; a domain name on port 443),
// one key for the basic interfaces and a different one for Kit. Problems show beside their
// field as the person types. OK does not close it: the page sends the change and the dialog
// waits (setBusy); a refusal from the server is shown at the field it names, and the form
// stays as it was typed.
#include "seller/client/seller_records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class AddressDialog : public QDialog
{
    Q_OBJECT
public:
    // `address` null: a new address; otherwise its bindings are edited (the URL stays).
    AddressDialog(const QList<AccessKey> &keys, const ProductionAddress *address,
                  QWidget *parent = nullptr);

    QString url() const;
    QString basicKeyId() const;
    QString kitKeyId() const;
    void setUrl(const QString &url);
    void setKeys(const QString &basicKeyId, const QString &kitKeyId);
    // Every problem of the form, by field ("url", "basicKeyId", "kitKeyId").
    QHash<QString, QString> problems() const;
    // A refusal from the server, shown beside `field` (or above the buttons when none).
    void showServerError(const QString &field, const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    // OK with a form without problems.
    void submitted();

private:
    void validate();

    bool m_editing;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QComboBox *m_basic;
    QLabel *m_basicProblem;
    QComboBox *m_kit;
    QLabel *m_kitProblem;
    QLabel *m_serverError;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
