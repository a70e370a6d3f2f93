#pragma once
// The authorisation editor's preview in words: one line under the editor while ticking, and
// the confirmation before sending (who gains access, who loses it, the seats that leaves, and
// why the server would refuse the grant when it lacks seats).
#include "apps/client/authorisation_draft.h"

#include <QCoreApplication>

class AuthorisationPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(AuthorisationPreviewText)
public:
    static QString summary(const AuthorisationDraft::Preview &preview);
    // Empty when the change can be sent; otherwise why not.
    static QString blocker(const AuthorisationDraft::Preview &preview);
    static QString confirmation(const QString &appName, const AuthorisationDraft::Preview &preview);

private:
    static QString names(const QStringList &userNames);
};
