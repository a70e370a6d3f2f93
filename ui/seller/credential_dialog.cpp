#include "ui/seller/credential_dialog.h"

#include "models/seller/seller_labels.h"
#include "ui/seller/public_key_field.h"
#include "ui/shell/plain_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *problemLabel()
{
    QLabel *l = PlainText::label();
    l->setWordWrap(true);
    QFont f = l->font();
    f.setItalic(true);
    l->setFont(f);
    l->hide();
    return l;
}

QString fieldOf(const QString &field)
{
    // "platforms[1]" belongs beside the platforms.
    return field.startsWith(u"platforms") ? QStringLiteral("platforms") : field;
}
} // namespace

CredentialDialog::CredentialDialog(const QList<ProductionAddress> &addresses,
                                   const Credential *existing, QWidget *parent)
    : QDialog(parent)
    , m_appName(new QLineEdit)
    , m_authMethod(new QComboBox)
    , m_callback(new QLineEdit)
    , m_address(new QComboBox)
    , m_multiInstance(new QCheckBox(tr("One application instance serves several purchases")))
    , m_loginType(new QComboBox)
    , m_loginUrl(new QLineEdit)
    , m_publicKey(new PublicKeyField)
    , m_general(problemLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    if (existing)
        m_existing = *existing;
    setObjectName(QStringLiteral("CredentialDialog"));
    setWindowTitle(existing ? tr("Edit credential %1").arg(existing->appId)
                            : tr("Apply for an application credential"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_appName->setMaxLength(CredentialRules::kMaxAppNameLength * 2); // counted by the rules
    addRow(form, tr("App &name:"), m_appName, QStringLiteral("appName"));
    m_authMethod->addItem(tr("OAuth 2.0 (KooGallery's unified login)"), QStringLiteral("OAuth2.0"));
    m_authMethod->addItem(tr("SDK"), QStringLiteral("SDK"));
    addRow(form, tr("&Sign-in:"), m_authMethod, QStringLiteral("authMethod"));
    m_callback->setPlaceholderText(QStringLiteral("https://saas.example.com/isv/login/callback"));
    addRow(form, tr("&Callback address:"), m_callback, QStringLiteral("callbackUrl"));
    for (const ProductionAddress &a : addresses)
        m_address->addItem(a.ready ? a.url : tr("%1 (not ready: %2)").arg(a.url, a.notReady),
                           a.addressId);
    addRow(form, tr("&Production address:"), m_address, QStringLiteral("addressId"));
    addRow(form, tr("&Multi-instance:"), m_multiInstance, QStringLiteral("multiInstance"));
    for (const QString &t : CredentialRules::loginTypes())
        m_loginType->addItem(SellerLabels::loginType(t), t);
    addRow(form, tr("Login address &type:"), m_loginType, QStringLiteral("loginType"));
    m_loginUrl->setPlaceholderText(QStringLiteral("https://login.saas.example.com/"));
    addRow(form, tr("&Login address:"), m_loginUrl, QStringLiteral("loginUrl"));
    addRow(form, tr("RSA &public key:"), m_publicKey, QStringLiteral("publicKey"));
    auto *platforms = new QWidget;
    auto *platformRow = new QHBoxLayout(platforms);
    platformRow->setContentsMargins(0, 0, 0, 0);
    for (const QString &p : CredentialRules::platformNames()) {
        auto *box = new QCheckBox(p == u"WeLink" ? tr("WeLink open platform")
                                                 : tr("Industrial software cloud"));
        box->setProperty("platform", p);
        m_platforms.append(box);
        platformRow->addWidget(box);
    }
    platformRow->addStretch();
    addRow(form, tr("Pl&atforms (optional):"), platforms, QStringLiteral("platforms"));
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    if (existing) {
        setForm(existing->form);
        QStringList locked;
        if (existing->listed) {
            // Bound to a listed product: only these may change (§8).
            for (QWidget *w : std::initializer_list<QWidget *>{m_appName, m_authMethod, m_callback,
                                                               m_multiInstance, m_loginType})
                w->setEnabled(false);
            for (QCheckBox *b : m_platforms)
                b->setEnabled(false);
            locked << tr("The credential is bound to a listed product: only the production "
                         "address, the login address and the public key may change.");
        }
        if (existing->form.multiInstance) {
            m_multiInstance->setEnabled(false);
            locked << tr("Multi-instance binding, once on, stays on.");
        }
        if (!locked.isEmpty()) {
            QLabel *note = PlainText::label(locked.join(u' '));
            note->setWordWrap(true);
            layout->insertWidget(1, note);
        }
    } else if (m_address->count() > 0) {
        // The first ready address, when there is one.
        for (int i = 0; i < addresses.size(); ++i) {
            if (addresses.at(i).ready) {
                m_address->setCurrentIndex(i);
                break;
            }
        }
    }
    auto revalidate = [this] { validate(); };
    connect(m_appName, &QLineEdit::textChanged, this, revalidate);
    connect(m_callback, &QLineEdit::textChanged, this, revalidate);
    connect(m_loginUrl, &QLineEdit::textChanged, this, revalidate);
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_address, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_loginType, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_multiInstance, &QCheckBox::toggled, this, revalidate);
    connect(m_publicKey, &PublicKeyField::validityChanged, this, revalidate);
    for (QCheckBox *b : m_platforms)
        connect(b, &QCheckBox::toggled, this, revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && problems().isEmpty())
            Q_EMIT submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void CredentialDialog::addRow(QFormLayout *form, const QString &label, QWidget *field,
                              const QString &name)
{
    form->addRow(label, field);
    QLabel *problem = problemLabel();
    problem->setObjectName(name + QStringLiteral("Problem"));
    form->addRow(QString(), problem);
    m_problems.insert(name, problem);
    field->setAccessibleName(PlainText::spoken(label));
}

CredentialDraft CredentialDialog::draft() const
{
    const CredentialForm f = form();
    return {f.appName,   f.authMethod, f.callbackUrl, f.addressId, f.multiInstance,
            f.loginType, f.loginUrl,   f.publicKey,   f.platforms};
}

CredentialForm CredentialDialog::form() const
{
    CredentialForm f;
    f.appName = m_appName->text().trimmed();
    f.authMethod = m_authMethod->currentData().toString();
    if (f.authMethod == u"OAuth2.0")
        f.callbackUrl = m_callback->text().trimmed();
    f.addressId = m_address->currentData().toString();
    f.multiInstance = m_multiInstance->isChecked();
    f.loginType = m_loginType->currentData().toString();
    f.loginUrl = m_loginUrl->text().trimmed();
    // What the field made of the paste (bare Base64), or the paste itself so the rules say why.
    f.publicKey =
        m_publicKey->isValid() ? m_publicKey->normalizedKey() : m_publicKey->text().trimmed();
    for (QCheckBox *b : m_platforms) {
        if (b->isChecked())
            f.platforms << b->property("platform").toString();
    }
    f.version = m_existing ? m_existing->version() : 0;
    return f;
}

void CredentialDialog::setForm(const CredentialForm &f)
{
    m_appName->setText(f.appName);
    m_authMethod->setCurrentIndex(std::max(0, m_authMethod->findData(f.authMethod)));
    m_callback->setText(f.callbackUrl);
    m_address->setCurrentIndex(std::max(0, m_address->findData(f.addressId)));
    m_multiInstance->setChecked(f.multiInstance);
    m_loginType->setCurrentIndex(std::max(0, m_loginType->findData(f.loginType)));
    m_loginUrl->setText(f.loginUrl);
    m_publicKey->setText(f.publicKey);
    m_publicKey->check();
    for (QCheckBox *b : m_platforms)
        b->setChecked(f.platforms.contains(b->property("platform").toString()));
}

QList<FieldProblem> CredentialDialog::problems() const
{
    const CredentialDraft wanted = draft();
    QList<FieldProblem> p = CredentialRules::check(wanted);
    if (m_address->count() == 0)
        p.append({QStringLiteral("addressId"),
                  tr("Add a production address and debug it first (Production addresses page).")});
    if (m_existing) {
        const CredentialForm &c = m_existing->form;
        const CredentialDraft current{c.appName,   c.authMethod,    c.callbackUrl,
                                      c.addressId, c.multiInstance, c.loginType,
                                      c.loginUrl,  c.publicKey,     c.platforms};
        p += CredentialRules::checkEdit(current, m_existing->listed, wanted);
    }
    return p;
}

QString CredentialDialog::shownProblem(const QString &field) const
{
    const QLabel *l = m_problems.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void CredentialDialog::showServerError(const QString &field, const QString &message)
{
    const QString f = fieldOf(field);
    if (f == u"publicKey") {
        m_publicKey->setServerError(message);
        return;
    }
    if (QLabel *l = m_problems.value(f)) {
        m_serverErrors.insert(f, message);
        l->setText(message);
        l->show();
    } else {
        m_general->setText(message);
        m_general->show();
    }
}

void CredentialDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_general->setText(busy ? tr("Sending…") : QString());
    m_general->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && problems().isEmpty());
}

void CredentialDialog::validate()
{
    m_callback->setEnabled(m_authMethod->currentData().toString() == u"OAuth2.0" &&
                           !(m_existing && m_existing->listed));
    QHash<QString, QStringList> byField;
    for (const FieldProblem &p : problems())
        byField[fieldOf(p.field)] << p.message;
    m_serverErrors.clear(); // the form changed: the server's word was about the old one
    m_general->hide();
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        // An untouched new form does not scold; OK stays off until it is complete.
        const bool quiet = !m_existing && it.key() != u"publicKey" && it.key() != u"addressId" &&
                           m_appName->text().isEmpty();
        // The key field says what is wrong with the key itself.
        const QStringList messages =
            it.key() == u"publicKey" ? QStringList() : byField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!quiet && !messages.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && byField.isEmpty());
}
