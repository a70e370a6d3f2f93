#pragma once
// Keeps each key rotation's state (KeyRotationState) in seller-rotations.sqlite beside the
// account's other seller files, one row per production address and suite, written after every
// step so that a restart resumes where the rotation stopped. A file of its own rather than a
// table in seller.sqlite: the cache may be thrown away and rebuilt from the server, a rotation
// in progress exists nowhere else (so synchronous=FULL, as the outbox). No secret is ever in it.
#include "seller/client/rotation/key_rotation_state.h"

#include <QList>

#include <memory>
#include <optional>

class Database;

class KeyRotationStore
{
public:
    static std::unique_ptr<KeyRotationStore> open(const QString &path, QString *error);
    // The file's name in the account's folder.
    static QString fileName();
    ~KeyRotationStore();
    KeyRotationStore(const KeyRotationStore &) = delete;
    KeyRotationStore &operator=(const KeyRotationStore &) = delete;

    // The rotation of `suite` at `addressId`, the last one when it has finished.
    std::optional<KeyRotationState> load(const QString &addressId, const QString &suite) const;
    // Every rotation kept, finished ones too.
    QList<KeyRotationState> all() const;
    bool save(const KeyRotationState &state, QString *error);
    QString path() const;

private:
    explicit KeyRotationStore(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};
