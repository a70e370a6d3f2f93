#pragma once
// What the seller's list pages (keys, production addresses, credentials) have in common: a
// sortable table over a model of the SellerSnapshot with a search field, the selection kept
// by record id across snapshots, a context menu of the page's actions, a remembered column
// layout, and refusals from the server shown in a message that names the record.
#include "seller/client/seller_outcome.h"
#include "ui/seller/seller_session.h"
#include "ui/shell/page.h"

#include <QPointer>

#include <memory>

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
    // The server's refusal as a person reads it: the message, and its code when there is one.
    static QString refusalText(const SellerOutcome &outcome);
    // The answer to a change sent from form `d` (which has setBusy, showServerError, accept):
    // the first answer belongs to the form — a refusal goes beside its field and the form stays
    // as typed, anything else closes it — and is then, like any later one (the change was
    // kept, then sent), passed to `after`, unless the form showed it.
    template <typename Dialog>
    static SellerSession::Done formAnswer(QPointer<Dialog> d,
                                          std::function<void(const SellerOutcome &)> after)
    {
        auto first = std::make_shared<bool>(true);
        return [d, first, after = std::move(after)](const SellerOutcome &o) {
            if (std::exchange(*first, false) && d) {
                d->setBusy(false);
                if (o.state == SellerOutcome::State::Refused) {
                    d->showServerError(o.field, refusalText(o));
                    return;
                }
                d->accept();
            }
            after(o);
        };
    }

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
