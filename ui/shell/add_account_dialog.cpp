#include "ui/shell/add_account_dialog.h"

#include "ui/shell/plain_text.h"
#include "ui/shell/status_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

AddAccountDialog::AddAccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit)
    , m_name(new QLineEdit)
    , m_store(new QComboBox)
    , m_discover(new QCheckBox(tr("Read the sign-in endpoints from the server "
                                  "(/.well-known/openid-configuration)")))
    , m_caFile(new QLineEdit)
    , m_pins(new QPlainTextEdit)
    , m_endpoints(new QGroupBox(tr("Set the sign-in endpoints one by one")))
    , m_authorize(new QLineEdit)
    , m_token(new QLineEdit)
    , m_userinfo(new QLineEdit)
    , m_logout(new QLineEdit)
    , m_clientId(new QLineEdit)
    , m_problem(PlainText::label())
{
    setObjectName(QStringLiteral("AddAccountDialog"));
    setWindowTitle(tr("Add account"));
    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setPlaceholderText(tr("https://your-tenant.example.com"));
    m_name->setPlaceholderText(tr("optional; default userName@tenant"));
    m_store->setObjectName(QStringLiteral("secretStoreField"));
    m_store->addItem(tr("System keychain"), int(SecretStore::Kind::Keychain));
    m_store->addItem(tr("Encrypted file (passphrase) — for computers without a keychain"),
                     int(SecretStore::Kind::EncryptedFile));
    m_pins->setPlaceholderText(tr("optional: one base64 SHA-256 public-key pin per line (add a "
                                  "backup pin)"));
    m_pins->setMaximumHeight(70);
    m_pins->setTabChangesFocus(true); // a pin never holds a tab; the keyboard moves on

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    StatusText::mark(m_problem, StatusColours::Kind::Error);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    auto *browse = new QPushButton(tr("Browse…"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("Account &name:"), m_name);
    form->addRow(tr("Keep tokens in:"), m_store);
    form->addRow(QString(), m_discover);
    form->addRow(tr("Also trust CA file:"), caRow);
    m_caFile->setAccessibleName(
        PlainText::spoken(tr("Also trust CA file:"))); // not the label's buddy
    form->addRow(tr("Public-key pins:"), m_pins);
    m_endpoints->setObjectName(QStringLiteral("endpointsGroup"));
    m_endpoints->setCheckable(true);
    m_endpoints->setChecked(false);
    m_authorize->setPlaceholderText(tr("default: SERVER/api/v1/oauth2/authorize"));
    m_token->setPlaceholderText(tr("default: SERVER/api/v1/oauth2/token"));
    m_userinfo->setPlaceholderText(tr("default: SERVER/api/v1/oauth2/userinfo"));
    m_logout->setPlaceholderText(tr("default: SERVER/api/v1/logout"));
    m_clientId->setPlaceholderText(QStringLiteral("marketdesk"));
    auto *endpointForm = new QFormLayout(m_endpoints);
    endpointForm->addRow(tr("Authorization:"), m_authorize);
    endpointForm->addRow(tr("Token:"), m_token);
    endpointForm->addRow(tr("User information:"), m_userinfo);
    endpointForm->addRow(tr("Sign-out:"), m_logout);
    endpointForm->addRow(tr("Client ID:"), m_clientId);
    connect(m_endpoints, &QGroupBox::toggled, m_discover, [this](bool on) {
        if (on)
            m_discover->setChecked(false);
    });
    connect(m_discover, &QCheckBox::toggled, m_endpoints, [this](bool on) {
        if (on)
            m_endpoints->setChecked(false);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in…"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_endpoints);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("CA certificate (PEM)"), {}, tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    resize(560, sizeHint().height());
}

void AddAccountDialog::setServer(const QString &url)
{
    m_server->setText(url);
}

void AddAccountDialog::setSecretStore(SecretStore::Kind kind)
{
    m_store->setCurrentIndex(m_store->findData(int(kind)));
}

void AddAccountDialog::accept()
{
    Account a;
    a.server = QUrl(m_server->text().trimmed(), QUrl::StrictMode);
    a.name = m_name->text().trimmed();
    a.secretStore = SecretStore::Kind(m_store->currentData().toInt());
    a.discover = m_discover->isChecked();
    a.caFile = m_caFile->text().trimmed();
    for (const QString &line : m_pins->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        a.pins.append(line.trimmed().toLatin1());
    if (m_endpoints->isChecked()) {
        a.customEndpoints = true;
        a.endpoints = OAuthEndpoints::forServer(a.server);
        const struct
        {
            QLineEdit *edit;
            QUrl *target;
        } urls[] = {{m_authorize, &a.endpoints.authorize},
                    {m_token, &a.endpoints.token},
                    {m_userinfo, &a.endpoints.userinfo},
                    {m_logout, &a.endpoints.logout}};
        for (const auto &u : urls)
            if (!u.edit->text().trimmed().isEmpty())
                *u.target = QUrl(u.edit->text().trimmed(), QUrl::StrictMode);
        if (!m_clientId->text().trimmed().isEmpty())
            a.endpoints.clientId = m_clientId->text().trimmed();
    }
    // The same checks as every sign-in makes, before the dialog lets go.
    if (const QString problem = a.problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->setVisible(true);
        return;
    }
    m_draft = a;
    QDialog::accept();
}
