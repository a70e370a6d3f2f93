#pragma once
// What the seller's list pages (keys, production addresses, credentials) have in common: a
// sortable table over a model of the SellerSnapshot with a search field, the selection kept
// by record id across snapshots, a context menu of the page's actions, a remembered column
// layout, and refusals from the server shown in a message that names the record.
#include "seller/client/seller_outcome.h"
#include "ui/shell/page.h"

class QAbstractTableModel;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;
class SellerSession;

class SellerTablePage : public Page
{
    Q_OBJECT
public:
    QList<QMenu *> menus() const override;
    void setReadOnly(bool readOnly, const QString &why) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    QTableView *table() const { return m_table; }
    // The id (the model's IdRole) of the current row, or empty.
    QString currentId() const;
    // Makes the row of `id` current, when it is there.
    void selectId(const QString &id);

protected:
    // `idRole` and `sortRole`: the model's roles for a row's id and for sorting.
    SellerTablePage(SellerSession *session, QAbstractTableModel *model, int idRole, int sortRole,
                    const QString &settingsKey, QWidget *parent = nullptr);

    // Called with each new snapshot, after the model was given it (the selection is restored
    // afterwards).
    virtual void showSnapshot(const SellerSnapshotPtr &snapshot) = 0;
    // The selection moved or the snapshot changed: enable what applies.
    virtual void updateActions() = 0;
    // Column widths in average characters, for the first start.
    virtual QList<int> defaultWidths() const = 0;

    // The page's menu (shown in the menu bar and as the table's context menu).
    QMenu *pageMenu() const { return m_menu; }
    QVBoxLayout *pageLayout() const { return m_layout; }
    SellerSession *session() const { return m_session; }
    bool isReadOnly() const { return m_readOnly; }
    // Tells how a change ended: a status note when done or kept, a message when refused.
    void report(const SellerOutcome &outcome, const QString &doneText);
    QLabel *emptyLabel() const { return m_empty; }
    QAbstractTableModel *sourceModel() const { return m_model; }

private:
    void onSnapshot(const SellerSnapshotPtr &snapshot);

    SellerSession *m_session;
    QAbstractTableModel *m_model;
    int m_idRole;
    QString m_settingsKey;
    QSortFilterProxyModel *m_proxy;
    QVBoxLayout *m_layout;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_empty;
    QMenu *m_menu;
    bool m_readOnly = false;
};
