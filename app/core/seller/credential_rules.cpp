#include "seller/credential_rules.h"

#include "seller/public_key_check.h"
#include "seller/seller_urls.h"

QList<FieldProblem> CredentialRules::check(const CredentialDraft &d)
{
    QList<FieldProblem> problems;
    auto add = [&problems](const char *field, const QString &message) {
        problems.append({QLatin1String(field), message});
    };
    const qsizetype nameLength = d.appName.trimmed().toUcs4().size();
    if (nameLength == 0)
        add("appName", tr("required"));
    else if (nameLength > kMaxAppNameLength)
        add("appName", tr("at most %1 characters, got %2").arg(kMaxAppNameLength).arg(nameLength));
    if (!authMethods().contains(d.authMethod)) {
        add("authMethod",
            tr("expected \"OAuth2.0\" or \"SDK\", got \"%1\"").arg(d.authMethod.left(32)));
    } else if (d.authMethod == u"OAuth2.0") {
        if (d.callbackUrl.trimmed().isEmpty())
            add("callbackUrl",
                tr("required for OAuth2.0 (the address that receives code and tenant)"));
        else if (const QString p = SellerUrls::problem(d.callbackUrl, SellerUrls::Use::Callback);
                 !p.isEmpty())
            add("callbackUrl", p);
    } else if (!d.callbackUrl.isEmpty()) {
        add("callbackUrl", tr("only an OAuth2.0 credential has a callback address"));
    }
    if (d.addressId.isEmpty())
        add("addressId", tr("required: a production address that passed debugging"));
    if (!loginTypes().contains(d.loginType))
        add("loginType",
            tr("expected \"shared\" or \"per-tenant\", got \"%1\"").arg(d.loginType.left(32)));
    if (const QString p = SellerUrls::problem(d.loginUrl, SellerUrls::Use::Login); !p.isEmpty())
        add("loginUrl", p);
    if (const QString p = publicKeyProblem(d.publicKey); !p.isEmpty())
        add("publicKey", p);
    for (qsizetype i = 0; i < d.platforms.size(); ++i) {
        const QString field = QStringLiteral("platforms[%1]").arg(i);
        if (!platformNames().contains(d.platforms.at(i)))
            problems.append({field, tr("expected \"WeLink\" or \"IndustrialSoftwareCloud\", got "
                                       "\"%1\"")
                                        .arg(d.platforms.at(i).left(64))});
        else if (d.platforms.indexOf(d.platforms.at(i)) < i)
            problems.append({field, tr("\"%1\" twice").arg(d.platforms.at(i))});
    }
    return problems;
}

QList<FieldProblem> CredentialRules::checkEdit(const CredentialDraft &current, bool listed,
                                               const CredentialDraft &wanted)
{
    QList<FieldProblem> problems;
    if (current.multiInstance && !wanted.multiInstance)
        problems.append({QStringLiteral("multiInstance"),
                         tr("multi-instance binding, once on, cannot be switched off")});
    if (!listed)
        return problems;
    const std::pair<const char *, bool> same[] = {
        {"appName", current.appName.trimmed() == wanted.appName.trimmed()},
        {"authMethod", current.authMethod == wanted.authMethod},
        {"callbackUrl", current.callbackUrl == wanted.callbackUrl},
        {"multiInstance", current.multiInstance == wanted.multiInstance},
        {"loginType", current.loginType == wanted.loginType},
        {"platforms", current.platforms == wanted.platforms},
    };
    const bool switchedOff = current.multiInstance && !wanted.multiInstance; // said above
    for (const auto &[field, unchanged] : same)
        if (!unchanged && !(QLatin1String(field) == u"multiInstance" && switchedOff))
            problems.append(
                {QLatin1String(field), tr("cannot change while the credential is bound to a listed "
                                          "product; only addressId, loginUrl and publicKey may")});
    return problems;
}

QString CredentialRules::publicKeyProblem(const QString &pasted)
{
    const QString text = pasted.trimmed();
    if (text.isEmpty())
        return tr("required: paste the RSA public key (base64, without the BEGIN/END lines)");
    if (text.size() > 8192)
        return tr("%1 characters is too long for an RSA public key").arg(text.size());
    if (text.contains(u"PRIVATE KEY"))
        return tr("this is a private key; paste the public key and keep the private key to "
                  "yourself");
    // The form takes the key without its PEM lines; the console's field strips them first.
    if (text.contains(u"-----"))
        return tr("paste the key without the -----BEGIN PUBLIC KEY----- and -----END PUBLIC "
                  "KEY----- lines");
    const auto key = PublicKeyCheck::check(text);
    return key ? QString() : key.error();
}
