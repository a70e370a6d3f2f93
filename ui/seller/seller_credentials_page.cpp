#include "ui/seller/seller_credentials_page.h"

#include "models/seller/seller_credential_model.h"
#include "seller/client/seller_service.h"
#include "ui/seller/credential_dialog.h"
#include "ui/seller/seller_session.h"
#include "ui/shell/plain_text.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

SellerCredentialsPage::SellerCredentialsPage(SellerSession *session, QWidget *parent)
    : SellerTablePage(session, new SellerCredentialModel, SellerCredentialModel::IdRole,
                      SellerCredentialModel::SortRole,
                      QStringLiteral("ui/qt6/seller/credentialsHeader"), parent)
    , m_model(static_cast<SellerCredentialModel *>(sourceModel()))
    , m_apply(new QAction(tr("&Apply for a credential…"), this))
    , m_edit(new QAction(tr("&Edit credential…"), this))
    , m_testAccount(new QAction(tr("Request a &test account"), this))
    , m_copyId(new QAction(tr("&Copy app ID"), this))
    , m_sync(new QAction(tr("&Sync"), this))
{
    setObjectName(QStringLiteral("SellerCredentialsPage"));
    m_apply->setObjectName(QStringLiteral("applyCredentialAction"));
    m_edit->setObjectName(QStringLiteral("editCredentialAction"));
    m_testAccount->setObjectName(QStringLiteral("testAccountAction"));
    pageMenu()->setTitle(tr("&Credentials"));
    m_apply->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_testAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_sync->setShortcut(QKeySequence(Qt::Key_F5)); // see OrgActions
    for (QAction *a : {m_apply, m_edit, m_testAccount, m_copyId, m_sync}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    pageMenu()->addActions({m_apply, m_edit, m_testAccount, m_copyId});
    pageMenu()->addSeparator();
    pageMenu()->addAction(m_sync);
    connect(m_apply, &QAction::triggered, this, &SellerCredentialsPage::apply);
    connect(m_edit, &QAction::triggered, this, &SellerCredentialsPage::edit);
    connect(m_testAccount, &QAction::triggered, this, &SellerCredentialsPage::requestTestAccount);
    connect(m_copyId, &QAction::triggered, this, [this] {
        if (const QString id = currentId(); !id.isEmpty()) {
            QApplication::clipboard()->setText(id);
            Q_EMIT statusMessage(tr("Copied %1.").arg(id), 4000);
        }
    });
    connect(m_sync, &QAction::triggered, session, &SellerSession::sync);
    connect(table(), &QTableView::activated, m_edit, &QAction::trigger);
    emptyLabel()->setText(tr("No credentials yet: Apply for a credential (Ctrl+N). It needs a "
                             "production address that passed debugging."));
    updateActions();
}

CredentialDialog *SellerCredentialsPage::openDialog() const
{
    return m_dialog;
}

QString SellerCredentialsPage::title() const
{
    return tr("Credentials");
}

QList<QAction *> SellerCredentialsPage::pageActions(Place place) const
{
    return place == Place::ToolBar ? QList<QAction *>{m_apply, m_edit, m_sync} : QList<QAction *>{};
}

void SellerCredentialsPage::showSnapshot(const SellerSnapshotPtr &snapshot)
{
    m_model->setSnapshot(snapshot);
    emptyLabel()->setVisible(m_model->rowCount() == 0);
}

void SellerCredentialsPage::updateActions()
{
    const bool selected = m_model->rowOf(currentId()) >= 0;
    m_apply->setEnabled(!isReadOnly());
    m_edit->setEnabled(!isReadOnly() && selected);
    m_testAccount->setEnabled(!isReadOnly() && selected);
    m_copyId->setEnabled(selected);
}

void SellerCredentialsPage::apply()
{
    openDialog(nullptr);
}

void SellerCredentialsPage::edit()
{
    const int row = m_model->rowOf(currentId());
    if (row < 0)
        return;
    const Credential c = m_model->credential(row);
    openDialog(&c);
}

void SellerCredentialsPage::openDialog(const Credential *existing)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    const SellerSnapshotPtr snapshot = session()->snapshot();
    m_dialog = new CredentialDialog(snapshot ? snapshot->addresses : QList<ProductionAddress>(),
                                    existing, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString appId = existing ? existing->appId : QString();
    connect(m_dialog, &CredentialDialog::submitted, this, [this, appId] {
        QPointer<CredentialDialog> d = m_dialog;
        d->setBusy(true);
        const CredentialForm form = d->form();
        // A conflict closes the form too: it holds a version the server has moved past (the
        // list shows the current record; edit again from there).
        auto done = formAnswer(d, [this, name = form.appName](const SellerOutcome &o) {
            report(o, tr("Credential for %1 saved.").arg(name));
            if (o.ok())
                selectId(o.record.value(u"appId").toString());
        });
        if (appId.isEmpty())
            session()->change(
                this, [form](SellerService *s, quint64 t) { s->applyCredential(t, form); }, done);
        else
            session()->change(
                this,
                [appId, form](SellerService *s, quint64 t) { s->editCredential(t, appId, form); },
                done);
    });
    m_dialog->open();
}

void SellerCredentialsPage::requestTestAccount()
{
    const QString appId = currentId();
    const int row = m_model->rowOf(appId);
    if (row < 0)
        return;
    if (m_model->credential(row).testAccount &&
        PlainText::message(this, QMessageBox::Question, tr("Request a test account"),
                           tr("%1 has a test account already. Request a new one? The password "
                              "of the new one is shown once.")
                               .arg(appId),
                           QMessageBox::Yes | QMessageBox::Cancel,
                           QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_testAccount->setEnabled(false);
    session()->change(
        this, [appId](SellerService *s, quint64 t) { s->requestTestAccount(t, appId); },
        [this, appId](const SellerOutcome &o) {
            updateActions();
            report(o, tr("Test account for %1 ready; its password is shown once.").arg(appId));
        });
}
