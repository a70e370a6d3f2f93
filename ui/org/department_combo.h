#pragma once
// A combo box listing the departments of a snapshot as an indented tree.
#include "org/org_snapshot.h"

#include <QComboBox>

class DepartmentCombo : public QComboBox
{
    Q_OBJECT
public:
    // `exclude`: a department that, with its subtree, may not be chosen (moving it under itself).
    DepartmentCombo(const OrgSnapshot &snapshot, bool allowNone, const QString &exclude = {},
                    QWidget *parent = nullptr);
    QString orgCode() const { return currentData().toString(); }
    void setOrgCode(const QString &code);
};
