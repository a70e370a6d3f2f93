#include "seller/debugger/debug_report.h"

#include "common/save_file.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString verdictClass(DebugCheck::Verdict v)
{
    return DebugCheck::verdictName(v);
}

QString headersText(const DebugExchange::Headers &headers)
{
    QString out;
    for (const auto &[name, value] : headers)
        out += name + QStringLiteral(": ") + value + u'\n';
    return out;
}

} // namespace

DebugReport::DebugReport(const DebugRun &run)
    : m_run(run)
{
}

QString DebugReport::verdictLine() const
{
    const DebugTally t = DebugTally::of(m_run.checks());
    if (!m_run.error().isEmpty())
        return tr("not run: %1").arg(m_run.error());
    return tr("%1 passed, %2 failed, %3 skipped of %4 checks in %5 ms%6")
        .arg(t.passed)
        .arg(t.failed)
        .arg(t.skipped)
        .arg(m_run.checks().size())
        .arg(m_run.elapsedMs())
        .arg(m_run.wasCancelled() ? tr(" (cancelled)") : QString());
}

QJsonObject DebugReport::toJson() const
{
    const DebugTarget &target = m_run.target();
    const DebugTally t = DebugTally::of(m_run.checks());
    QJsonArray checks;
    for (const DebugCheck &c : m_run.checks())
        checks.append(c.toJson());
    return {{QStringLiteral("tool"), QStringLiteral("marketdesk integration debugger")},
            {QStringLiteral("runId"), m_run.runId()},
            {QStringLiteral("startedAt"), m_run.startedAt().toString(Qt::ISODateWithMs)},
            {QStringLiteral("elapsedMs"), m_run.elapsedMs()},
            {QStringLiteral("address"), m_run.mask().url(target.address)},
            {QStringLiteral("mode"), DebugTarget::modeName(target.mode)},
            {QStringLiteral("suite"), DebugRun::suiteName(m_run.suite())},
            {QStringLiteral("referenceAware"), target.referenceAware},
            {QStringLiteral("cancelled"), m_run.wasCancelled()},
            {QStringLiteral("error"), m_run.error()},
            {QStringLiteral("passed"), t.passed},
            {QStringLiteral("failed"), t.failed},
            {QStringLiteral("skipped"), t.skipped},
            {QStringLiteral("allPassed"), m_run.error().isEmpty() && t.allPassed()},
            {QStringLiteral("summary"), verdictLine()},
            {QStringLiteral("checks"), checks}};
}

QByteArray DebugReport::toHtml() const
{
    const DebugTarget &target = m_run.target();
    const bool ok = m_run.error().isEmpty() && DebugTally::of(m_run.checks()).allPassed();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>") +
         esc(tr("Integration debugging report")) + QStringLiteral("</title>\n<style>\n") +
         QStringLiteral(
             "body{font-family:sans-serif;margin:2em;color:#222}"
             "table{border-collapse:collapse;width:100%}"
             "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
             ".pass{color:#1a7f37}.fail{color:#cf222e;font-weight:bold}.skipped{color:#777}"
             "pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:6px;"
             "margin:4px 0}details{margin:2px 0}.summary{font-size:1.2em}\n") +
         QStringLiteral("</style></head><body>\n<h1>") + esc(tr("Integration debugging report")) +
         QStringLiteral("</h1>\n<table>\n");
    const QList<std::pair<QString, QString>> facts = {
        {tr("Address"), m_run.mask().url(target.address)},
        {tr("Protocol"), DebugTarget::modeName(target.mode).toUpper()},
        {tr("Suite"), DebugRun::suiteName(m_run.suite())},
        {tr("Started (UTC)"), m_run.startedAt().toString(Qt::ISODate)},
        {tr("Run id"), m_run.runId()},
        {tr("Result"), verdictLine()}};
    for (const auto &[name, value] : facts)
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(name), esc(value));
    h += QStringLiteral("</table>\n<p class=\"summary %1\">%2</p>\n")
             .arg(ok ? QStringLiteral("pass") : QStringLiteral("fail"),
                  esc(ok ? tr("Every check passed.") : tr("Not every check passed.")));
    h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                        "<th>%6</th></tr>\n")
             .arg(esc(tr("Check")), esc(tr("Rule")), esc(tr("Verdict")), esc(tr("Code")),
                  esc(tr("Time")), esc(tr("Reason and exchange")));
    for (const DebugCheck &c : m_run.checks()) {
        const DebugExchange &x = c.exchange;
        QString detail = esc(c.reason);
        if (c.hasExchange) {
            detail += QStringLiteral("<details><summary>%1</summary><pre>%2</pre><pre>%3</pre>"
                                     "</details>")
                          .arg(esc(tr("Request and answer")),
                               esc(x.method + u' ' + x.url + u'\n' + headersText(x.requestHeaders) +
                                   u'\n' + x.requestBody),
                               esc((x.httpStatus ? QStringLiteral("HTTP %1\n").arg(x.httpStatus)
                                                 : x.transportError + u'\n') +
                                   headersText(x.responseHeaders) + u'\n' + x.responseBody));
        }
        h += QStringLiteral("<tr><td>%1<br><small>%2</small></td><td>%3</td>"
                            "<td class=\"%4\">%5</td><td>%6</td><td>%7</td><td>%8</td></tr>\n")
                 .arg(esc(c.title), esc(c.id), esc(c.rule), verdictClass(c.verdict),
                      esc(DebugCheck::verdictText(c.verdict)), esc(x.resultCode),
                      c.hasExchange && x.elapsedMs >= 0 ? tr("%1 ms").arg(x.elapsedMs) : QString(),
                      detail);
    }
    h += QStringLiteral("</table>\n</body></html>\n");
    return m_run.mask().scrub(h).toUtf8();
}

SellerResult<void> DebugReport::write(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"json")
        bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    else if (suffix == u"html" || suffix == u"htm")
        bytes = toHtml();
    else
        return SellerError{tr("%1: the report must end in .html or .json").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return SellerError{tr("%1: cannot be written: %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size() || !SaveFile::commit(file))
        return SellerError{tr("%1: cannot be written: %2").arg(path, file.errorString())};
    return {};
}
