// Ctrl+K: the account switcher lists the most recent first, narrows as you type over name,
// enterprise, user and server, moves with the arrow keys from the search field, and Enter
// switches to the highlighted account. The add-account dialog refuses what cannot work.
#include "ui/shell/account_switcher.h"
#include "ui/shell/add_account_dialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

class TestAccountSwitcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersAndChooses_data();
    void filtersAndChooses();
    void arrowKeysMoveFromTheSearchField();
    void addAccountRefuses_data();
    void addAccountRefuses();
    void addAccountAccepts();

private:
    static QList<Account> accounts();
};

QList<Account> TestAccountSwitcher::accounts()
{
    auto make = [](const char *name, const char *user, const char *tenantName, const char *server,
                   int minutesAgo) {
        Account a;
        a.name = QLatin1String(name);
        a.userName = QLatin1String(user);
        a.displayName = QLatin1String(user);
        a.tenantName = QString::fromUtf8(tenantName);
        a.server = QUrl(QLatin1String(server));
        a.role = QStringLiteral("admin");
        a.lastUsed = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        return a;
    };
    AccountStore store(QStringLiteral("/nonexistent"));
    store.upsert(make("old", "li.na", "北方云联科技", "https://beifang.example.com", 300));
    store.upsert(
        make("recent", "zhang.min", "华东示例科技有限公司", "https://huadong.example.com", 1));
    store.upsert(
        make("middle", "chen.jie", "华东示例科技有限公司", "https://consult.example.com", 60));
    return store.accounts(); // most recent first
}

void TestAccountSwitcher::filtersAndChooses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("visible");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("nothing typed: most recent") << QString() << 3 << "recent";
    QTest::newRow("enterprise name") << QStringLiteral("北方") << 1 << "old";
    QTest::newRow("user, any case") << QStringLiteral("CHEN") << 1 << "middle";
    QTest::newRow("server host") << QStringLiteral("huadong.example") << 1 << "recent";
    QTest::newRow("shared enterprise") << QStringLiteral("华东") << 2 << "recent";
    QTest::newRow("no match") << QStringLiteral("zzz") << 0 << "";
}

void TestAccountSwitcher::filtersAndChooses()
{
    QFETCH(QString, typed);
    QFETCH(int, visible);
    QFETCH(QString, chosen);
    AccountSwitcher switcher(accounts(), QStringLiteral("recent"));
    switcher.show();
    switcher.setFilterText(typed);
    QCOMPARE(switcher.visibleCount(), visible);
    QTest::keyClick(switcher.findChild<QLineEdit *>(), Qt::Key_Return);
    QCOMPARE(switcher.chosen(), chosen);
    QCOMPARE(switcher.result() == QDialog::Accepted, !chosen.isEmpty());
}

void TestAccountSwitcher::arrowKeysMoveFromTheSearchField()
{
    AccountSwitcher switcher(accounts(), QString());
    switcher.show();
    auto *search = switcher.findChild<QLineEdit *>();
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Down); // stays on the last
    QTest::keyClick(search, Qt::Key_Up);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(switcher.chosen(), QStringLiteral("middle"));
}

void TestAccountSwitcher::addAccountRefuses_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pins");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain http elsewhere") << "http://tenant.example.com"
                                          << ""
                                          << ""
                                          << "only https is allowed";
    QTest::newRow("not a url") << "::::"
                               << ""
                               << ""
                               << "not a valid URL";
    QTest::newRow("bad name") << "https://tenant.example.com"
                              << "../x"
                              << ""
                              << "not a usable account name";
    QTest::newRow("bad pin") << "https://tenant.example.com"
                             << ""
                             << "abc"
                             << "is not a public-key pin";
    QTest::newRow("plain http token endpoint") << "https://tenant.example.com"
                                               << ""
                                               << ""
                                               << "token endpoint";
}

void TestAccountSwitcher::addAccountRefuses()
{
    QFETCH(QString, server);
    QFETCH(QString, name);
    QFETCH(QString, pins);
    QFETCH(QString, message);
    AddAccountDialog dialog;
    dialog.show();
    dialog.setServer(server);
    const auto edits = dialog.findChildren<QLineEdit *>();
    for (QLineEdit *e : edits)
        if (e->placeholderText().contains(u"userName@tenant"))
            e->setText(name);
    if (!pins.isEmpty())
        dialog.findChild<QPlainTextEdit *>()->setPlainText(pins);
    if (message.contains(u"endpoint")) {
        dialog.findChild<QGroupBox *>(QStringLiteral("endpointsGroup"))->setChecked(true);
        for (QLineEdit *e : edits)
            if (e->placeholderText().contains(u"oauth2/token"))
                e->setText(QStringLiteral("http://idp.example.com/token"));
    }
    dialog.accept();
    QVERIFY(dialog.isVisible());
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
}

void TestAccountSwitcher::addAccountAccepts()
{
    AddAccountDialog dialog;
    dialog.show();
    dialog.setServer(QStringLiteral("https://tenant.example.com"));
    dialog.setSecretStore(SecretStore::Kind::EncryptedFile);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.draft().server, QUrl(QStringLiteral("https://tenant.example.com")));
    QCOMPARE(dialog.draft().secretStore, SecretStore::Kind::EncryptedFile);
}

QTEST_MAIN(TestAccountSwitcher)
#include "tst_account_switcher.moc"
