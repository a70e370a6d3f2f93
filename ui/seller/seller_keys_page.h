#pragma once
// The access keys page (密钥管理): the seller's keys with the addresses that bind them; new
// keys (the secret is shown once, by SellerSession), deleting a key that nothing binds (with
// confirmation), copying a key's id.
#include "ui/seller/seller_table_page.h"

class QAction;
class SellerKeyModel;

class SellerKeysPage : public SellerTablePage
{
    Q_OBJECT
public:
    explicit SellerKeysPage(SellerSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QList<QAction *> pageActions(Place place) const override;
    SellerKeyModel *model() const { return m_model; }

public Q_SLOTS:
    // Asks for a name, then creates the key.
    void newKey();
    // Creates a key named `name` without asking (the dialog's second half; tests).
    void createKey(const QString &name);
    void deleteKey();
    // Deletes `keyId` once the person confirmed (tests call it with `confirmed` true).
    void deleteKeyId(const QString &keyId, bool confirmed);

protected:
    void showSnapshot(const SellerSnapshotPtr &snapshot) override;
    void updateActions() override;
    QList<int> defaultWidths() const override { return {20, 20, 12, 44, 16}; }

private:
    SellerKeyModel *m_model;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_copyId;
    QAction *m_sync;
};
