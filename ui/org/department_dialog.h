#pragma once
// Adding or editing a department: code (new only), name and parent, checked beside the field.
#include "org/domain.h"
#include "org/org_snapshot.h"

#include "ui/org/service_form_dialog.h"

class DepartmentCombo;
class OrgService;
class QLabel;
class QLineEdit;
class QPushButton;

class DepartmentDialog : public ServiceFormDialog
{
    Q_OBJECT
public:
    DepartmentDialog(OrgService *service, const OrgSnapshot &snapshot, const Department &department,
                     bool isNew, QWidget *parent = nullptr);
    Department department() const;
    void accept() override;

protected:
    bool validate() override;

private:
    const OrgSnapshot &m_snapshot;
    Department m_original;
    bool m_isNew;
    QLineEdit *m_code, *m_name;
    DepartmentCombo *m_parent;
    QLabel *m_codeError, *m_nameError;
    QPushButton *m_ok;
};
