#include "ui/shell/account_switcher.h"

#include "ui/shell/plain_text.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AccountSwitcher::AccountSwitcher(const QList<Account> &accounts, const QString &current,
                                 QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_search(new QLineEdit)
    , m_list(new QListWidget)
    , m_remove(new QPushButton(tr("&Remove…")))
{
    setObjectName(QStringLiteral("AccountSwitcher"));
    setWindowTitle(tr("Switch account"));
    m_search->setPlaceholderText(tr("Search accounts: name, enterprise, user, server"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_search->setAccessibleName(tr("Search accounts"));
    m_list->setAccessibleName(tr("Saved accounts"));
    auto *add = new QPushButton(tr("&Add account…"));
    auto *open = new QPushButton(tr("&Switch"));
    open->setDefault(true);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(open, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    if (accounts.isEmpty())
        layout->addWidget(PlainText::label(tr("No saved accounts yet: add one to sign in.")));
    layout->addWidget(buttons);
    resize(560, 360);

    for (const Account &a : accounts) {
        const QString role = a.role == u"admin" ? tr("administrator") : tr("member");
        auto *item = new QListWidgetItem(tr("%1 — %2\n%3 · %4 · %5")
                                             .arg(a.displayName.isEmpty() ? a.name : a.displayName,
                                                  a.tenantName, a.userName, role, a.server.host()));
        item->setData(Qt::UserRole, a.name);
        item->setToolTip(
            PlainText::toolTip(tr("Account \"%1\" at %2").arg(a.name, a.server.toString())));
        if (a.name == current)
            item->setText(item->text() + tr(" (current)"));
        m_list->addItem(item);
    }
    m_list->setCurrentRow(0);
    connect(m_search, &QLineEdit::textChanged, this, &AccountSwitcher::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &AccountSwitcher::choose);
    connect(open, &QPushButton::clicked, this, &AccountSwitcher::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        Q_EMIT addRequested();
        reject();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = currentName();
        if (name.isEmpty())
            return;
        Q_EMIT removeRequested(name);
        reject();
    });
    m_remove->setEnabled(!accounts.isEmpty());
    m_search->setFocus();
}

void AccountSwitcher::setFilterText(const QString &text)
{
    m_search->setText(text);
}

int AccountSwitcher::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

void AccountSwitcher::refilter()
{
    const QString needle = m_search->text().trimmed();
    int firstVisible = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        const Account &a = m_accounts.at(i);
        const bool match =
            needle.isEmpty() || QStringList{a.name,   a.displayName, a.tenantName,
                                            a.tenant, a.userName,    a.server.toString()}
                                    .join(u'\n')
                                    .contains(needle, Qt::CaseInsensitive);
        m_list->item(i)->setHidden(!match);
        if (match && firstVisible < 0)
            firstVisible = i;
    }
    if (firstVisible >= 0)
        m_list->setCurrentRow(firstVisible);
}

QString AccountSwitcher::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void AccountSwitcher::choose()
{
    m_chosen = currentName();
    if (!m_chosen.isEmpty())
        accept();
}

bool AccountSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move in the list while typing in the search field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            int row = m_list->currentRow();
            const int step = key == Qt::Key_Down ? 1 : -1;
            for (int r = row + step; r >= 0 && r < m_list->count(); r += step) {
                if (!m_list->item(r)->isHidden()) {
                    m_list->setCurrentRow(r);
                    break;
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
