#pragma once
// What switching an app off takes away, said before it is done: the members who can use it
// now (seated and enabled) lose access, how many of them are administrators, and the members
// waiting for a seat. Their authorisations and seats stay, so switching it on again gives it
// all back.
#include "apps/client/apps_records.h"

#include <QCoreApplication>

#include <functional>

struct SwitchImpact
{
    int losingAccess = 0;
    int administrators = 0; // of those losing access
    int waiting = 0;
    QStringList someAdministrators; // up to five, by name, for the confirmation

    // `isAdministrator` answers from the organisation's data (the apps API does not say).
    static SwitchImpact compute(const QList<AppSeat> &seats,
                                const std::function<bool(const QString &)> &isAdministrator);
};

class SwitchImpactText
{
    Q_DECLARE_TR_FUNCTIONS(SwitchImpactText)
public:
    // The confirmation's text for switching `appName` off.
    static QString describe(const QString &appName, const SwitchImpact &impact);
};
