// CSV writing (RFC 4180 + formula neutralisation) and reading (errors with line numbers).
#include "storage/csv.h"

#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void field_data();
    void field();
    void numbersAreNotNeutralised();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void roundTrip();
};

void TestCsv::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("alice") << QByteArray("alice");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("crlf inside") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("formula =") << QStringLiteral("=1+2") << QByteArray("\"'=1+2\"");
    QTest::newRow("formula +") << QStringLiteral("+1") << QByteArray("\"'+1\"");
    QTest::newRow("formula -") << QStringLiteral("-1") << QByteArray("\"'-1\"");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QByteArray("\"'@SUM(A1)\"");
    QTest::newRow("leading tab") << QStringLiteral("\tx") << QByteArray("\"'\tx\"");
    QTest::newRow("leading cr") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
    QTest::newRow("leading lf") << QStringLiteral("\n=1+2") << QByteArray("\"'\n=1+2\"");
    QTest::newRow("leading nul") << QString(QChar(0)) + u'x' << QByteArray("\"'\0x\"", 5);
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("chinese") << QStringLiteral("张伟,研发") << QByteArray("\"张伟,研发\"");
    QTest::newRow("inner = is fine") << QStringLiteral("a=b") << QByteArray("a=b");
}

void TestCsv::field()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QByteArray out;
    Csv::appendField(out, value);
    QCOMPARE(out, expected);
}

void TestCsv::numbersAreNotNeutralised()
{
    QByteArray out;
    Csv::appendField(out, u"-42", false);
    QCOMPARE(out, QByteArray("-42"));
}

void TestCsv::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << QList<QStringList>{{"a", "b"}, {"c", "d"}}
                        << QList<int>{1, 2};
    QTest::newRow("crlf no final newline")
        << QByteArray("a,b\r\nc,d") << QList<QStringList>{{"a", "b"}, {"c", "d"}}
        << QList<int>{1, 2};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFuserName\nx\n")
                         << QList<QStringList>{{"userName"}, {"x"}} << QList<int>{1, 2};
    // Only the file's BOM is dropped; one further on (two files joined with cat) is text, as
    // written (found by fuzz_csv).
    QTest::newRow("bom inside") << QByteArray("\xEF\xBB\xBF"
                                              "a\n\xEF\xBB\xBF"
                                              "b,\xEF\xBB\xBF"
                                              "\n")
                                << QList<QStringList>{{"a"},
                                                      {QStringLiteral("\uFEFFb"),
                                                       QStringLiteral("\uFEFF")}}
                                << QList<int>{1, 2};
    QTest::newRow("quoted newline keeps line numbers")
        << QByteArray("\"a\nb\",c\nd,e\n") << QList<QStringList>{{"a\nb", "c"}, {"d", "e"}}
        << QList<int>{1, 3};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n\nb\n") << QList<QStringList>{{"a"}, {"b"}} << QList<int>{1, 4};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{{"", "", ""}}
                                  << QList<int>{1};
    QTest::newRow("doubled quotes")
        << QByteArray("\"x\"\"y\"\n") << QList<QStringList>{{"x\"y"}} << QList<int>{1};
}

void TestCsv::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    QList<Csv::Record> records;
    QString error;
    QVERIFY2(Csv::parse(data, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(records[i].fields, rows[i]);
        QCOMPARE(records[i].line, lines[i]);
    }
}

void TestCsv::parseErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote")
        << QByteArray("a\n\"b,c\n") << QStringLiteral("line 2: a quoted field is not closed");
    QTest::newRow("text after quote")
        << QByteArray("a\n\"b\"x\n")
        << QStringLiteral("line 2: unexpected text after a closing quote");
    QTest::newRow("stray quote") << QByteArray("a\nb\"c\n")
                                 << QStringLiteral("line 2: a quote inside an unquoted field");
    QTest::newRow("bad utf-8") << QByteArray("a\nb\xff\xfe\n")
                               << QStringLiteral("line 2: the text is not valid UTF-8");
}

void TestCsv::parseErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QList<Csv::Record> records;
    QString error;
    QVERIFY(!Csv::parse(data, &records, &error));
    QCOMPARE(error, message);
}

void TestCsv::roundTrip()
{
    const QStringList values{QStringLiteral("plain"), QStringLiteral("a,b"),
                             QStringLiteral("q\"q"),  QStringLiteral("multi\r\nline"),
                             QStringLiteral("王芳"),  QString()};
    QByteArray out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out.append(',');
        Csv::appendField(out, values[i]);
    }
    Csv::endRow(out);
    QList<Csv::Record> records;
    QString error;
    QVERIFY(Csv::parse(out, &records, &error));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].fields, values);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
