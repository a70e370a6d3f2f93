#include "common/private_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace PrivateFiles {

namespace {
constexpr QFileDevice::Permissions kDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

bool makeDir(const QString &path, QString *error)
{
    // Walk up to the first folder that exists, so that only the ones made here are changed.
    QStringList missing;
    for (QFileInfo dir(QDir::cleanPath(QFileInfo(path).absoluteFilePath())); !dir.exists();
         dir = QFileInfo(dir.absolutePath())) {
        missing.prepend(dir.absoluteFilePath());
        if (dir.isRoot())
            break;
    }
    if (!QDir().mkpath(path)) {
        *error = QCoreApplication::translate("PrivateFiles", "Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    for (const QString &dir : missing)
        QFile::setPermissions(dir, kDir);
    // An existing data folder from an earlier release (0755) is closed too.
    QFile::setPermissions(path, kDir);
    return true;
}

bool restrict(const QString &file)
{
    return QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace PrivateFiles
