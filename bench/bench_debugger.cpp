// The integration debugger's full suite (all, V2, with the reference-only row check and the
// login suite) against marketdesk's reference SaaS server on loopback HTTP, beside a baseline
// measured in the same run: the same number of plain signed V2 calls (queryInstance) sent one
// after another over one QNetworkAccessManager, without any check. Medians of several runs;
// the server is reset before each.
#include "bench_common.h"
#include "sandbox/reference/reference_host.h"
#include "seller/debugger/debug_run.h"
#include "seller/public_key_check.h"
#include "seller/v2_signature.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Bench {

namespace {

const QByteArray kBasic = "bench-basic-key-5d2e8a";
const QByteArray kKit = "bench-kit-key-91c4f0";

// Blocks on a local event loop until `reply` finishes; returns its body.
QByteArray await(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

void post(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json;charset=utf-8"));
    await(network.post(request, body));
}

// The sum of the reference server's per-interface request counters.
int requestsServed(ReferenceHost &host)
{
    int n = 0;
    const QJsonObject requests = host.stateNow().value(u"requests").toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it)
        n += it.value().toInt();
    return n;
}

} // namespace

void debugger(int runs)
{
    heading("integration debugger: full suite against the reference server (loopback HTTP)");
    ReferenceOptions o;
    o.config.basicAccessKey = kBasic;
    o.config.kitAccessKey = kKit;
    o.config.privateKey = RsaKey::generate(3072).value();
    ReferenceHost host;
    QString error;
    if (!host.start(o, &error)) {
        std::fprintf(stderr, "reference: %s\n", qPrintable(error));
        return;
    }
    DebugTarget target;
    target.address = host.productionUrl();
    target.basicKey = kBasic;
    target.kitKey = kKit;
    target.publicKey =
        PublicKeyCheck::check(QString::fromLatin1(o.config.privateKey.publicKeyBase64())).value();
    target.referenceAware = true;
    // The login suite too: its provider on loopback, the reference server's callback.
    target.loginCallback = host.url();
    target.loginCallback.setPath(o.config.callbackPath);
    QNetworkAccessManager network;
    const QUrl reset = QUrl(host.url().toString() + QStringLiteral("/_reference/reset"));

    std::vector<double> suite, baseline;
    int calls = 0, checks = 0, failed = 0;
    for (int i = 0; i < runs; ++i) {
        post(network, reset, "{}");
        DebugRun run(target, DebugRun::Suite::All);
        QEventLoop loop;
        QObject::connect(&run, &DebugRun::finished, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        run.start();
        loop.exec();
        suite.push_back(t.nsecsElapsed() / 1e6);
        calls = requestsServed(host);
        checks = int(run.checks().size());
        failed += DebugTally::of(run.checks()).failed;

        // The baseline: as many signed calls, one at a time, nothing checked.
        post(network, reset, "{}");
        t.restart();
        for (int c = 0; c < calls; ++c) {
            const QByteArray body = R"({"activity":"queryInstance","instanceId":"bench-)" +
                                    QByteArray::number(c) + R"(","testFlag":"1"})";
            const QByteArray nonce = V2Signature::makeNonce();
            const QByteArray ts = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
            const QByteArray sig =
                V2Signature::signBody(V2Signature::Scheme::Basic, kBasic, nonce, ts, body).value();
            QUrl url = host.productionUrl();
            url.setQuery(QStringLiteral("signature=%1&timestamp=%2&nonce=%3")
                             .arg(QString::fromLatin1(sig), QString::fromLatin1(ts),
                                  QString::fromLatin1(nonce)));
            post(network, url, body);
        }
        baseline.push_back(t.nsecsElapsed() / 1e6);
    }
    const double ours = median(suite), base = median(baseline);
    line(QStringLiteral("suite \"all\" (V2): %1 checks, %2 calls to the server, %3 failed "
                        "(must be 0)")
             .arg(checks)
             .arg(calls)
             .arg(failed));
    line(QStringLiteral("full suite, median of %1 runs: %2 ms (target < 2000 ms)")
             .arg(runs)
             .arg(ours, 0, 'f', 1));
    line(QStringLiteral("baseline: %1 plain signed calls sent sequentially with "
                        "QNetworkAccessManager, no checks: %2 ms")
             .arg(calls)
             .arg(base, 0, 'f', 1));
    line(QStringLiteral("ratio baseline / suite: %1x (above 1: the suite, checks included, "
                        "is faster than the same calls one after another)")
             .arg(base / ours, 0, 'f', 2));
}

} // namespace Bench
