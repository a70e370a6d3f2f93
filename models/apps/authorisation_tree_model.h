#pragma once
// The left side of the authorisation editor: the organisation's departments as a tree and the
// groups under one node, each with a check box that grants it automatically (its members now
// and later). A department inside a granted one shows as covered and cannot be ticked on its
// own. Reads and edits an AuthorisationDraft; says edited() after each change.
#include <QAbstractItemModel>

#include <vector>

class AuthorisationDraft;

class AuthorisationTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        MembersColumn,
        ChangeColumn,
        ColumnCount
    };
    enum class NodeKind
    {
        None,
        Department,
        GroupsNode,
        Group
    };

    explicit AuthorisationTreeModel(QObject *parent = nullptr);

    // Shows `draft` (not owned; null: empty). Keep it alive while it is shown.
    void setDraft(AuthorisationDraft *draft);
    NodeKind kind(const QModelIndex &index) const;
    // The department or group index of a node; -1 for the groups' node.
    int unit(const QModelIndex &index) const;
    QModelIndex departmentIndex(int dept) const;
    QModelIndex groupIndex(int group) const;
    // Every node again, after the draft changed elsewhere (a revert).
    void refresh();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    static quintptr id(NodeKind kind, int unit);
    QVariant checkState(NodeKind kind, int unit) const;
    QString changeText(NodeKind kind, int unit) const;
    void childrenChanged(const QModelIndex &parent);

    AuthorisationDraft *m_draft = nullptr;
    std::vector<int> m_rowOf; // a department's row under its parent
};
