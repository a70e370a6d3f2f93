#include "ui/seller/address_dialog.h"

#include "seller/seller_urls.h"
#include "ui/shell/plain_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *problemLabel()
{
    QLabel *l = PlainText::label();
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::BrightText);
    QFont f = l->font();
    f.setItalic(true);
    l->setFont(f);
    l->hide();
    return l;
}

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

AddressDialog::AddressDialog(const QList<AccessKey> &keys, const ProductionAddress *address,
                             QWidget *parent)
    : QDialog(parent)
    , m_editing(address != nullptr)
    , m_url(new QLineEdit)
    , m_urlProblem(problemLabel())
    , m_basic(new QComboBox)
    , m_basicProblem(problemLabel())
    , m_kit(new QComboBox)
    , m_kitProblem(problemLabel())
    , m_serverError(problemLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("AddressDialog"));
    setWindowTitle(m_editing ? tr("Bind keys") : tr("Add production address"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_url->setPlaceholderText(QStringLiteral("https://saas.example.com/isv/produce"));
    m_url->setAccessibleName(tr("Production address"));
    m_url->setMaxLength(SellerUrls::kMaxLength);
    form->addRow(tr("&Production address:"), m_url);
    form->addRow(QString(), m_urlProblem);
    for (QComboBox *box : {m_basic, m_kit}) {
        box->addItem(tr("none"), QString());
        for (const AccessKey &k : keys)
            box->addItem(tr("%1 (%2, %3)").arg(k.name, k.keyId, k.secretMasked), k.keyId);
    }
    m_basic->setAccessibleName(tr("Key for the basic interfaces"));
    m_kit->setAccessibleName(tr("Key for Kit sync"));
    form->addRow(tr("Key for the &basic interfaces:"), m_basic);
    form->addRow(QString(), m_basicProblem);
    form->addRow(tr("Key for &Kit sync:"), m_kit);
    form->addRow(QString(), m_kitProblem);
    layout->addLayout(form);
    QLabel *note = PlainText::label(
        m_editing ? tr("A key can be switched only to one that passed a debugging run at this "
                       "address; a key rotation runs it for you.")
                  : tr("KooGallery calls this address with /produceAPI/… appended. Credentials "
                       "may use it once a debugging run passed."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_serverError);
    layout->addWidget(m_buttons);
    if (address) {
        m_url->setText(address->url);
        m_url->setReadOnly(true);
        setKeys(address->basicKeyId, address->kitKeyId);
        m_basic->setFocus(); // the address is fixed: what changes is its keys
    }
    connect(m_url, &QLineEdit::textChanged, this, &AddressDialog::validate);
    connect(m_basic, &QComboBox::currentIndexChanged, this, &AddressDialog::validate);
    connect(m_kit, &QComboBox::currentIndexChanged, this, &AddressDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && problems().isEmpty())
            Q_EMIT submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString AddressDialog::url() const
{
    return m_url->text().trimmed();
}

QString AddressDialog::basicKeyId() const
{
    return m_basic->currentData().toString();
}

QString AddressDialog::kitKeyId() const
{
    return m_kit->currentData().toString();
}

void AddressDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void AddressDialog::setKeys(const QString &basicKeyId, const QString &kitKeyId)
{
    m_basic->setCurrentIndex(std::max(0, m_basic->findData(basicKeyId)));
    m_kit->setCurrentIndex(std::max(0, m_kit->findData(kitKeyId)));
}

QHash<QString, QString> AddressDialog::problems() const
{
    QHash<QString, QString> p;
    if (url().isEmpty())
        p.insert(QStringLiteral("url"), tr("Enter the address KooGallery calls."));
    else if (const QString why = SellerUrls::problem(url(), SellerUrls::Use::ProductionAddress);
             !why.isEmpty())
        p.insert(QStringLiteral("url"), why);
    if (!basicKeyId().isEmpty() && basicKeyId() == kitKeyId())
        p.insert(QStringLiteral("kitKeyId"),
                 tr("The Kit interfaces need a key other than the basic interfaces' key."));
    return p;
}

void AddressDialog::showServerError(const QString &field, const QString &message)
{
    if (field == u"url")
        showText(m_urlProblem, message);
    else if (field == u"basicKeyId")
        showText(m_basicProblem, message);
    else if (field == u"kitKeyId")
        showText(m_kitProblem, message);
    else
        showText(m_serverError, message);
}

void AddressDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_url->setEnabled(!busy);
    m_basic->setEnabled(!busy);
    m_kit->setEnabled(!busy);
    // "Sending…" while it is; gone with the answer (a refusal then says its piece).
    showText(m_serverError, busy ? tr("Sending…") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && problems().isEmpty());
}

void AddressDialog::validate()
{
    const QHash<QString, QString> p = problems();
    // An empty URL is not an error yet; it only keeps OK off.
    showText(m_urlProblem, url().isEmpty() ? QString() : p.value(QStringLiteral("url")));
    showText(m_basicProblem, p.value(QStringLiteral("basicKeyId")));
    showText(m_kitProblem, p.value(QStringLiteral("kitKeyId")));
    showText(m_serverError, {});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}
