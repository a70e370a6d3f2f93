#pragma once
// Where secrets (tokens; later client secrets and access keys) are kept: the OS keychain, an
// encrypted file, or — for the demo's throw-away sign-in only — memory. Never settings, SQLite
// or logs. The interface is asynchronous because keychains are.
#include <QObject>

#include <functional>

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Keychain,
        EncryptedFile,
        Memory
    };
    using ReadDone = std::function<void(bool ok, const QByteArray &value, const QString &error)>;
    using Done = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;
    virtual Kind kind() const = 0;
    // For the UI: which store, and where (never silently a weaker one).
    virtual QString describe() const = 0;

    // A missing key reads as ok with an empty value. Callbacks run on this object's thread.
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QByteArray &value, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;

    static QString kindName(Kind kind);
    static bool parseKind(const QString &name, Kind *kind);
};
