#include "sandbox/reference/reference_config.h"

#include "seller/private_key_file.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace {

bool readSecretFile(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *out = f.readAll().trimmed();
    if (out->isEmpty()) {
        *error = QStringLiteral("%1 is empty").arg(path);
        return false;
    }
    return true;
}

bool validPath(const QString &path)
{
    return path.startsWith(u'/') && !path.contains(u'?') && !path.contains(u'#') &&
           !path.contains(u' ') && (path.size() == 1 || !path.endsWith(u'/'));
}

} // namespace

QString ReferenceConfig::modeName(Mode mode)
{
    return mode == Mode::V1 ? QStringLiteral("v1") : QStringLiteral("v2");
}

bool ReferenceConfig::parseMode(const QString &text, Mode *mode)
{
    if (text.compare(u"v1", Qt::CaseInsensitive) == 0)
        *mode = Mode::V1;
    else if (text.compare(u"v2", Qt::CaseInsensitive) == 0)
        *mode = Mode::V2;
    else
        return false;
    return true;
}

bool ReferenceConfig::read(const QJsonObject &json, const QString &baseDir, QString *error)
{
    const QDir base(baseDir);
    static const QStringList strings = {QStringLiteral("mode"),
                                        QStringLiteral("basicAccessKey"),
                                        QStringLiteral("kitAccessKey"),
                                        QStringLiteral("basicAccessKeyFile"),
                                        QStringLiteral("kitAccessKeyFile"),
                                        QStringLiteral("privateKeyFile"),
                                        QStringLiteral("passphraseFile"),
                                        QStringLiteral("pathPrefix"),
                                        QStringLiteral("callbackPath"),
                                        QStringLiteral("appId"),
                                        QStringLiteral("encryptType")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &k = it.key();
        if (strings.contains(k)) {
            if (!it->isString()) {
                *error = QStringLiteral("%1: expected a string").arg(k);
                return false;
            }
        } else if (k == u"licenseQuota") {
            if (!it->isDouble() || it->toDouble() < 0 || it->toDouble() > 1'000'000 ||
                it->toDouble() != double(it->toInt())) {
                *error = QStringLiteral("licenseQuota: expected a whole number from 0 to 1000000");
                return false;
            }
        } else if (k == u"faults") {
            if (!it->isObject()) {
                *error = QStringLiteral("faults: expected an object");
                return false;
            }
        } else {
            *error = QStringLiteral("unknown setting \"%1\"").arg(k);
            return false;
        }
    }
    const auto str = [&json](const char *k) { return json.value(QLatin1String(k)).toString(); };
    if (json.contains(u"mode") && !parseMode(str("mode"), &mode)) {
        *error = QStringLiteral("mode: expected \"v1\" or \"v2\"");
        return false;
    }
    if (json.contains(u"basicAccessKey"))
        basicAccessKey = str("basicAccessKey").toUtf8();
    if (json.contains(u"kitAccessKey"))
        kitAccessKey = str("kitAccessKey").toUtf8();
    if (json.contains(u"basicAccessKeyFile") &&
        !readSecretFile(base.filePath(str("basicAccessKeyFile")), &basicAccessKey, error))
        return false;
    if (json.contains(u"kitAccessKeyFile") &&
        !readSecretFile(base.filePath(str("kitAccessKeyFile")), &kitAccessKey, error))
        return false;
    if (json.contains(u"privateKeyFile")) {
        QByteArray passphrase;
        if (json.contains(u"passphraseFile") &&
            !readSecretFile(base.filePath(str("passphraseFile")), &passphrase, error))
            return false;
        auto key = PrivateKeyFile::read(base.filePath(str("privateKeyFile")), passphrase);
        if (!key) {
            *error = QStringLiteral("privateKeyFile: %1").arg(key.error());
            return false;
        }
        privateKey = key.value();
    } else if (json.contains(u"passphraseFile")) {
        *error = QStringLiteral("passphraseFile: given without privateKeyFile");
        return false;
    }
    if (json.contains(u"pathPrefix"))
        pathPrefix = str("pathPrefix");
    if (json.contains(u"callbackPath"))
        callbackPath = str("callbackPath");
    if (json.contains(u"appId"))
        appId = str("appId");
    if (json.contains(u"encryptType"))
        encryptType = str("encryptType");
    if (json.contains(u"licenseQuota"))
        licenseQuota = json.value(u"licenseQuota").toInt();
    if (json.contains(u"faults"))
        faults = json.value(u"faults").toObject();
    return true;
}

QString ReferenceConfig::problem() const
{
    if (basicAccessKey.isEmpty())
        return QStringLiteral("no basic accessKey (basicAccessKey or basicAccessKeyFile)");
    if (kitAccessKey.isEmpty())
        return QStringLiteral("no Kit accessKey (kitAccessKey or kitAccessKeyFile)");
    if (basicAccessKey == kitAccessKey)
        return QStringLiteral("the basic and the Kit interfaces need different accessKeys "
                              "(protocol reference §3.1)");
    if (!privateKey.isNull() && !privateKey.hasPrivate())
        return QStringLiteral("privateKeyFile holds no private key");
    if (!validPath(pathPrefix) || pathPrefix == u"/")
        return QStringLiteral("pathPrefix: expected a path such as /isv/produce");
    if (!validPath(callbackPath) || callbackPath == u"/")
        return QStringLiteral("callbackPath: expected a path such as /isv/login/callback");
    if (callbackPath.startsWith(pathPrefix + u'/') || callbackPath == pathPrefix)
        return QStringLiteral("callbackPath must lie outside pathPrefix");
    if (encryptType != u"1" && encryptType != u"2")
        return QStringLiteral("encryptType: expected \"1\" (AES-256) or \"2\" (AES-128)");
    return {};
}

QString ReferenceConfig::replaceAccessKeys(const QJsonObject &body)
{
    ReferenceConfig next = *this;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &k = it.key();
        if (k != u"basicAccessKey" && k != u"kitAccessKey")
            return QStringLiteral("%1: unknown field (basicAccessKey, kitAccessKey)").arg(k);
        if (!it->isString() || it->toString().trimmed().isEmpty())
            return QStringLiteral("%1: expected a non-empty string").arg(k);
        (k == u"basicAccessKey" ? next.basicAccessKey : next.kitAccessKey) =
            it->toString().trimmed().toUtf8();
    }
    if (body.isEmpty())
        return QStringLiteral("body: give basicAccessKey, kitAccessKey or both");
    if (const QString p = next.problem(); !p.isEmpty())
        return p;
    basicAccessKey = next.basicAccessKey;
    kitAccessKey = next.kitAccessKey;
    return {};
}

QJsonObject ReferenceConfig::toJson() const
{
    return {{QStringLiteral("mode"), modeName(mode)},
            {QStringLiteral("pathPrefix"), pathPrefix},
            {QStringLiteral("callbackPath"), callbackPath},
            {QStringLiteral("appId"), appId},
            {QStringLiteral("encryptType"), encryptType},
            {QStringLiteral("licenseQuota"), licenseQuota},
            {QStringLiteral("basicAccessKeySet"), !basicAccessKey.isEmpty()},
            {QStringLiteral("kitAccessKeySet"), !kitAccessKey.isEmpty()},
            {QStringLiteral("privateKeyBits"), privateKey.isNull() ? 0 : privateKey.bits()}};
}
