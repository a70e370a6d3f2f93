#include "cli/seller_center_view.h"

#include "cli/cli_output.h"
#include "seller/client/seller_record_json.h"

#include <QJsonArray>
#include <QJsonDocument>

using CliOutput::err;
using CliOutput::out;

namespace {

template <typename T> void printJson(const QList<T> &records)
{
    QJsonArray a;
    for (const T &r : records)
        a.append(SellerRecordJson::toJson(r));
    out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)).trimmed());
}

QString when(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

void SellerCenterView::keys(const SellerSnapshot &s, bool json)
{
    if (json) {
        printJson(s.keys);
        return;
    }
    for (const AccessKey &k : s.keys)
        out(QStringLiteral("%1\t%2\t%3\t%4\tv%5")
                .arg(k.keyId, k.secretMasked, when(k.createdAt),
                     k.name.isEmpty() ? QStringLiteral("-") : k.name, QString::number(k.version)));
    out(tr("%n key(s).", nullptr, int(s.keys.size())));
}

void SellerCenterView::addresses(const SellerSnapshot &s, bool json)
{
    if (json) {
        printJson(s.addresses);
        return;
    }
    for (const ProductionAddress &a : s.addresses) {
        const QString none = QStringLiteral("-");
        out(QStringLiteral("%1\t%2\tbasic=%3 (%4)\tkit=%5 (%6)\t%7\tv%8")
                .arg(a.addressId, a.url, a.basicKeyId.isEmpty() ? none : a.basicKeyId, a.basicDebug,
                     a.kitKeyId.isEmpty() ? none : a.kitKeyId, a.kitDebug,
                     a.ready ? tr("ready") : tr("not ready: %1").arg(a.notReady),
                     QString::number(a.version)));
        for (const SellerDebugRun &r : s.runs.value(a.addressId))
            out(QStringLiteral("    %1 %2 %3 %4 (%5/%6) %7")
                    .arg(r.runId, when(r.at), r.suite, r.verdict, QString::number(r.checksPassed),
                         QString::number(r.checksPassed + r.checksFailed), r.keyId));
    }
    out(tr("%n production address(es).", nullptr, int(s.addresses.size())));
}

void SellerCenterView::credentials(const SellerSnapshot &s, bool json)
{
    if (json) {
        printJson(s.credentials);
        return;
    }
    for (const Credential &c : s.credentials)
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\tv%7")
                .arg(c.appId, c.form.appName, c.form.authMethod, c.form.addressId,
                     c.listed ? tr("listed") : tr("not listed"),
                     c.testAccount ? tr("test account %1").arg(c.testAccount->domain)
                                   : tr("no test account"),
                     QString::number(c.version())));
    out(tr("%n credential(s).", nullptr, int(s.credentials.size())));
}

bool SellerCenterView::credential(const SellerSnapshot &s, const QString &appId, bool json)
{
    for (const Credential &c : s.credentials) {
        if (c.appId != appId)
            continue;
        if (json)
            out(QString::fromUtf8(
                    QJsonDocument(SellerRecordJson::toJson(c)).toJson(QJsonDocument::Indented))
                    .trimmed());
        else
            printCredential(c);
        return true;
    }
    return false;
}

void SellerCenterView::printCredential(const Credential &c)
{
    const CredentialForm &f = c.form;
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("appId"), c.appId},
        {QStringLiteral("appName"), f.appName},
        {QStringLiteral("authMethod"), f.authMethod},
        {QStringLiteral("callbackUrl"), f.callbackUrl},
        {QStringLiteral("addressId"), f.addressId},
        {QStringLiteral("multiInstance"),
         f.multiInstance ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("loginType"), f.loginType},
        {QStringLiteral("loginUrl"), f.loginUrl},
        {QStringLiteral("publicKey"), f.publicKey},
        {QStringLiteral("platforms"), f.platforms.join(QStringLiteral(", "))},
        {QStringLiteral("listed"), c.listed ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("testAccount"),
         c.testAccount
             ? QStringLiteral("%1 / %2 / %3")
                   .arg(c.testAccount->domain, c.testAccount->tenantId, c.testAccount->account)
             : QStringLiteral("-")},
        {QStringLiteral("createdAt"), when(c.createdAt)},
        {QStringLiteral("version"), QString::number(c.version())},
    };
    for (const auto &[name, value] : rows)
        out(QStringLiteral("%1: %2").arg(name, value));
}

void SellerCenterView::run(const SellerDebugRun &r)
{
    out(tr("Debugging run %1 (%2 suite, key %3): %4, %5 of %6 checks passed. %7")
            .arg(r.runId, r.suite, r.keyId, r.verdict, QString::number(r.checksPassed),
                 QString::number(r.checksPassed + r.checksFailed), r.note));
}

int SellerCenterView::outcome(const SellerOutcome &o)
{
    const QString recovered =
        o.recovered ? tr("Sent before an interruption and answered now: ") : QString();
    switch (o.state) {
    case SellerOutcome::State::Done: {
        if (o.action == u"seller.address.debug") {
            QString error;
            const auto r = SellerRecordJson::runFromJson(o.record, QStringLiteral("run"), &error);
            if (!r) {
                err(error);
                return 1;
            }
            run(*r);
            return r->verdict == u"passed" ? 0 : 3;
        }
        out(recovered + tr("%1 %2: done.").arg(o.action, o.target));
        const QJsonObject account = o.record.value(u"testAccount").toObject();
        if (o.action == u"seller.credential.test-account" && !account.isEmpty())
            out(tr("Test account: domain %1, tenantId %2, account %3 (its password is shown "
                   "once, where --secret-out or --print-secret said).")
                    .arg(account.value(u"domain").toString(), account.value(u"tenantId").toString(),
                         account.value(u"account").toString()));
        return 0;
    }
    case SellerOutcome::State::Kept:
        err(recovered + o.message);
        return 1;
    case SellerOutcome::State::Conflict:
        err(recovered + tr("%1 %2: %3 (%4). The record as it is now:")
                            .arg(o.action, o.target, o.message, o.code));
        err(QString::fromUtf8(QJsonDocument(o.current).toJson(QJsonDocument::Indented)).trimmed());
        err(tr("Make the change again on top of it (e.g. seller credentials show %1 --json).")
                .arg(o.target));
        return 1;
    case SellerOutcome::State::Refused:
        break;
    }
    err(recovered + tr("%1 %2 was refused (%3): %4").arg(o.action, o.target, o.code, o.message));
    if (!o.field.isEmpty())
        err(tr("field: %1").arg(o.field));
    return 1;
}
