#include "sandbox/seller/address_state.h"

namespace AddressState {

QString of(const SellerStore &store, const SellerAddress &address, const QString &suite)
{
    const QString &keyId = suite == u"kit" ? address.kitKeyId : address.basicKeyId;
    if (keyId.isEmpty())
        return QStringLiteral("unbound");
    const auto run = store.latestRun(address.addressId, suite, keyId);
    if (!run)
        return QStringLiteral("untested");
    return run->passed ? QStringLiteral("passed") : QStringLiteral("failed");
}

QString notReady(const SellerStore &store, const SellerAddress &address)
{
    if (address.kitKeyId.isEmpty())
        return QStringLiteral("production address %1 has no Kit key bound; credentials are "
                              "synchronised through the Kit interfaces")
            .arg(address.url);
    for (const QString &suite : {QStringLiteral("kit"), QStringLiteral("basic")}) {
        const QString state = of(store, address, suite);
        if (state != u"passed" && state != u"unbound")
            return QStringLiteral("production address %1 has not passed debugging with its %2 "
                                  "key %3 (%4); run the %2 suite with it first")
                .arg(address.url, suite, suite == u"kit" ? address.kitKeyId : address.basicKeyId,
                     state);
    }
    return {};
}

} // namespace AddressState
