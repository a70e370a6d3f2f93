#pragma once
// The application credentials page (应用凭证): the seller's credentials; apply for one and
// edit one in CredentialDialog (the client secret is shown once, by SellerSession), ask for
// a test account (its password shown once), copy an appId.
#include "ui/seller/seller_table_page.h"

#include <QPointer>

class CredentialDialog;
class QAction;
class SellerCredentialModel;

class SellerCredentialsPage : public SellerTablePage
{
    Q_OBJECT
public:
    explicit SellerCredentialsPage(SellerSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QList<QAction *> pageActions(Place place) const override;
    SellerCredentialModel *model() const { return m_model; }
    CredentialDialog *openDialog() const;

public Q_SLOTS:
    void apply();
    void edit();
    void requestTestAccount();

protected:
    void showSnapshot(const SellerSnapshotPtr &snapshot) override;
    void updateActions() override;
    QList<int> defaultWidths() const override { return {22, 20, 10, 34, 16, 30, 10, 24}; }

private:
    void openDialog(const Credential *existing);

    SellerCredentialModel *m_model;
    QAction *m_apply;
    QAction *m_edit;
    QAction *m_testAccount;
    QAction *m_copyId;
    QAction *m_sync;
    QPointer<CredentialDialog> m_dialog;
};
