#pragma once
// Folders and files that hold account or personal data (names, e-mails, mobile numbers,
// servers, the journal): only the user may read them — folders 0700, files 0600.
#include <QString>

namespace PrivateFiles {

// Creates `path` with the parents it lacks; the folder and every one it created are made
// 0700 (an existing parent is left as it is). False with *error when it cannot be made.
bool makeDir(const QString &path, QString *error);
// Makes an existing file 0600.
bool restrict(const QString &file);

} // namespace PrivateFiles
