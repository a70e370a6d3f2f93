// V2 signing throughput: marketdesk's full basic signature (canonical JSON, then the inner and
// outer HMAC-SHA256) and its HMAC step alone, against `openssl dgst -sha256 -hmac` over the
// same canonical payloads, measured in the same run. openssl runs once over all the bodies (one
// process, one file per body) so that its start-up is paid once; that start-up is measured
// too and shown beside it.
#include "bench_common.h"
#include "seller/canonical_json.h"
#include "seller/hmac_sha256.h"
#include "seller/v2_signature.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUuid>

namespace Bench {

namespace {

const QByteArray kKey = "bench-sign-access-key-7f3a9c";

// A newInstance-like body as the marketplace sends it: fields in no particular order, some
// Chinese, a Base64 extension parameter; about 600 bytes.
QByteArray body(int i)
{
    const QByteArray id =
        QUuid::createUuidV5(QUuid(), QString::number(i)).toByteArray(QUuid::WithoutBraces);
    const QByteArray ext =
        QByteArray(R"([{"name":"region","value":"cn-north-4"},{"name":"seats","value":")" +
                   QByteArray::number(5 + i % 200) + "\"}]")
            .toBase64();
    return R"({"testFlag":")" + QByteArray::number(i % 2) +
           R"(","orderLineId":"CS2211181819B4LVS-)" + QByteArray::number(i).rightJustified(6, '0') +
           R"(","productId":"00301-666666-0--0",)" +
           R"("customerName":"华东科技有限公司","activity":"newInstance","businessId":")" + id +
           R"(","orderId":"CS2211181819B4LVS","skuCode":"c0d1e2f3-sku-)" +
           QByteArray::number(i % 7) +
           R"(","expireTime":"20271130235959","periodType":"year","periodNumber":1,)" +
           R"("customerId":"68cbc86abc2018ab880d92f36422fa0e","chargingMode":1,"userName":null,)" +
           R"("saasExtendParams":")" + ext +
           R"(","trialFlag":"0","email":"AbCdEfGh12345678aaGZRVoEtJHB8U+i/5rI0g=="})";
}

double runOpenssl(const QStringList &files, QByteArray *output)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("openssl"),
            QStringList{QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-hmac"),
                        QString::fromLatin1(kKey)} +
                files);
    p.waitForFinished(600'000);
    const double ms = t.nsecsElapsed() / 1e6;
    if (output)
        *output = p.readAllStandardOutput();
    return ms;
}

} // namespace

void signing(const QString &workDir, int count)
{
    heading(qPrintable(QStringLiteral("V2 signatures over %L1 bodies").arg(count)));
    QList<QByteArray> bodies, payloads;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        bodies << body(i);
        payloads << CanonicalJson::fromBody(bodies.last()).value();
        bytes += bodies.last().size();
    }
    const QByteArray nonce = V2Signature::makeNonce();
    const QByteArray timestamp = "1680508066618";

    // Five rounds each; the median counts.
    std::vector<double> full, hmacOnly, openssl;
    QList<QByteArray> ours;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        for (const QByteArray &b : bodies) {
            const auto s =
                V2Signature::signBody(V2Signature::Scheme::Basic, kKey, nonce, timestamp, b);
            if (!s)
                std::abort();
        }
        full.push_back(t.nsecsElapsed() / 1e6);
        ours.clear();
        t.restart();
        for (const QByteArray &p : payloads)
            ours << HmacSha256::hex(kKey, p);
        hmacOnly.push_back(t.nsecsElapsed() / 1e6);
    }

    // openssl over the same canonical payloads, one file each, one process.
    const QString dir = workDir + QStringLiteral("/signing");
    QDir().mkpath(dir);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1/%2.json").arg(dir).arg(i);
        QFile f(name);
        if (!f.open(QIODevice::WriteOnly))
            std::abort();
        f.write(payloads[i]);
        files << name;
    }
    QByteArray output;
    runOpenssl(files, &output); // warm the page cache
    for (int round = 0; round < 5; ++round)
        openssl.push_back(runOpenssl(files, round == 0 ? &output : nullptr));
    std::vector<double> startup;
    for (int round = 0; round < 5; ++round)
        startup.push_back(runOpenssl({files.first()}, nullptr));

    // Same inputs, same MACs: every line of openssl's output is one of ours.
    const QList<QByteArray> lines = output.trimmed().split('\n');
    int agree = 0;
    for (int i = 0; i < lines.size() && i < ours.size(); ++i)
        agree += lines[i].endsWith(QByteArray("= " + ours[i])) ? 1 : 0;

    const double fullMs = median(full), hmacMs = median(hmacOnly), opensslMs = median(openssl),
                 startMs = median(startup);
    const auto rate = [count](double ms) { return count / (ms / 1000); };
    line(QStringLiteral("bodies: %L1, %2 bytes on average; openssl agrees on %L3 of %L4 MACs")
             .arg(count)
             .arg(bytes / count)
             .arg(agree)
             .arg(count));
    line(QStringLiteral(
             "marketdesk V2 signature (canonical JSON + 2 HMACs): %1 ms, %L2 signatures/s")
             .arg(fullMs, 0, 'f', 1)
             .arg(rate(fullMs), 0, 'f', 0));
    line(QStringLiteral("marketdesk HMAC-SHA256 alone (hex): %1 ms, %L2 MACs/s")
             .arg(hmacMs, 0, 'f', 1)
             .arg(rate(hmacMs), 0, 'f', 0));
    line(QStringLiteral("openssl dgst -sha256 -hmac, one process over %L1 files: %2 ms, %L3 MACs/s "
                        "(its start-up alone: %4 ms; without it: %L5 MACs/s)")
             .arg(count)
             .arg(opensslMs, 0, 'f', 1)
             .arg(rate(opensslMs), 0, 'f', 0)
             .arg(startMs, 0, 'f', 1)
             .arg(rate(std::max(opensslMs - startMs, 0.001)), 0, 'f', 0));
    line(QStringLiteral("ratio: full signature %1x and HMAC alone %2x the rate of openssl dgst "
                        "(%3x and %4x against openssl without its start-up)")
             .arg(opensslMs / fullMs, 0, 'f', 2)
             .arg(opensslMs / hmacMs, 0, 'f', 2)
             .arg((opensslMs - startMs) / fullMs, 0, 'f', 2)
             .arg((opensslMs - startMs) / hmacMs, 0, 'f', 2));
}

} // namespace Bench
