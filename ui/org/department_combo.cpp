#include "ui/org/department_combo.h"

DepartmentCombo::DepartmentCombo(const OrgSnapshot &s, bool allowNone, const QString &exclude,
                                 QWidget *parent)
    : QComboBox(parent)
{
    if (allowNone)
        addItem(tr("(top level)"), QString());
    const int excluded = exclude.isEmpty() ? -1 : s.departmentIndex(exclude);
    std::vector<std::pair<int, int>> stack; // department, depth
    for (auto it = s.roots().rbegin(); it != s.roots().rend(); ++it)
        stack.push_back({*it, 0});
    while (!stack.empty()) {
        const auto [d, depth] = stack.back();
        stack.pop_back();
        if (d == excluded)
            continue;
        const OrgSnapshot::Dept &dept = s.department(d);
        addItem(QString(depth * 2, u' ') + dept.orgName, dept.orgCode);
        for (auto c = dept.children.rbegin(); c != dept.children.rend(); ++c)
            stack.push_back({*c, depth + 1});
    }
}

void DepartmentCombo::setOrgCode(const QString &code)
{
    const int i = findData(code);
    if (i >= 0)
        setCurrentIndex(i);
}
