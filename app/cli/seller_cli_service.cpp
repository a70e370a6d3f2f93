#include "cli/seller_cli_service.h"

#include "cli/cli_auth.h"
#include "cli/cli_output.h"
#include "identity/actor.h"
#include "identity/journal_anchor_keeper.h"
#include "seller/client/seller_service.h"

using CliOutput::err;

SellerCliService::SellerCliService(QObject *parent)
    : QObject(parent)
{
}

void SellerCliService::open(CliAuth *auth, const QString &account, const QString &actorNote,
                            Ready ready, Finish finish)
{
    m_auth = auth;
    m_actorNote = actorNote;
    m_ready = std::move(ready);
    m_finish = std::move(finish);
    m_auth->open(
        account,
        [this](const Account &a, const TokenSet &tokens) {
            m_auth->anchorKeeper(a)->read([this, a, tokens](JournalAnchorKeeper::Read result,
                                                            const JournalAnchor &anchor,
                                                            const QString &) {
                const bool kept = result == JournalAnchorKeeper::Read::Ok;
                start(a, tokens, kept && !anchor.isNull() ? anchor.serialize() : QByteArray(),
                      kept);
            });
        },
        [this](int code) { m_finish(code); });
}

void SellerCliService::start(const Account &account, const TokenSet &tokens,
                             const QByteArray &anchor, bool anchorKept)
{
    SellerServiceConfig config;
    QString error;
    if (!account.tlsPolicy(&config.tls, &error)) {
        err(error);
        m_finish(2);
        return;
    }
    config.server = account.server;
    config.dataDir = m_auth->accounts().accountDir(account.name);
    config.actor = Actor::forJournal(account.userName, account.tenant, m_actorNote);
    config.endpoints = account.endpoints;
    config.tokens = tokens;
    config.anchorKept = anchorKept;
    config.journalAnchor = anchor;
    auto *service = new SellerService(config, parent());
    connect(service, &SellerService::failed, this, [](const QString &m) { err(m); });
    connect(service, &SellerService::journalAdvanced, m_auth->anchorKeeper(account),
            &JournalAnchorKeeper::advance);
    connect(service, &SellerService::tokensChanged, this,
            [this, account](const TokenSet &t) { m_auth->saveTokens(account, t); });
    connect(service, &SellerService::signInRequired, this, [this, account](const QString &why) {
        err(tr("%1 Sign in again: marketdesk-cli login --account %2").arg(why, account.name));
        m_signInNeeded = true;
    });
    m_ready(service, account);
}
