#pragma once
// What a seller keeps or sends of an integration-debugger run: the target (address, mode,
// suite — never a key), the tally, and every check with its verdict, reason, rule and the
// masked request and answer. As JSON (for tools and CI) and as one self-contained HTML file
// that reads on its own (inline style, every text escaped). Files are written atomically:
// complete or not there.
#include "seller/debugger/debug_run.h"
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class DebugReport
{
    Q_DECLARE_TR_FUNCTIONS(DebugReport)

public:
    explicit DebugReport(const DebugRun &run);

    QJsonObject toJson() const;
    QByteArray toHtml() const;
    // Writes HTML for *.html / *.htm, JSON for *.json; anything else is refused.
    SellerResult<void> write(const QString &path) const;

private:
    QString verdictLine() const;

    const DebugRun &m_run;
};
