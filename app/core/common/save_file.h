#pragma once
// Finishing a QSaveFile so that a full disk is an error, not an empty file. Qt 6.4's
// QSaveFile::commit() drops the error of the last buffered write: bytes below its write buffer
// (a secret store, an account list, a manifest, a short export) that the disk has no room for
// are lost, and commit() still renames the empty file over the old one. Flushing first makes
// the failure show; the QSaveFile then discards its temporary file and the old one stays.
class QSaveFile;

namespace SaveFile {

// flush() then commit(); false (file.errorString() says why) when either fails.
bool commit(QSaveFile &file);

} // namespace SaveFile
