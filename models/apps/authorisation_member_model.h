#pragma once
// The right side of the authorisation editor: the members in view (everyone, a department's
// subtree or a group; narrowed by a search as in the member table, and to those with access
// or with a change), each with a check box for a grant by hand, how they have access (by
// hand, or automatically through which department or group), their seat and what the draft
// changes for them. Over an AuthorisationDraft; one row per member index, so tens of
// thousands of rows cost a vector of ints.
#include <QAbstractTableModel>

#include <vector>

class AuthorisationDraft;

class AuthorisationMemberModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UserNameColumn,
        DepartmentColumn,
        AccessColumn,
        SeatColumn,
        ChangeColumn,
        ColumnCount
    };
    enum class Scope
    {
        Everyone,
        Department, // the department and every one below it
        Group
    };
    enum class Show
    {
        All,
        WithAccess, // after the edits
        Changes     // those who gain or lose access, or whose grant by hand changes
    };
    static constexpr int UserNameRole = Qt::UserRole + 1;

    explicit AuthorisationMemberModel(QObject *parent = nullptr);

    // Shows `draft` (not owned; null: empty) to everyone.
    void setDraft(AuthorisationDraft *draft);
    void setScope(Scope scope, int unit = -1);
    void setSearch(const QString &text);
    void setShow(Show show);
    // Every row again (the draft's automatic grants changed), and the rows in view when the
    // filter depends on the draft.
    void refresh();
    int memberAt(int row) const { return m_rows[size_t(row)]; }
    int rowOf(int member) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void edited();

private:
    void rebuild();
    void sortRows();
    bool changed(int member) const;
    QString accessText(int member) const;
    QString changeText(int member) const;

    AuthorisationDraft *m_draft = nullptr;
    std::vector<int> m_rows;
    Scope m_scope = Scope::Everyone;
    int m_unit = -1;
    QString m_search;
    Show m_show = Show::All;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
