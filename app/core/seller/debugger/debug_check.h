#pragma once
// One check of an integration-debugger run and what it saw: the request sent and the answer
// received (secrets already masked, SecretMask), the time it took, the result code, and the
// verdict — pass, fail or skipped — with the reason a person reads. A run's result is a list
// of these, in a stable order, so that a model can show it and a report can keep it.
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

struct DebugExchange
{
    using Headers = QList<std::pair<QString, QString>>;

    QString method;
    QString url; // masked: signature and authToken shortened
    Headers requestHeaders;
    QString requestBody; // masked
    int httpStatus = 0;  // 0: no answer
    Headers responseHeaders;
    QString responseBody; // masked
    qint64 elapsedMs = -1;
    QString resultCode;     // as answered, empty when none
    QString transportError; // why no answer arrived (timeout, TLS, refused), empty otherwise
    bool timedOut = false;

    QJsonObject toJson() const;
};

class DebugCheck
{
    Q_DECLARE_TR_FUNCTIONS(DebugCheck)

public:
    enum class Verdict
    {
        Pending,
        Pass,
        Fail,
        Skipped
    };

    QString id;       // stable, e.g. "basic.newInstance.repeat"
    QString scenario; // the scenario it belongs to, e.g. "basic.lifecycle"
    QString title;    // for people (translated)
    QString rule;     // the protocol rule it holds the server to, e.g. "§6.1"
    Verdict verdict = Verdict::Pending;
    QString reason; // for people (translated): why it failed or was skipped, or what passed
    bool hasExchange = false;
    DebugExchange exchange;

    // "pending", "pass", "fail", "skipped" (JSON, CLI --json).
    static QString verdictName(Verdict verdict);
    // The same, translated.
    static QString verdictText(Verdict verdict);
    QJsonObject toJson() const;
};

// What a run found, counted.
struct DebugTally
{
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int pending = 0;

    static DebugTally of(const QList<DebugCheck> &checks);
    bool allPassed() const { return failed == 0 && pending == 0; }
};
