#include "seller/client/rotation/key_rotation_store.h"

#include "storage/database.h"
#include "storage/storage_problem.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const Database::Migrations kMigrations = {
    {
        QStringLiteral("CREATE TABLE rotations(address_id TEXT NOT NULL, suite TEXT NOT NULL, "
                       "step TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY(address_id, suite)) "
                       "WITHOUT ROWID"),
    },
};

KeyRotationState parse(const QVariant &v)
{
    return KeyRotationState::fromJson(QJsonDocument::fromJson(v.toString().toUtf8()).object());
}
} // namespace

KeyRotationStore::KeyRotationStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

KeyRotationStore::~KeyRotationStore() = default;

QString KeyRotationStore::fileName()
{
    return QStringLiteral("seller-rotations.sqlite");
}

std::unique_ptr<KeyRotationStore> KeyRotationStore::open(const QString &path, QString *error)
{
    auto db = Database::open(path, Database::Durability::Full, kMigrations, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<KeyRotationStore>(new KeyRotationStore(std::move(db)));
}

QString KeyRotationStore::path() const
{
    return m_db->path();
}

std::optional<KeyRotationState> KeyRotationStore::load(const QString &addressId,
                                                       const QString &suite) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT json FROM rotations WHERE address_id = ? AND suite = ?"));
    q.addBindValue(addressId);
    q.addBindValue(suite);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return parse(q.value(0));
}

QList<KeyRotationState> KeyRotationStore::all() const
{
    QList<KeyRotationState> list;
    QSqlQuery q = m_db->query();
    if (q.exec(QStringLiteral("SELECT json FROM rotations ORDER BY address_id, suite")))
        while (q.next())
            list.append(parse(q.value(0)));
    return list;
}

bool KeyRotationStore::save(const KeyRotationState &state, QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO rotations(address_id, suite, step, json) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(state.addressId);
    q.addBindValue(state.suite);
    q.addBindValue(KeyRotationState::stepName(state.step));
    q.addBindValue(QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    *error =
        QCoreApplication::translate("KeyRotationStore", "The key rotation could not be saved: %1")
            .arg(StorageProblem::explain(m_db->path(), q.lastError()));
    return false;
}
