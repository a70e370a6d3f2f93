// Device fingerprints for License products: the documented form passes; each way of getting
// it wrong is refused with a message that names what and where.
#include "licenses/license_fingerprint.h"

#include <QTest>

class TestLicenseFingerprint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void normalised();
};

void TestLicenseFingerprint::check_data()
{
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted
    QTest::newRow("all four") << QStringLiteral(
                                     "00:1A:2B:3C:4D:5E|WD-WCC4N7XYZ123|BSN12345|BFEBFBFF000906EA")
                              << QString();
    QTest::newRow("empty fields kept") << QStringLiteral("00-1A-2B-3C-4D-5E|||") << QString();
    QTest::newRow("two MACs, two disks")
        << QStringLiteral("001A2B3C4D5E,00:1A:2B:3C:4D:5F|S1,S2|B|C") << QString();
    QTest::newRow("only the CPU") << QStringLiteral("|||BFEBFBFF000906EA") << QString();
    QTest::newRow("exactly 5 KB") << QStringLiteral("|||") + QString(5 * 1024 - 3, u'A')
                                  << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("one byte over 5 KB") << QStringLiteral("|||") + QString(5 * 1024 - 2, u'A')
                                        << QStringLiteral("5121 bytes long; at most 5120");
    QTest::newRow("three fields") << QStringLiteral("00:1A:2B:3C:4D:5E|DISK|BOARD")
                                  << QStringLiteral("has 3 field");
    QTest::newRow("five fields") << QStringLiteral("|A|B|C|D") << QStringLiteral("has 5 field");
    QTest::newRow("lower case, in the disk field")
        << QStringLiteral("00:1A:2B:3C:4D:5E|wd-1|B|C")
        << QStringLiteral("\"w\" at character 19 (disk field)");
    QTest::newRow("lower case MAC") << QStringLiteral("00:1a:2B:3C:4D:5E|D|B|C")
                                    << QStringLiteral("\"a\" at character 5 (MAC field)");
    QTest::newRow("not a MAC") << QStringLiteral("00:1A:2B:3C:4D|D|B|C")
                               << QStringLiteral("entry 1: \"00:1A:2B:3C:4D\" is not a MAC");
    QTest::newRow("second MAC mixed separators")
        << QStringLiteral("001A2B3C4D5E,00:1A-2B:3C:4D:5E|D|B|C") << QStringLiteral("entry 2");
    QTest::newRow("an empty disk between commas")
        << QStringLiteral("|S1,,S2|B|C") << QStringLiteral("disk field has an empty entry");
    QTest::newRow("a trailing comma after the MACs")
        << QStringLiteral("001A2B3C4D5E,|D|B|C") << QStringLiteral("MAC field has an empty entry");
    QTest::newRow("all empty") << QStringLiteral("|||") << QStringLiteral("All four fields");
    QTest::newRow("a line break") << QStringLiteral("|D|B|C\n")
                                  << QStringLiteral("Character 7 (U+000a)");
    QTest::newRow("Chinese") << QStringLiteral("|硬盘|B|C")
                             << QStringLiteral("Character 2 (U+786c)");
    QTest::newRow("leading space") << QStringLiteral(" |D|B|C") << QStringLiteral("space");
}

void TestLicenseFingerprint::check()
{
    QFETCH(QString, fingerprint);
    QFETCH(QString, problem);
    const QString found = LicenseFingerprint::problem(fingerprint);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestLicenseFingerprint::normalised()
{
    const QString typed = QStringLiteral("  00:1a:2b:3c:4d:5e|wd-1||bfebfbff\n");
    QVERIFY(!LicenseFingerprint::problem(typed).isEmpty());
    const QString fixed = LicenseFingerprint::normalised(typed);
    QCOMPARE(fixed, QStringLiteral("00:1A:2B:3C:4D:5E|WD-1||BFEBFBFF"));
    QCOMPARE(LicenseFingerprint::problem(fixed), QString());
}

QTEST_GUILESS_MAIN(TestLicenseFingerprint)
#include "tst_license_fingerprint.moc"
