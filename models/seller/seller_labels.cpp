#include "models/seller/seller_labels.h"

QString SellerLabels::debugState(const QString &state)
{
    if (state == u"unbound")
        return tr("no key bound");
    if (state == u"untested")
        return tr("not debugged");
    if (state == u"passed")
        return tr("passed");
    if (state == u"failed")
        return tr("failed");
    return state;
}

QString SellerLabels::loginType(const QString &type)
{
    if (type == u"shared")
        return tr("Shared domain");
    if (type == u"per-tenant")
        return tr("Domain per tenant");
    return type;
}

QString SellerLabels::suite(const QString &suite)
{
    if (suite == u"basic")
        return tr("Basic interfaces");
    if (suite == u"kit")
        return tr("Kit sync");
    if (suite == u"license")
        return tr("License");
    if (suite == u"login")
        return tr("Unified login");
    if (suite == u"all")
        return tr("All");
    return suite;
}

QString SellerLabels::verdict(const QString &verdict)
{
    if (verdict == u"passed")
        return tr("Passed");
    if (verdict == u"failed")
        return tr("Failed");
    if (verdict == u"cancelled")
        return tr("Cancelled");
    if (verdict == u"error")
        return tr("Could not run");
    return verdict;
}
