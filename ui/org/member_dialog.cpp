#include "ui/org/member_dialog.h"

#include "org/member_import.h"
#include "org/org_service.h"
#include "ui/org/department_combo.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/status_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MemberDialog::MemberDialog(OrgService *service, const OrgSnapshot &snapshot, const Member &member,
                           bool isNew, QWidget *parent)
    : ServiceFormDialog(service, parent)
    , m_original(member)
    , m_isNew(isNew)
{
    setObjectName(QStringLiteral("MemberDialog"));
    setWindowTitle(isNew ? tr("Add member") : tr("Edit member %1").arg(member.userName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto field = [&](const QString &key, const QString &label, QWidget *editor) {
        auto *error = PlainText::label();
        error->setObjectName(key + QStringLiteral("Error"));
        StatusText::mark(error, StatusColours::Kind::Error);
        error->setVisible(false);
        error->setWordWrap(true);
        m_errors.insert(key, error);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(editor);
        box->addWidget(error);
        form->addRow(label, box);
        // In a box, the field is not the label's buddy: a screen reader needs its name.
        editor->setAccessibleName(PlainText::spoken(label));
    };
    m_userName = new QLineEdit(member.userName);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setReadOnly(!isNew);
    m_name = new QLineEdit(member.name);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_email = new QLineEdit(member.email);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_mobile = new QLineEdit(member.mobile);
    m_mobile->setObjectName(QStringLiteral("mobileEdit"));
    m_department = new DepartmentCombo(snapshot, false);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->setOrgCode(member.orgCode);
    m_role = new QComboBox;
    m_role->addItem(tr("Member"), false);
    m_role->addItem(tr("Administrator"), true);
    m_role->setCurrentIndex(member.admin ? 1 : 0);
    m_enabled = new QCheckBox(tr("Enabled"));
    m_enabled->setChecked(member.enabled);
    field(QStringLiteral("userName"), tr("User name:"), m_userName);
    field(QStringLiteral("name"), tr("Name:", "a person's name"), m_name);
    field(QStringLiteral("email"), tr("Email:"), m_email);
    field(QStringLiteral("mobile"), tr("Mobile:"), m_mobile);
    field(QStringLiteral("orgCode"), tr("Department:"), m_department);
    form->addRow(tr("Role:"), m_role);
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);
    layout->addWidget(serverError());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // A user name is fixed once made: editing starts at the first field that can change.
    if (!isNew)
        m_name->setFocus();
    for (QLineEdit *e : {m_userName, m_name, m_email, m_mobile})
        connect(e, &QLineEdit::textChanged, this, &MemberDialog::validate);
    validate();
    resize(440, sizeHint().height());
}

Member MemberDialog::member() const
{
    Member m = m_original;
    m.userName = m_userName->text().trimmed();
    m.name = m_name->text().trimmed();
    m.email = m_email->text().trimmed();
    m.mobile = m_mobile->text().trimmed();
    m.orgCode = m_department->orgCode();
    m.admin = m_role->currentData().toBool();
    m.enabled = m_enabled->isChecked();
    return m;
}

bool MemberDialog::validate()
{
    const auto problems = MemberImport::validate(member());
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        // Say nothing about a field the administrator has not touched yet.
        const bool touched =
            it.key() == u"orgCode" || !m_isNew ||
            !findChild<QLineEdit *>(it.key() + QStringLiteral("Edit")) ||
            findChild<QLineEdit *>(it.key() + QStringLiteral("Edit"))->isModified();
        it.value()->setText(problems.value(it.key()));
        it.value()->setVisible(touched && problems.contains(it.key()));
    }
    m_ok->setEnabled(problems.isEmpty() && !isSaving());
    return problems.isEmpty();
}

void MemberDialog::accept()
{
    save([m = member(), isNew = m_isNew](OrgService *s, quint64 ticket) {
        s->saveMember(ticket, m, isNew);
    });
}
