#pragma once
// Adding or editing a department: code (new only), name and parent, checked beside the field.
#include "domain.h"
#include "org_snapshot.h"

#include <QDialog>

class DepartmentCombo;
class OrgService;
class QLabel;
class QLineEdit;
class QPushButton;

class DepartmentDialog : public QDialog
{
    Q_OBJECT
public:
    DepartmentDialog(OrgService *service, const OrgSnapshot &snapshot, const Department &department,
                     bool isNew, QWidget *parent = nullptr);
    Department department() const;
    void accept() override;

private:
    bool validate();

    OrgService *m_service;
    const OrgSnapshot &m_snapshot;
    Department m_original;
    bool m_isNew;
    bool m_saving = false;
    QLineEdit *m_code, *m_name;
    DepartmentCombo *m_parent;
    QLabel *m_codeError, *m_nameError, *m_serverError;
    QPushButton *m_ok;
};
