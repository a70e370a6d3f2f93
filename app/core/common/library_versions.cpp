#include "common/library_versions.h"

#include <QSslSocket>
#include <QtGlobal>

#include <openssl/crypto.h>
#include <sqlite3.h>

namespace LibraryVersions {

QList<std::pair<QString, QString>> all()
{
    const QString tls = QSslSocket::activeBackend().isEmpty()
                            ? QStringLiteral("-")
                            : QSslSocket::activeBackend() + QStringLiteral(": ") +
                                  QSslSocket::sslLibraryVersionString();
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()) + QStringLiteral(" (built with ") +
                                   QStringLiteral(QT_VERSION_STR) + u')'},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("TLS"), tls},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
    };
}

} // namespace LibraryVersions
