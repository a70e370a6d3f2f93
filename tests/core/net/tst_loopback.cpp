// Loopback: the one rule for "this computer" that plain http, OAuth redirects and login domains
// are checked against.
#include "net/loopback.h"

#include <QTest>

class TestLoopback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080/x" << true;
        QTest::newRow("anywhere in 127/8") << "http://127.9.8.7/" << true;
        QTest::newRow("::1") << "http://[::1]:41234/" << true;
        QTest::newRow("localhost") << "http://localhost/" << true;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST:1/" << true;
        QTest::newRow("a name that starts like it") << "http://localhost.example.com/" << false;
        QTest::newRow("a name that holds the address") << "http://127.0.0.1.nip.io/" << false;
        QTest::newRow("0.0.0.0") << "http://0.0.0.0/" << false;
        QTest::newRow("private network") << "http://10.0.0.1/" << false;
        QTest::newRow("link-local v6") << "http://[fe80::1]/" << false;
        QTest::newRow("a user part naming localhost") << "http://localhost@evil.example/" << false;
        QTest::newRow("no host") << "http:///path" << false;
        QTest::newRow("not a URL") << "http://[::1/" << false;
    }
    void hosts()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QCOMPARE(Loopback::isLoopbackUrl(QUrl(url, QUrl::StrictMode)), loopback);
    }
};

QTEST_GUILESS_MAIN(TestLoopback)
#include "tst_loopback.moc"
