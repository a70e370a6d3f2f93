#pragma once
// The organisation page's actions (enable, disable, delete, add and edit members and
// departments, import, sync, find, copy) and the rules that switch them on and off. The rules
// take a plain State, so they are tested without a window; each action that is off for a
// reason other than "nothing selected" says that reason in its status tip and tooltip.
#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QString>

class QAction;

class OrgActions : public QObject
{
    Q_OBJECT
public:
    struct State
    {
        int selectedMembers = 0;
        bool departmentSelected = false;
        bool haveData = false;  // a snapshot with at least one department is shown
        bool readOnly = false;  // signed in as a plain member
        QString readOnlyReason; // what a read-only user is told
        bool syncing = false;
        QString unavailable; // non-empty: the local data could not be opened, and why
    };

    explicit OrgActions(QObject *parent = nullptr);

    // Applies the rules to every action.
    void apply(const State &state);
    const State &state() const { return m_state; }

    QAction *sync;
    QAction *cancelSync;
    QAction *enable;
    QAction *disable;
    QAction *remove;
    QAction *addMember;
    QAction *editMember;
    QAction *addDepartment;
    QAction *editDepartment;
    QAction *deleteDepartment;
    QAction *import;
    QAction *find;
    QAction *copy;

    // Every action, for tests and for adding them to a widget (shortcuts need one).
    QList<QAction *> all() const;

private:
    QAction *make(const QString &text, const QKeySequence &key, const QString &name,
                  int standardIcon = -1);
    void setReason(QAction *action, const QString &reason);

    State m_state;
    QHash<QAction *, QString> m_plainToolTips;
};
