#pragma once
// The production addresses page (生产地址管理): each address with its basic and Kit keys and
// their debugging state, and below it the debugging runs the Seller Center kept for the
// selected one. Adds addresses, binds keys, and asks the Seller Center for a debugging run
// (the run that lets credentials use the address).
#include "ui/seller/key_rotation_dialog.h"
#include "ui/seller/seller_table_page.h"

#include <QPointer>

class AddressDialog;
class QAction;
class QSplitter;
class QTableView;
class SellerAddressModel;
class SellerRunModel;

class SellerAddressesPage : public SellerTablePage
{
    Q_OBJECT
public:
    explicit SellerAddressesPage(SellerSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QList<QAction *> pageActions(Place place) const override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;
    SellerAddressModel *model() const { return m_model; }
    SellerRunModel *runModel() const { return m_runs; }
    // The dialog open for adding or binding, if any (tests).
    AddressDialog *openDialog() const;

public Q_SLOTS:
    void addAddress();
    void bindKeys();
    // Asks the Seller Center to run `suite` ("basic" or "kit") against the current address.
    void runDebugging(const QString &suite);
    // The guided rotation of the current address's key for `suite` (resumed when one is kept).
    void rotateKey(const QString &suite);

public:
    // The demo's: puts a rotated key on its in-process server.
    void setRotationInstaller(KeyRotationDialog::Installer installer)
    {
        m_installer = std::move(installer);
    }

protected:
    void showSnapshot(const SellerSnapshotPtr &snapshot) override;
    void updateActions() override;
    QList<int> defaultWidths() const override { return {40, 24, 16, 24, 16, 30}; }

private:
    void openDialog(const ProductionAddress *address);
    void showRuns();

    SellerAddressModel *m_model;
    SellerRunModel *m_runs;
    QTableView *m_runTable;
    QSplitter *m_splitter;
    QAction *m_add;
    QAction *m_bind;
    QAction *m_runBasic;
    QAction *m_runKit;
    QAction *m_sync;
    QAction *m_rotateBasic;
    QAction *m_rotateKit;
    KeyRotationDialog::Installer m_installer;
    QPointer<AddressDialog> m_dialog;
    QSet<QString> m_running; // addresses with a run under way
};
