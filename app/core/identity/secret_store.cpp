#include "identity/secret_store.h"

QString SecretStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::EncryptedFile:
        return QStringLiteral("file");
    case Kind::Memory:
        return QStringLiteral("memory");
    }
    return {};
}

bool SecretStore::parseKind(const QString &name, Kind *kind)
{
    if (name == u"keychain")
        *kind = Kind::Keychain;
    else if (name == u"file")
        *kind = Kind::EncryptedFile;
    else if (name == u"memory")
        *kind = Kind::Memory;
    else
        return false;
    return true;
}
