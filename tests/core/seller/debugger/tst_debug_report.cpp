// The integration debugger's report (DebugReport): JSON and self-contained HTML that say what
// was run against which address and every check's verdict, reason and exchange — and never a
// key, a whole signature, authToken or Body-Sign, a clientSecret or a password. Written
// atomically; a name that is neither .html nor .json is refused.
#include "core/seller/debugger/debug_fixture.h"
#include "seller/debugger/debug_report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace DebugFixture;

class TestDebugReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { stopAll(); }
    void reportHoldsEveryCheckAndNoSecret_data();
    void reportHoldsEveryCheckAndNoSecret();
    void failingRunSaysWhy();
    void refusesUnknownFormat();
    void textIsEscaped();
};

void TestDebugReport::reportHoldsEveryCheckAndNoSecret_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("file");
    for (const char *s : {"v2-http", "v1-https"}) {
        for (const char *f : {"report.json", "report.html"})
            QTest::newRow(QByteArray(QByteArray(s) + ' ' + f).constData()) << s << f;
    }
}

void TestDebugReport::reportHoldsEveryCheckAndNoSecret()
{
    QFETCH(QString, server);
    QFETCH(QString, file);
    Server &s = DebugFixture::server(server);
    s.client->setFaults({});
    auto r = run(target(s), DebugRun::Suite::All);
    QVERIFY(r);
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    const auto written = DebugReport(*r).write(path);
    QVERIFY2(written, qPrintable(written.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(ReferenceFixture::kBasicKey));
    QVERIFY(!bytes.contains(ReferenceFixture::kKitKey));
    // Signatures are lower-case hex (64), nonces upper-case: no whole signature is left.
    QVERIFY(!QRegularExpression(QStringLiteral("[0-9a-f]{64}"))
                 .match(QString::fromUtf8(bytes))
                 .hasMatch());
    // No whole authToken or Body-Sign (Base64 of 32 bytes: 43 characters and "=").
    QVERIFY(!QRegularExpression(QStringLiteral("[A-Za-z0-9+/]{43}="))
                 .match(QString::fromUtf8(bytes))
                 .hasMatch());
    // "clientSecret":"…" in JSON, \"clientSecret\":\"…\" inside a JSON string, &quot; in HTML:
    // the value is always the mask.
    const QString quote = QStringLiteral("(\\\\?\"|&quot;)");
    QVERIFY(!QRegularExpression(QStringLiteral("(clientSecret|password)") + quote +
                                QStringLiteral("\\s*:\\s*") + quote + QStringLiteral("(?!••••)"))
                 .match(QString::fromUtf8(bytes))
                 .hasMatch());
    QVERIFY(bytes.contains("clientSecret"));
    for (const DebugCheck &c : r->checks())
        QVERIFY2(bytes.contains(c.id.toUtf8()), qPrintable(c.id));
    if (file.endsWith(u".json")) {
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(o.value(u"allPassed").toBool(), true);
        QCOMPARE(o.value(u"checks").toArray().size(), r->checks().size());
        QCOMPARE(o.value(u"mode").toString(), server.left(2));
        QVERIFY(o.value(u"address")
                    .toString()
                    .startsWith(server.endsWith(u"https") ? QStringLiteral("https://")
                                                          : QStringLiteral("http://")));
    } else {
        QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
        QVERIFY(!bytes.contains("<script"));
        QVERIFY(!bytes.contains("src="));
        QVERIFY(bytes.contains("Every check passed."));
    }
}

void TestDebugReport::failingRunSaysWhy()
{
    Server &s = server(QStringLiteral("v2-http"));
    s.client->setFaults({{"acceptAnySignature", true}});
    auto r = run(target(s), DebugRun::Suite::Basic);
    s.client->setFaults({});
    QVERIFY(r);
    const QJsonObject o = DebugReport(*r).toJson();
    QCOMPARE(o.value(u"allPassed").toBool(), false);
    QVERIFY(o.value(u"failed").toInt() >= 1);
    bool found = false;
    for (const QJsonValue &v : o.value(u"checks").toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"id").toString() == u"security.basic.signature") {
            found = true;
            QCOMPARE(c.value(u"verdict").toString(), QStringLiteral("fail"));
            QVERIFY(c.value(u"reason").toString().contains(QStringLiteral("000001")));
            QVERIFY(c.value(u"exchange")
                        .toObject()
                        .value(u"url")
                        .toString()
                        .contains(QStringLiteral("signature=")));
        }
    }
    QVERIFY(found);
    QVERIFY(DebugReport(*r).toHtml().contains("Not every check passed."));
}

void TestDebugReport::refusesUnknownFormat()
{
    DebugRun r(DebugTarget{}, DebugRun::Suite::All);
    QTemporaryDir dir;
    const auto written = DebugReport(r).write(dir.filePath(QStringLiteral("report.txt")));
    QVERIFY(!written);
    QVERIFY(written.error().contains(QStringLiteral(".html or .json")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("report.txt"))));
    const auto nowhere = DebugReport(r).write(dir.filePath(QStringLiteral("no/such/r.json")));
    QVERIFY(!nowhere);
}

void TestDebugReport::textIsEscaped()
{
    // A "seller's server" whose every answer carries markup in its message and body: the
    // report shows those characters and never lets them be markup.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray body =
        R"({"resultCode":"000000","resultMsg":"<script>alert('x')</script><img src=/dev/zero>"})";
    connect(&server, &QTcpServer::newConnection, &server, [&server, body] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    DebugTarget t;
    t.address = QUrl(QStringLiteral("http://127.0.0.1:%1/isv/produce").arg(server.serverPort()));
    t.basicKey = "basic-key-for-the-escape-test";
    t.kitKey = "kit-key-for-the-escape-test";
    auto r = run(t, DebugRun::Suite::Basic, {}, 20000);
    QVERIFY(r);
    const QByteArray html = DebugReport(*r).toHtml();
    QVERIFY2(html.contains("&lt;script&gt;"), "the server's text is in the report, escaped");
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<img"));
}

QTEST_GUILESS_MAIN(TestDebugReport)
#include "tst_debug_report.moc"
