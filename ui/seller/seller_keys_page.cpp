#include "ui/seller/seller_keys_page.h"

#include "models/seller/seller_key_model.h"
#include "seller/client/seller_service.h"
#include "ui/seller/seller_session.h"
#include "ui/shell/plain_text.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace {
constexpr int kMaxKeyName = 64;
}

SellerKeysPage::SellerKeysPage(SellerSession *session, QWidget *parent)
    : SellerTablePage(session, new SellerKeyModel, SellerKeyModel::IdRole, SellerKeyModel::SortRole,
                      QStringLiteral("ui/qt6/seller/keysHeader"), parent)
    , m_model(static_cast<SellerKeyModel *>(sourceModel()))
    , m_new(new QAction(tr("&New access key…"), this))
    , m_delete(new QAction(tr("&Delete access key…"), this))
    , m_copyId(new QAction(tr("&Copy key ID"), this))
    , m_sync(new QAction(tr("&Sync"), this))
{
    setObjectName(QStringLiteral("SellerKeysPage"));
    m_new->setObjectName(QStringLiteral("newAccessKeyAction"));
    m_delete->setObjectName(QStringLiteral("deleteAccessKeyAction"));
    pageMenu()->setTitle(tr("&Keys"));
    m_new->setShortcut(QKeySequence::New);
    m_delete->setShortcut(QKeySequence::Delete);
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_sync->setShortcut(QKeySequence(Qt::Key_F5)); // see OrgActions
    for (QAction *a : {m_new, m_delete, m_copyId, m_sync}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    pageMenu()->addActions({m_new, m_delete, m_copyId});
    pageMenu()->addSeparator();
    pageMenu()->addAction(m_sync);
    connect(m_new, &QAction::triggered, this, &SellerKeysPage::newKey);
    connect(m_delete, &QAction::triggered, this, &SellerKeysPage::deleteKey);
    connect(m_copyId, &QAction::triggered, this, [this] {
        if (const QString id = currentId(); !id.isEmpty()) {
            QApplication::clipboard()->setText(id);
            Q_EMIT statusMessage(tr("Copied %1.").arg(id), 4000);
        }
    });
    connect(m_sync, &QAction::triggered, session, &SellerSession::sync);
    connect(table(), &QTableView::doubleClicked, m_copyId, &QAction::trigger);
    emptyLabel()->setText(
        tr("No access keys yet. A production address needs one key for the "
           "basic interfaces and another for Kit sync: New access key (Ctrl+N)."));
    updateActions();
}

QString SellerKeysPage::title() const
{
    return tr("Access keys");
}

QList<QAction *> SellerKeysPage::pageActions(Place place) const
{
    return place == Place::ToolBar ? QList<QAction *>{m_new, m_sync} : QList<QAction *>{};
}

void SellerKeysPage::showSnapshot(const SellerSnapshotPtr &snapshot)
{
    m_model->setSnapshot(snapshot);
    emptyLabel()->setVisible(m_model->rowCount() == 0);
}

void SellerKeysPage::updateActions()
{
    const bool selected = !currentId().isEmpty();
    m_new->setEnabled(!isReadOnly());
    m_delete->setEnabled(!isReadOnly() && selected);
    m_copyId->setEnabled(selected);
}

void SellerKeysPage::newKey()
{
    bool ok = false;
    QString name = QInputDialog::getText(this, tr("New access key"),
                                         tr("A name that says what the key is for (up to %1 "
                                            "characters), e.g. \"basic 2026\":")
                                             .arg(kMaxKeyName),
                                         QLineEdit::Normal, {}, &ok)
                       .trimmed();
    if (!ok)
        return;
    if (name.size() > kMaxKeyName) {
        PlainText::warning(this, tr("New access key"),
                           tr("The name has %1 characters; at most %2 are allowed.")
                               .arg(name.size())
                               .arg(kMaxKeyName));
        return;
    }
    createKey(name);
}

void SellerKeysPage::createKey(const QString &name)
{
    m_new->setEnabled(false);
    Q_EMIT statusMessage(tr("Creating the access key…"), 0);
    session()->change(
        this, [name](SellerService *s, quint64 t) { s->createKey(t, name); },
        [this, name](const SellerOutcome &o) {
            updateActions();
            report(o, tr("Access key %1 created; its secret is shown once.")
                          .arg(o.record.value(u"keyId").toString(name)));
            if (o.ok())
                selectId(o.record.value(u"keyId").toString());
        });
}

void SellerKeysPage::deleteKey()
{
    deleteKeyId(currentId(), false);
}

void SellerKeysPage::deleteKeyId(const QString &keyId, bool confirmed)
{
    const int row = m_model->rowOf(keyId);
    if (row < 0)
        return;
    const AccessKey key = m_model->key(row);
    const QStringList bound = m_model->bindings(keyId);
    if (!bound.isEmpty()) {
        // The Seller Center refuses it too; saying so first spares a round trip and names where.
        PlainText::warning(this, tr("Delete access key"),
                           tr("%1 (%2) is bound to %3. Bind another key there first (a key "
                              "rotation does it step by step), then delete this one.")
                               .arg(key.name, key.keyId, bound.join(QStringLiteral("; "))));
        return;
    }
    if (!confirmed &&
        PlainText::message(this, QMessageBox::Warning, tr("Delete access key"),
                           tr("Delete the access key %1 (%2)? A server that still signs with "
                              "it will be refused by KooGallery. This cannot be undone.")
                               .arg(key.name, key.keyId),
                           QMessageBox::Yes | QMessageBox::Cancel,
                           QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    session()->change(
        this, [keyId](SellerService *s, quint64 t) { s->deleteKey(t, keyId); },
        [this, name = key.name, keyId](const SellerOutcome &o) {
            report(o, tr("Access key %1 (%2) deleted.").arg(name, keyId));
        });
}
