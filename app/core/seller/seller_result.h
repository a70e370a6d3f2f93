#pragma once
// What a seller-domain operation hands back: its value, or a message that names what is wrong
// and where. Crypto input arrives from files, pastes and the network, so a bad one is an
// everyday event: it is a value the caller shows, never an exception or a crash.
#include <QString>

#include <optional>
#include <utility>

// The failing side, convertible to any SellerResult: `return SellerError{message};`.
struct SellerError
{
    QString message;
};

template <typename T> class SellerResult
{
public:
    SellerResult(T value)
        : m_value(std::move(value))
    {
    }
    SellerResult(SellerError error)
        : m_error(std::move(error.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only when ok().
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    // Empty when ok().
    const QString &error() const { return m_error; }
    // The error as a SellerError, to pass a failure up: `if (!r) return r.failure();`.
    SellerError failure() const { return {m_error}; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template <> class SellerResult<void>
{
public:
    SellerResult() = default;
    SellerResult(SellerError error)
        : m_failed(true)
        , m_error(std::move(error.message))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    SellerError failure() const { return {m_error}; }

private:
    bool m_failed = false;
    QString m_error;
};
