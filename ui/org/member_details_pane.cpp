#include "ui/org/member_details_pane.h"

#include "ui/shell/plain_text.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

MemberDetailsPane::MemberDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("memberDetails"));
    auto *layout = new QVBoxLayout(this);
    m_title = PlainText::label();
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_form = new QWidget;
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    auto label = [] {
        auto *l = PlainText::label();
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        return l;
    };
    form->addRow(tr("User name:"), m_userName = label());
    form->addRow(tr("Department:"), m_department = label());
    form->addRow(tr("Role:"), m_role = label());
    form->addRow(tr("Status:"), m_status = label());
    form->addRow(tr("Email:"), m_email = label());
    form->addRow(tr("Mobile:"), m_mobile = label());
    form->addRow(tr("Version:"), m_version = label());
    layout->addWidget(m_form);
    layout->addStretch(1);
    showSummary(0);
}

void MemberDetailsPane::showMember(const OrgSnapshot &s, int m)
{
    m_title->setText(s.text(m, OrgSnapshot::Name));
    m_userName->setText(s.text(m, OrgSnapshot::UserName));
    QStringList path;
    for (int d = s.memberDepartment(m); d >= 0; d = s.department(d).parent)
        path.prepend(s.department(d).orgName);
    m_department->setText(path.join(QStringLiteral(" › ")));
    m_role->setText(s.memberAdmin(m) ? tr("Administrator") : tr("Member"));
    m_status->setText(s.memberEnabled(m) ? tr("Enabled") : tr("Disabled"));
    m_email->setText(s.text(m, OrgSnapshot::Email));
    m_mobile->setText(s.text(m, OrgSnapshot::Mobile));
    m_version->setText(QString::number(s.memberVersion(m)));
    m_form->setVisible(true);
}

void MemberDetailsPane::showSummary(int selected)
{
    m_title->setText(selected == 0 ? tr("No member selected")
                                   : tr("%n members selected", nullptr, selected));
    m_form->setVisible(false);
}
