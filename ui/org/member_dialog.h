#pragma once
// Adding or editing a member: fields checked as you type, with the problem shown beside the
// field; saved through the service, and a refusal from the server shown in the dialog.
#include "org/domain.h"
#include "org/org_snapshot.h"

#include "ui/org/service_form_dialog.h"
#include <QMap>

class DepartmentCombo;
class OrgService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class MemberDialog : public ServiceFormDialog
{
    Q_OBJECT
public:
    MemberDialog(OrgService *service, const OrgSnapshot &snapshot, const Member &member, bool isNew,
                 QWidget *parent = nullptr);
    Member member() const;
    void accept() override;

protected:
    bool validate() override;

private:
    Member m_original;
    bool m_isNew;
    QLineEdit *m_userName, *m_name, *m_email, *m_mobile;
    DepartmentCombo *m_department;
    QComboBox *m_role;
    QCheckBox *m_enabled;
    QMap<QString, QLabel *> m_errors;
    QPushButton *m_ok;
};
