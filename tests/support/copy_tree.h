#pragma once
// Test support: a folder of fixtures copied whole, permissions kept, so that what today's code
// changes never reaches the committed files.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace TestSupport {

// False when nothing was copied or a file could not be.
inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    bool any = false;
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::permissions(file));
        any = true;
    }
    return any;
}

} // namespace TestSupport
