#include "cli/seller_cli_service.h"

#include "cli/account_service_opener.h"
#include "seller/client/seller_service.h"

SellerCliService::SellerCliService(QObject *parent)
    : QObject(parent)
{
}

void SellerCliService::open(CliAuth *auth, const QString &account, const QString &actorNote,
                            Ready ready, Finish finish)
{
    m_opener = new AccountServiceOpener(this);
    m_opener->open(
        auth, account, actorNote,
        [this, ready](const AccountServiceOpener::Basis &basis) {
            auto *service = new SellerService(basis.config<SellerServiceConfig>(), parent());
            m_opener->watch(service, basis.account);
            ready(service, basis.account);
        },
        finish);
}

bool SellerCliService::signInNeeded() const
{
    return m_opener && m_opener->signInNeeded();
}
