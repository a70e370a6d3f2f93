#pragma once
// The versions of the libraries the program runs with (not those it was built against), for
// the About box and bug reports: Qt, OpenSSL's libcrypto, the TLS backend Qt's network uses,
// SQLite.
#include <QList>
#include <QString>

#include <utility>

namespace LibraryVersions {

// (name, version) in a fixed order.
QList<std::pair<QString, QString>> all();

} // namespace LibraryVersions
