#include "ui/org/org_actions.h"

#include "resources/resources.h"
#include "ui/shell/plain_text.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QStyle>

OrgActions::OrgActions(QObject *parent)
    : QObject(parent)
{
    // F5, not QKeySequence::Refresh: on GNOME and macOS that is Ctrl+R too, which pages give
    // to their own commands (Reclaim, Run debugging, …), and Qt runs neither of two on one key.
    sync = make(tr("&Sync"), QKeySequence(Qt::Key_F5), QStringLiteral("syncAction"));
    sync->setIcon(Resources::themedIcon(QStringLiteral("view-refresh")));
    cancelSync = make(tr("Stop sync"), QKeySequence(), QStringLiteral("cancelSyncAction"));
    cancelSync->setIcon(Resources::themedIcon(QStringLiteral("process-stop")));
    enable = make(tr("&Enable"), QKeySequence(tr("Ctrl+E")), QStringLiteral("enableAction"),
                  QStyle::SP_DialogApplyButton);
    disable = make(tr("&Disable"), QKeySequence(tr("Ctrl+D")), QStringLiteral("disableAction"),
                   QStyle::SP_DialogCancelButton);
    remove = make(tr("De&lete"), QKeySequence::Delete, QStringLiteral("deleteAction"),
                  QStyle::SP_TrashIcon);
    addMember = make(tr("&Add member…"), QKeySequence::New, QStringLiteral("addMemberAction"),
                     QStyle::SP_FileIcon);
    editMember =
        make(tr("Edi&t member…"), QKeySequence(tr("F2")), QStringLiteral("editMemberAction"));
    addDepartment = make(tr("Add de&partment…"), QKeySequence(tr("Ctrl+Shift+N")),
                         QStringLiteral("addDepartmentAction"), QStyle::SP_DirIcon);
    editDepartment =
        make(tr("Edit department…"), QKeySequence(), QStringLiteral("editDepartmentAction"));
    deleteDepartment =
        make(tr("Delete department"), QKeySequence(), QStringLiteral("deleteDepartmentAction"));
    import = make(tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), QStringLiteral("importAction"),
                  QStyle::SP_DialogOpenButton);
    find = make(tr("&Find"), QKeySequence::Find, QStringLiteral("findAction"));
    copy = make(tr("&Copy user names"), QKeySequence::Copy, QStringLiteral("copyAction"));
    apply(m_state);
}

QAction *OrgActions::make(const QString &text, const QKeySequence &key, const QString &name,
                          int standardIcon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (standardIcon >= 0 && qApp)
        a->setIcon(QApplication::style()->standardIcon(QStyle::StandardPixmap(standardIcon)));
    const QString plain =
        key.isEmpty() ? QString(text).remove(u'&')
                      : QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'),
                                                      key.toString(QKeySequence::NativeText));
    m_plainToolTips.insert(a, plain);
    a->setToolTip(plain);
    return a;
}

QList<QAction *> OrgActions::all() const
{
    return {sync,          cancelSync,     enable,           disable, remove, addMember, editMember,
            addDepartment, editDepartment, deleteDepartment, import,  find,   copy};
}

void OrgActions::setReason(QAction *action, const QString &reason)
{
    // The reason may quote server text, and tooltips render what looks like HTML.
    action->setStatusTip(reason);
    const QString base = m_plainToolTips.value(action);
    action->setToolTip(
        reason.isEmpty() ? base : PlainText::toolTip(QStringLiteral("%1\n%2").arg(base, reason)));
}

void OrgActions::apply(const State &s)
{
    m_state = s;
    const bool open = s.unavailable.isEmpty();
    const bool admin = !s.readOnly;
    const bool change = open && admin;
    const int selected = s.selectedMembers;

    enable->setEnabled(change && selected > 0);
    disable->setEnabled(change && selected > 0);
    remove->setEnabled(change && selected > 0);
    editMember->setEnabled(change && selected == 1);
    addMember->setEnabled(change && s.haveData);
    addDepartment->setEnabled(change && s.haveData);
    import->setEnabled(change && s.haveData); // its preview checks rows against the copy
    editDepartment->setEnabled(change && s.departmentSelected);
    deleteDepartment->setEnabled(change && s.departmentSelected);
    copy->setEnabled(selected > 0);
    find->setEnabled(true);
    sync->setEnabled(open && !s.syncing);
    cancelSync->setEnabled(open && s.syncing);

    // Why a change is not possible: the data first (nothing works without it), then the role.
    QString why;
    if (!open)
        why = s.unavailable;
    else if (!admin)
        why = s.readOnlyReason;
    for (QAction *a : {enable, disable, remove, editMember, addMember, addDepartment,
                       editDepartment, deleteDepartment, import})
        setReason(a, why);
    const QString syncWhy = open ? QString() : s.unavailable;
    setReason(sync, syncWhy);
    setReason(cancelSync, syncWhy);
}
