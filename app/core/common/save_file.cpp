#include "common/save_file.h"

#include <QSaveFile>

namespace SaveFile {

bool commit(QSaveFile &file)
{
    // Without commit() the QSaveFile discards its temporary file when it goes; cancelWriting()
    // would replace the error the flush left (the disk is full) with its own.
    return file.flush() && file.commit();
}

} // namespace SaveFile
