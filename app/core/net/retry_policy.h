#pragma once
// When and how long to wait before retrying a request: full-jitter exponential backoff,
// Retry-After honoured in both forms and capped, bounded attempts.
#include <QByteArray>
#include <QDateTime>
#include <optional>

class QRandomGenerator;

struct RetryPolicy
{
    int maxAttempts = 5;
    int baseDelayMs = 500;
    int maxDelayMs = 30'000;
    int maxRetryAfterMs = 600'000;

    // Full jitter: uniform in [0, min(cap, base * 2^(attempt-1))]; attempt counts from 1.
    int backoffMs(int attempt, QRandomGenerator &random) const;
    // The delay a Retry-After header asks for, clamped to maxRetryAfterMs; nullopt if absent
    // or unreadable (then the caller falls back to the backoff).
    std::optional<int> retryAfterMs(const QByteArray &header, const QDateTime &now) const;

    static bool isRetryableStatus(int httpStatus);
    static QByteArray formatHttpDate(const QDateTime &time);
    static QDateTime parseHttpDate(const QByteArray &value); // invalid if unreadable
};
