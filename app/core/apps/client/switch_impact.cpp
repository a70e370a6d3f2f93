#include "apps/client/switch_impact.h"

SwitchImpact SwitchImpact::compute(const QList<AppSeat> &seats,
                                   const std::function<bool(const QString &)> &isAdministrator)
{
    SwitchImpact impact;
    for (const AppSeat &s : seats) {
        if (!s.seated) {
            ++impact.waiting;
            continue;
        }
        if (s.memberState != AppSeat::State::Enabled)
            continue; // a disabled or deleted member cannot use the app already
        ++impact.losingAccess;
        if (isAdministrator && isAdministrator(s.userName)) {
            ++impact.administrators;
            if (impact.someAdministrators.size() < 5)
                impact.someAdministrators.append(s.userName);
        }
    }
    return impact;
}

QString SwitchImpactText::describe(const QString &appName, const SwitchImpact &impact)
{
    QString text = tr("Switching \"%1\" off stops everyone from using it.").arg(appName);
    text += u'\n';
    text += tr("%n member(s) who can use it now lose access", nullptr, impact.losingAccess);
    if (impact.administrators > 0)
        text += tr(", including %n administrator(s) (%1)", nullptr, impact.administrators)
                    .arg(impact.someAdministrators.join(QStringLiteral(", ")) +
                         (impact.administrators > impact.someAdministrators.size()
                              ? QStringLiteral(", …")
                              : QString()));
    text += u'.';
    if (impact.waiting > 0)
        text += u' ' + tr("%n member(s) waiting for a seat keep waiting.", nullptr, impact.waiting);
    text += u'\n';
    text += tr("Authorisations and seats stay as they are: switching it on again gives "
               "everything back.");
    return text;
}
