#include "sandbox/seller/harness_debug_runner.h"

namespace {

// How many checks each suite has: the calls a debugging run makes (V2 §4, §6.1).
int checksIn(const QString &suite)
{
    return suite == u"kit" ? 5 : 6;
}

} // namespace

DebugRunOutcome HarnessDebugRunner::run(const DebugRunRequest &request)
{
    DebugRunOutcome o;
    o.runner = QStringLiteral("test-harness");
    if (m_verdict.isEmpty()) {
        o.note = QStringLiteral("no debugger is built into the sandbox yet, and its test harness "
                                "has no verdict set (POST /_sandbox/seller {\"debugVerdict\": "
                                "\"passed\"})");
        return o;
    }
    o.ran = true;
    o.passed = m_verdict == u"passed";
    const int all = checksIn(request.suite);
    o.checksFailed = m_checksFailed >= 0 ? m_checksFailed : (o.passed ? 0 : 1);
    o.checksPassed = m_checksPassed >= 0 ? m_checksPassed : all - o.checksFailed;
    o.note = QStringLiteral("verdict set by the sandbox's test harness; %1 was not called")
                 .arg(request.url);
    return o;
}

QString HarnessDebugRunner::configure(const QJsonObject &settings)
{
    QString verdict = m_verdict;
    int passed = m_checksPassed, failed = m_checksFailed;
    if (settings.contains(u"debugVerdict")) {
        verdict = settings.value(u"debugVerdict").toString(QStringLiteral("?"));
        if (verdict != u"passed" && verdict != u"failed" && !verdict.isEmpty())
            return QStringLiteral("debugVerdict: expected \"passed\", \"failed\" or \"\"");
        // A new verdict starts from the suite's own counts unless they are given too.
        passed = failed = -1;
    }
    for (const auto &[name, out] :
         {std::pair{u"checksPassed", &passed}, {u"checksFailed", &failed}}) {
        if (!settings.contains(name))
            continue;
        const QJsonValue v = settings.value(name);
        if (!v.isDouble() || v.toInteger(-1) < 0 || v.toInteger(-1) > 1000)
            return QStringLiteral("%1: expected a whole number from 0 to 1000")
                .arg(QString::fromUtf16(name));
        *out = int(v.toInteger());
    }
    m_verdict = verdict;
    m_checksPassed = passed;
    m_checksFailed = failed;
    return {};
}

QJsonObject HarnessDebugRunner::toJson() const
{
    return {{QStringLiteral("runner"), QStringLiteral("test-harness")},
            {QStringLiteral("debugVerdict"), m_verdict},
            // null: the suite's own count
            {QStringLiteral("checksPassed"),
             m_checksPassed < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_checksPassed)},
            {QStringLiteral("checksFailed"),
             m_checksFailed < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_checksFailed)}};
}
