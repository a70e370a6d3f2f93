// SecretMask: what an integration-debugger report keeps of a request or an answer never holds
// a key, a whole signature, authToken or Body-Sign signature, a clientSecret or a password.
#include "seller/debugger/secret_mask.h"

#include <QTest>

class TestSecretMask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void masks_data();
    void masks();
    void shortens();
};

void TestSecretMask::masks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("kept");   // still readable
    QTest::addColumn<QString>("hidden"); // gone
    const QByteArray sig = "271544acdac82601d0a6615631c4db54120d5ea32fc968493c8064281e125c7a";
    QTest::newRow("url signature")
        << "url" << QByteArray("https://s.example.com/p?signature=" + sig + "&timestamp=1&nonce=N")
        << "signature=271544…(64)" << QString::fromLatin1(sig);
    QTest::newRow("url authToken")
        << "url"
        << QByteArray("http://127.0.0.1/"
                      "p?activity=x&authToken=RnasHBCr5x4SWKDzYdRzxPpw%2BdXKnhObZ4Mv3NOdwec%3D")
        << "activity=x"
        << "RnasHBCr5x4SWKDzYdRzxPpw";
    QTest::newRow("x-sign") << "x-sign" << sig << "271544…(64)" << QString::fromLatin1(sig);
    QTest::newRow("body-sign") << "body-sign"
                               << QByteArray("sign_type=\"HMAC-SHA256\", signature= "
                                             "\"RnasHBCr5x4SWKDzYdRzxPpw+dXKnhObZ4Mv3NOdwec=\"")
                               << "sign_type=\"HMAC-SHA256\", signature= \"RnasHB…(44)\""
                               << "dXKnhObZ4Mv3";
    QTest::newRow("clientSecret") << "body"
                                  << QByteArray(R"({"appId":"a","clientSecret":"c2VjcmV0IGJh"})")
                                  << R"("appId":"a")"
                                  << "c2VjcmV0IGJh";
    QTest::newRow("password") << "body"
                              << QByteArray(R"({"appInfo":{"userName":"u","password":"pa\"ss"}})")
                              << R"("userName":"u")"
                              << R"(pa\"ss)";
    QTest::newRow("key anywhere") << "body" << QByteArray("echo basic-key-4f1c9a2e7b here")
                                  << "echo"
                                  << "basic-key-4f1c9a2e7b";
}

void TestSecretMask::masks()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, input);
    QFETCH(QString, kept);
    QFETCH(QString, hidden);
    SecretMask mask;
    mask.addSecret("basic-key-4f1c9a2e7b");
    QString out;
    if (kind == u"url")
        out = mask.url(QUrl::fromEncoded(input));
    else if (kind == u"body")
        out = mask.body(input);
    else
        out = mask.header(kind.toLatin1(), input);
    QVERIFY2(out.contains(kept), qPrintable(out));
    QVERIFY2(!out.contains(hidden), qPrintable(out));
}

void TestSecretMask::shortens()
{
    QCOMPARE(SecretMask::shorten("abcdefgh"), QStringLiteral("abcdef…(8)"));
    QCOMPARE(SecretMask::shorten("ab"), QStringLiteral("ab…(2)"));
    QCOMPARE(SecretMask::shorten(""), QString());
}

QTEST_GUILESS_MAIN(TestSecretMask)
#include "tst_secret_mask.moc"
