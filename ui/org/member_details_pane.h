#pragma once
// The details of the selected member beside the table, or a summary of a multiple selection.
#include "org/org_snapshot.h"

#include <QWidget>

class QFormLayout;
class QLabel;

class MemberDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit MemberDetailsPane(QWidget *parent = nullptr);
    void showMember(const OrgSnapshot &snapshot, int member);
    void showSummary(int selected);

private:
    QLabel *m_title;
    QWidget *m_form;
    QLabel *m_userName, *m_department, *m_role, *m_status, *m_email, *m_mobile, *m_version;
};
