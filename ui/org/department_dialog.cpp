#include "ui/org/department_dialog.h"

#include "org/org_service.h"
#include "ui/org/department_combo.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/status_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
QLabel *errorLabel(const QString &name)
{
    auto *l = PlainText::label();
    l->setObjectName(name);
    StatusText::mark(l, StatusColours::Kind::Error);
    l->setVisible(false);
    return l;
}
} // namespace

DepartmentDialog::DepartmentDialog(OrgService *service, const OrgSnapshot &snapshot,
                                   const Department &department, bool isNew, QWidget *parent)
    : ServiceFormDialog(service, parent)
    , m_snapshot(snapshot)
    , m_original(department)
    , m_isNew(isNew)
{
    setObjectName(QStringLiteral("DepartmentDialog"));
    setWindowTitle(isNew ? tr("Add department") : tr("Edit department %1").arg(department.orgName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(department.orgCode);
    m_code->setObjectName(QStringLiteral("orgCodeEdit"));
    m_code->setReadOnly(!isNew);
    m_name = new QLineEdit(department.orgName);
    m_name->setObjectName(QStringLiteral("orgNameEdit"));
    m_parent = new DepartmentCombo(snapshot, true, isNew ? QString() : department.orgCode);
    m_parent->setObjectName(QStringLiteral("parentCombo"));
    m_parent->setOrgCode(department.parentCode);
    m_codeError = errorLabel(QStringLiteral("orgCodeError"));
    m_nameError = errorLabel(QStringLiteral("orgNameError"));
    auto column = [](QWidget *a, QWidget *b) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(a);
        box->addWidget(b);
        return box;
    };
    form->addRow(tr("Code:"), column(m_code, m_codeError));
    form->addRow(tr("Name:", "a department's name"), column(m_name, m_nameError));
    // In a box, a field is not its label's buddy: a screen reader needs its name.
    m_code->setAccessibleName(PlainText::spoken(tr("Code:")));
    m_name->setAccessibleName(PlainText::spoken(tr("Name:", "a department's name")));
    form->addRow(tr("Parent:"), m_parent);
    layout->addLayout(form);
    layout->addWidget(serverError());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &DepartmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // A code is fixed once made: editing starts at the name.
    if (!isNew)
        m_name->setFocus();
    connect(m_code, &QLineEdit::textChanged, this, &DepartmentDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &DepartmentDialog::validate);
    validate();
}

Department DepartmentDialog::department() const
{
    Department d = m_original;
    d.orgCode = m_code->text().trimmed();
    d.orgName = m_name->text().trimmed();
    d.parentCode = m_parent->orgCode();
    return d;
}

bool DepartmentDialog::validate()
{
    static const QRegularExpression codeRe(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,64}")));
    const Department d = department();
    QString codeProblem;
    if (m_isNew) {
        if (!codeRe.match(d.orgCode).hasMatch())
            codeProblem = tr("Use 1 to 64 letters, digits, _ or -.");
        else if (m_snapshot.departmentIndex(d.orgCode) >= 0)
            codeProblem = tr("A department with this code exists already.");
    }
    const QString nameProblem = d.orgName.isEmpty()      ? tr("A name is required.")
                                : d.orgName.size() > 128 ? tr("At most 128 characters.")
                                                         : QString();
    m_codeError->setText(codeProblem);
    m_codeError->setVisible(!codeProblem.isEmpty() && m_code->isModified());
    m_nameError->setText(nameProblem);
    m_nameError->setVisible(!nameProblem.isEmpty() && (m_name->isModified() || !m_isNew));
    const bool ok = codeProblem.isEmpty() && nameProblem.isEmpty();
    m_ok->setEnabled(ok && !isSaving());
    return ok;
}

void DepartmentDialog::accept()
{
    save([d = department(), isNew = m_isNew](OrgService *s, quint64 ticket) {
        s->saveDepartment(ticket, d, isNew);
    });
}
