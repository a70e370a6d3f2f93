#pragma once
// Adding an account: the server, where its tokens are kept (the system keychain, or an
// encrypted file for machines without one — chosen here, never silently), and optionally
// endpoint discovery or endpoints set one by one (any OAuth 2.0 provider), a CA file to trust
// and public-key pins. The account is saved only once
// the sign-in succeeds.
#include "identity/account_store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class AddAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddAccountDialog(QWidget *parent = nullptr);

    // Valid after accept().
    Account draft() const { return m_draft; }
    void setServer(const QString &url);
    void setSecretStore(SecretStore::Kind kind);

    void accept() override;

private:
    QLineEdit *m_server;
    QLineEdit *m_name;
    QComboBox *m_store;
    QCheckBox *m_discover;
    QLineEdit *m_caFile;
    QPlainTextEdit *m_pins;
    QGroupBox *m_endpoints;
    QLineEdit *m_authorize;
    QLineEdit *m_token;
    QLineEdit *m_userinfo;
    QLineEdit *m_logout;
    QLineEdit *m_clientId;
    QLabel *m_problem;
    Account m_draft;
};
