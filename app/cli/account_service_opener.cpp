#include "cli/account_service_opener.h"

#include "identity/actor.h"

using CliOutput::err;

AccountServiceOpener::AccountServiceOpener(QObject *parent)
    : QObject(parent)
{
}

void AccountServiceOpener::open(CliAuth *auth, const QString &account, const QString &actorNote,
                                Ready ready, Finish finish)
{
    m_auth = auth;
    m_auth->open(
        account,
        [this, actorNote, ready, finish](const Account &a, const TokenSet &tokens) {
            // The journal is checked against its anchor before anything is appended.
            m_auth->anchorKeeper(a)->read([this, a, tokens, actorNote, ready,
                                           finish](JournalAnchorKeeper::Read result,
                                                   const JournalAnchor &anchor, const QString &) {
                Basis b;
                QString error;
                if (!a.tlsPolicy(&b.tls, &error)) {
                    err(error);
                    finish(2);
                    return;
                }
                b.account = a;
                b.dataDir = m_auth->accounts().accountDir(a.name);
                b.actor = Actor::forJournal(a.userName, a.tenant, actorNote);
                b.tokens = tokens;
                b.anchorKept = result == JournalAnchorKeeper::Read::Ok;
                b.journalAnchor =
                    b.anchorKept && !anchor.isNull() ? anchor.serialize() : QByteArray();
                ready(b);
            });
        },
        [finish](int code) { finish(code); });
}

void AccountServiceOpener::onSignInRequired(const Account &account, const QString &why)
{
    err(tr("%1 Sign in again: marketdesk-cli login --account %2").arg(why, account.name));
    m_signInNeeded = true;
}
