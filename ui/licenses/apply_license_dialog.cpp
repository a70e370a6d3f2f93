#include "ui/licenses/apply_license_dialog.h"

#include "licenses/license_fingerprint.h"
#include "models/licenses/order_table_model.h"
#include "ui/shell/plain_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ApplyLicenseDialog::ApplyLicenseDialog(const QList<Order> &products,
                                       const QList<IssuedLicense> &issued, const QString &current,
                                       QWidget *parent)
    : QDialog(parent)
    , m_products(products)
    , m_issued(issued)
    , m_product(new QComboBox)
    , m_quota(PlainText::label())
    , m_fingerprint(new QLineEdit)
    , m_problem(PlainText::label())
    , m_tidy(new QPushButton(tr("Make &upper case")))
    , m_refusal(PlainText::label())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("applyLicenseDialog"));
    setWindowTitle(tr("Apply for a License"));
    for (const Order &o : m_products)
        m_product->addItem(tr("%1 (%2)").arg(o.productName, o.instance.instanceId),
                           o.instance.instanceId);
    for (int i = 0; i < m_products.size(); ++i)
        if (m_products.at(i).orderId == current)
            m_product->setCurrentIndex(i);
    m_product->setObjectName(QStringLiteral("licenseProduct"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprintEdit"));
    // No maxLength: a pasted fingerprint cut short would look valid; the 5 KB rule is checked
    // and named by LicenseFingerprint instead.
    m_fingerprint->setPlaceholderText(
        QStringLiteral("00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12|BFEBFBFF000906EA"));
    m_problem->setObjectName(QStringLiteral("fingerprintProblem"));
    m_problem->setWordWrap(true);
    m_refusal->setObjectName(QStringLiteral("applyRefusal"));
    m_refusal->setWordWrap(true);
    m_quota->setWordWrap(true);
    m_tidy->setObjectName(QStringLiteral("tidyFingerprint"));
    // Never the button Return presses: Return in the field means Apply, which stays off while
    // the fingerprint is wrong; it must not rewrite what was typed instead.
    m_tidy->setAutoDefault(false);
    m_tidy->setToolTip(tr("Removes spaces around it and writes it in upper case, as the format "
                          "requires."));

    QLabel *format = PlainText::label(
        tr("The device fingerprint as the License client SDK prints it: MAC|disk|board|CPU "
           "(four fields separated by \"|\", empty fields kept; several MACs or disks joined "
           "with \",\"), upper case, at most 5 KB."));
    format->setWordWrap(true);
    QLabel *same = PlainText::label(
        tr("Applying again for a device that has its License answers that License; no other "
           "is taken from the quota."));
    same->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Product:"), m_product);
    form->addRow(QString(), m_quota);
    auto *row = new QHBoxLayout;
    row->addWidget(m_fingerprint, 1);
    row->addWidget(m_tidy);
    // The field's own label (its buddy), not the row's: Alt+F reaches it, and a screen reader
    // names it.
    QLabel *fingerprintLabel = PlainText::label(tr("&Fingerprint:"));
    fingerprintLabel->setBuddy(m_fingerprint);
    form->addRow(fingerprintLabel, row);
    form->addRow(QString(), m_problem);
    m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    // Return is Apply, and nothing while Apply is off: Cancel would otherwise take Return over
    // when it gets the focus, and a fingerprint being fixed would close the dialog.
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(format);
    layout->addLayout(form);
    layout->addWidget(same);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());

    connect(m_product, &QComboBox::currentIndexChanged, this, &ApplyLicenseDialog::validate);
    connect(m_fingerprint, &QLineEdit::textChanged, this, [this] {
        m_refusal->clear();
        validate();
    });
    connect(m_tidy, &QPushButton::clicked, this, [this] {
        m_fingerprint->setText(LicenseFingerprint::normalised(m_fingerprint->text()));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        validate();
        if (m_apply->isEnabled())
            Q_EMIT submitted();
    });
    validate();
}

QString ApplyLicenseDialog::instanceId() const
{
    return m_product->currentData().toString();
}

QString ApplyLicenseDialog::fingerprint() const
{
    return m_fingerprint->text();
}

void ApplyLicenseDialog::setFingerprint(const QString &fingerprint)
{
    m_fingerprint->setText(fingerprint);
}

QString ApplyLicenseDialog::fingerprintProblem() const
{
    return m_problem->text();
}

QPushButton *ApplyLicenseDialog::applyButton() const
{
    return m_apply;
}

void ApplyLicenseDialog::showRefusal(const QString &field, const QString &message)
{
    if (field == u"deviceFingerprint") {
        m_problem->setText(message);
        m_fingerprint->setFocus();
    } else {
        m_refusal->setText(message);
    }
}

void ApplyLicenseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_product->setEnabled(!busy);
    m_fingerprint->setReadOnly(busy);
    m_refusal->setText(busy ? tr("Applying…") : m_refusal->text());
    validate();
}

void ApplyLicenseDialog::validate()
{
    const int i = m_product->currentIndex();
    const Order *product = i >= 0 ? &m_products.at(i) : nullptr;
    const QString text = m_fingerprint->text();
    const IssuedLicense *known = nullptr;
    for (const IssuedLicense &l : m_issued)
        if (product && l.instanceId == product->instance.instanceId && l.deviceFingerprint == text)
            known = &l;
    // A device that has its License gets that one back: neither quota nor period stop it.
    const QString blocker = known     ? QString()
                            : product ? OrderTableModel::applyBlocker(*product)
                                      : tr("No License product.");
    if (known)
        m_quota->setText(tr("This device has License %1 already; applying again answers it.")
                             .arg(known->licenseId));
    else if (product && product->license)
        m_quota->setText(
            blocker.isEmpty()
                ? tr("%1 of %2 License(s) issued; valid until %3.")
                      .arg(product->license->issued)
                      .arg(product->license->quota)
                      .arg(QLocale().toString(product->instance.periodEnd.toLocalTime().date(),
                                              QLocale::ShortFormat))
                : blocker);
    else
        m_quota->setText(blocker);
    // Nothing typed yet is not an error to shout about; Apply stays off all the same.
    const QString problem = text.isEmpty() ? QString() : LicenseFingerprint::problem(text);
    m_problem->setText(problem);
    m_tidy->setVisible(!text.isEmpty() && LicenseFingerprint::normalised(text) != text);
    m_apply->setEnabled(!m_busy && product && blocker.isEmpty() && !text.isEmpty() &&
                        problem.isEmpty());
}
