#pragma once
// Ctrl+K: the saved accounts, most recent first, filtered as you type; Enter switches to the
// highlighted one. Also where accounts are added and removed.
#include "identity/account_store.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

class AccountSwitcher : public QDialog
{
    Q_OBJECT
public:
    AccountSwitcher(const QList<Account> &accounts, const QString &current,
                    QWidget *parent = nullptr);

    QString chosen() const { return m_chosen; }
    void setFilterText(const QString &text);
    int visibleCount() const;

Q_SIGNALS:
    void addRequested();
    void removeRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void choose();
    QString currentName() const;

    QList<Account> m_accounts;
    QLineEdit *m_search;
    QListWidget *m_list;
    QPushButton *m_remove;
    QString m_chosen;
};
