#include "sandbox/seller/seller_seed.h"

#include "common/secure_random.h"
#include "storage/database.h"

#include <QDateTime>

namespace {

// A 3072-bit RSA public key (SubjectPublicKeyInfo, base64), generated once for the demo; its
// private key was not kept, so nothing encrypted with it can be read back.
const char kDemoPublicKey[] =
    "MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEAtnb/TaSboUAqYBJgiU0wEU7Fo4mK5kRz2aQ3XIMimH8U"
    "a60Ng84kX2mgcT5gJFwbyZtL4Dlzy1x7IhIvsnLAQe9yQuD6XDTUcQS4uoFDExoI5EE1gTeVySF2EG9bKdlHJjfY"
    "zB5aPk1Ulk8bdjJDlLc2VjU6poo5UxsAj5EtMuEYU7L+1Y1wElEBuj/vinQgFeu+E+9iKE6xgtKWEr9Txsllj3B/"
    "wMU8yX/QHObg/ZqXEwFYi7FfKTOZkonv39OpGiMBIhhTBFS8cr/3XzaMQntxHxeXsGuLubkRcEdGtK9YGF1lH2P8"
    "FvwGmO6RZSz9e9dtfXsSb6nIfnusWe3XvR4CA3r5jwOG9KYOfHr8N85TGPzvBNOZDGA1RBpjqsgvQcIdyhSFPyKh"
    "aWK9asS97NUnSyKTBI5GaJ3CRVKDz1+ZdpuIUwkzLHgif40EZHGutQqGSCLXtYmKu8YXcvwFbhFGE7oCkVnn2VYb"
    "qzZDSc5blDjxRhVmCf9c9OYSKgc5AgMBAAE=";

} // namespace

namespace SellerSeed {

bool seed(SellerStore &store, const DemoSellerOptions &demo, QString *error)
{
    if (store.count(QStringLiteral("seller_keys")) > 0 ||
        store.count(QStringLiteral("seller_credentials")) > 0)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto keyOr = [](const QByteArray &given) {
        return QString::fromLatin1(given.isEmpty() ? SecureRandom::urlSafeToken(32) : given);
    };
    const SellerKey basic{SellerStore::newId("key"), QStringLiteral("生产环境 basic 接口"),
                          keyOr(demo.basicKey), now, 1};
    const SellerKey kit{SellerStore::newId("key"), QStringLiteral("联营 Kit 同步"),
                        keyOr(demo.kitKey), now, 1};
    const SellerAddress address{SellerStore::newId("addr"),
                                demo.productionUrl.isEmpty()
                                    ? QStringLiteral("https://isv.yuntu-soft.example/isv/produce")
                                    : demo.productionUrl,
                                basic.keyId,
                                kit.keyId,
                                now,
                                1};
    QList<DebugRunRecord> runs;
    for (const auto &[suite, key, checks] : {std::tuple{QStringLiteral("basic"), basic.keyId, 6},
                                             {QStringLiteral("kit"), kit.keyId, 5}})
        runs.append({SellerStore::newId("run"), address.addressId, address.url, suite, key, true,
                     checks, 0, QStringLiteral("seed"),
                     QStringLiteral("seeded demo run; nothing was called"), now});
    SellerCredential credential;
    credential.appId = SellerStore::newId("app");
    credential.appName = QStringLiteral("云途协同办公 Yuntu Workspace");
    credential.authMethod = QStringLiteral("OAuth2.0");
    credential.callbackUrl = QStringLiteral("https://workspace.yuntu-soft.example/sso/callback");
    credential.addressId = address.addressId;
    credential.multiInstance = true;
    credential.loginType = QStringLiteral("per-tenant");
    credential.loginUrl = QStringLiteral("https://login.yuntu-soft.example/");
    credential.publicKey =
        demo.publicKeyBase64.isEmpty() ? QString::fromLatin1(kDemoPublicKey) : demo.publicKeyBase64;
    credential.platforms = {QStringLiteral("WeLink")};
    credential.listed = true;
    credential.secretHash = SellerStore::hashOf(SecureRandom::urlSafeToken(32));
    credential.createdMs = now;
    credential.version = 1;

    Transaction tx(store.database());
    bool ok = store.writeKey(basic) && store.writeKey(kit) && store.writeAddress(address);
    for (const DebugRunRecord &run : runs)
        ok = ok && store.writeRun(run);
    ok = ok && store.writeCredential(credential);
    if (!ok) {
        *error = QStringLiteral("seeding the Seller Center failed");
        return false;
    }
    return tx.commit(error);
}

} // namespace SellerSeed
