#pragma once
// Faults the sandbox injects into console API answers (or those under another path prefix),
// switched on by tests (options or the
// /_sandbox/faults endpoint): latency, 500/503, 429 with Retry-After in seconds or HTTP-date
// form, dropped connections, truncated and malformed bodies. A script of faults applies to the
// next requests in order; rates apply at random (seeded, so runs repeat).
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <deque>

class FaultInjector
{
public:
    enum class Fault
    {
        None,
        Error500,
        Error503,
        TooMany,
        Drop,
        Truncate,
        Malformed,
        Slow // answered after slowMs instead of latencyMs (in a script: one slow request)
    };

    // Replaces the configuration; returns an error message for a bad one.
    QString configure(const QJsonObject &config);
    QJsonObject toJson() const;

    // Decided once per request. Error500/503/TooMany answer before the request is processed;
    // Drop/Truncate/Malformed spoil the answer after it was processed.
    Fault next(const QString &path);
    int latencyMs() const { return m_latencyMs; }
    // How long the answer to a request with this fault waits.
    int delayMs(Fault f) const { return f == Fault::Slow ? m_slowMs : m_latencyMs; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    bool retryAfterAsDate() const { return m_retryAfterDate; }

    static bool before(Fault f)
    {
        return f == Fault::Error500 || f == Fault::Error503 || f == Fault::TooMany;
    }

private:
    int m_latencyMs = 0;
    int m_slowMs = 500;
    double m_rate500 = 0, m_rate503 = 0, m_rate429 = 0, m_rateDrop = 0, m_rateTruncate = 0,
           m_rateMalformed = 0;
    int m_retryAfterSeconds = 1;
    bool m_retryAfterDate = false;
    QString m_pathPrefix = QStringLiteral("/api/v1/org/");
    std::deque<Fault> m_script;
    QRandomGenerator m_random{1};
};
