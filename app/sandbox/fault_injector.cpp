#include "sandbox/fault_injector.h"

#include <QJsonArray>

namespace {

struct Named
{
    const char *name;
    FaultInjector::Fault fault;
};
const Named kNames[] = {
    {"500", FaultInjector::Fault::Error500},      {"503", FaultInjector::Fault::Error503},
    {"429", FaultInjector::Fault::TooMany},       {"drop", FaultInjector::Fault::Drop},
    {"truncate", FaultInjector::Fault::Truncate}, {"malformed", FaultInjector::Fault::Malformed},
    {"slow", FaultInjector::Fault::Slow},         {"none", FaultInjector::Fault::None},
};

} // namespace

QString FaultInjector::configure(const QJsonObject &c)
{
    FaultInjector next;
    auto rate = [&c](const char *key, double *out) -> QString {
        const QJsonValue v = c.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            return QStringLiteral("%1: expected a number between 0 and 1").arg(QLatin1String(key));
        *out = v.toDouble();
        return {};
    };
    for (auto [key, out] : {std::pair{"rate500", &next.m_rate500},
                            {"rate503", &next.m_rate503},
                            {"rate429", &next.m_rate429},
                            {"rateDrop", &next.m_rateDrop},
                            {"rateTruncate", &next.m_rateTruncate},
                            {"rateMalformed", &next.m_rateMalformed}}) {
        if (const QString e = rate(key, out); !e.isEmpty())
            return e;
    }
    const QJsonValue latency = c.value(u"latencyMs");
    if (!latency.isUndefined()) {
        if (!latency.isDouble() || latency.toDouble() < 0 || latency.toDouble() > 60000)
            return QStringLiteral("latencyMs: expected 0 to 60000");
        next.m_latencyMs = latency.toInt();
    }
    const QJsonValue slow = c.value(u"slowMs");
    if (!slow.isUndefined()) {
        if (!slow.isDouble() || slow.toDouble() < 0 || slow.toDouble() > 60000)
            return QStringLiteral("slowMs: expected 0 to 60000");
        next.m_slowMs = slow.toInt();
    }
    const QJsonValue after = c.value(u"retryAfterSeconds");
    if (!after.isUndefined()) {
        if (!after.isDouble() || after.toDouble() < 0 || after.toDouble() > 3600)
            return QStringLiteral("retryAfterSeconds: expected 0 to 3600");
        next.m_retryAfterSeconds = after.toInt();
    }
    next.m_retryAfterDate = c.value(u"retryAfterForm").toString() == u"date";
    if (c.contains(u"pathPrefix"))
        next.m_pathPrefix = c.value(u"pathPrefix").toString();
    const QJsonArray script = c.value(u"script").toArray();
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QString name = script.at(i).toString();
        const auto it = std::find_if(std::begin(kNames), std::end(kNames),
                                     [&](const Named &n) { return name == QLatin1String(n.name); });
        if (it == std::end(kNames))
            return QStringLiteral("script[%1]: unknown fault \"%2\" (500, 503, 429, drop, "
                                  "truncate, malformed, slow, none)")
                .arg(i)
                .arg(name);
        next.m_script.push_back(it->fault);
    }
    next.m_random.seed(quint32(c.value(u"seed").toInt(1)));
    *this = next;
    return {};
}

QJsonObject FaultInjector::toJson() const
{
    return {{QStringLiteral("latencyMs"), m_latencyMs},
            {QStringLiteral("slowMs"), m_slowMs},
            {QStringLiteral("rate500"), m_rate500},
            {QStringLiteral("rate503"), m_rate503},
            {QStringLiteral("rate429"), m_rate429},
            {QStringLiteral("rateDrop"), m_rateDrop},
            {QStringLiteral("rateTruncate"), m_rateTruncate},
            {QStringLiteral("rateMalformed"), m_rateMalformed},
            {QStringLiteral("retryAfterSeconds"), m_retryAfterSeconds},
            {QStringLiteral("retryAfterForm"),
             m_retryAfterDate ? QStringLiteral("date") : QStringLiteral("seconds")},
            {QStringLiteral("pathPrefix"), m_pathPrefix},
            {QStringLiteral("scriptLeft"), qint64(m_script.size())}};
}

FaultInjector::Fault FaultInjector::next(const QString &path)
{
    if (!path.startsWith(m_pathPrefix))
        return Fault::None;
    if (!m_script.empty()) {
        const Fault f = m_script.front();
        m_script.pop_front();
        return f;
    }
    const double r = m_random.generateDouble();
    double edge = 0;
    for (auto [rate, fault] : {std::pair{m_rate500, Fault::Error500},
                               {m_rate503, Fault::Error503},
                               {m_rate429, Fault::TooMany},
                               {m_rateDrop, Fault::Drop},
                               {m_rateTruncate, Fault::Truncate},
                               {m_rateMalformed, Fault::Malformed}}) {
        edge += rate;
        if (r < edge)
            return fault;
    }
    return Fault::None;
}
