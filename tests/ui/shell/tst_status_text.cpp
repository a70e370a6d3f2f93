// StatusText and the main window's colours follow a theme change while the console runs: a
// label marked as an error takes the dark theme's error colour when the application's palette
// turns dark (a palette set by hand would keep the light theme's red, 2.6:1 on the dark
// base), and goes back to inheriting when cleared.
#include "ui/shell/main_window.h"
#include "ui/shell/status_text.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QTest>

Q_DECLARE_METATYPE(StatusColours::Kind)

namespace {

QPalette theme(bool dark)
{
    QPalette p;
    const QColor text = dark ? QColor(Qt::white) : QColor(Qt::black);
    const QColor base = dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(Qt::white);
    const QColor window = dark ? QColor(0x35, 0x35, 0x35) : QColor(0xef, 0xef, 0xef);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Text, text);
        p.setColor(g, QPalette::WindowText, text);
        p.setColor(g, QPalette::Base, base);
        p.setColor(g, QPalette::Window, window);
    }
    return p;
}

} // namespace

class TestStatusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QApplication::setPalette(theme(false)); }
    void cleanupTestCase() { QApplication::setPalette(theme(false)); }

    void followsTheTheme_data()
    {
        QTest::addColumn<StatusColours::Kind>("kind");
        QTest::newRow("error") << StatusColours::Kind::Error;
        QTest::newRow("success") << StatusColours::Kind::Success;
        QTest::newRow("muted") << StatusColours::Kind::Muted;
    }
    void followsTheTheme()
    {
        QFETCH(StatusColours::Kind, kind);
        QWidget parent;
        auto *label = new QLabel(QStringLiteral("The name is taken."), &parent);
        StatusText::mark(label, kind);
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 StatusColours::text(kind, theme(false)));

        QApplication::setPalette(theme(true));
        QTRY_COMPARE(label->palette().color(QPalette::WindowText),
                     StatusColours::text(kind, theme(true)));
        const QColor now = label->palette().color(QPalette::WindowText);
        QVERIFY(StatusColours::contrast(now, label->palette().color(QPalette::Window)) >= 4.5);

        StatusText::clear(label);
        QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::white));
        QApplication::setPalette(theme(false));
        QTRY_COMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::black));
    }

    void markingAgainChangesTheKind()
    {
        QLabel label;
        StatusText::mark(&label, StatusColours::Kind::Error);
        StatusText::mark(&label, StatusColours::Kind::Success);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 StatusColours::text(StatusColours::Kind::Success, theme(false)));
        QCOMPARE(label.children().size(), 1); // one keeper, not two
    }

    void mainWindowBannerFollowsTheTheme()
    {
        MainWindow window(QStringLiteral("zhang.min@huadong-tech"));
        auto *banner = window.findChild<QFrame *>(QStringLiteral("signInBanner"));
        QVERIFY(banner);
        const QColor lightBackground = banner->palette().color(QPalette::Window);
        QCOMPARE(lightBackground, StatusColours::bannerBackground(theme(false)));
        QApplication::setPalette(theme(true));
        QTRY_COMPARE(banner->palette().color(QPalette::Window),
                     StatusColours::bannerBackground(theme(true)));
        QVERIFY(StatusColours::contrast(banner->palette().color(QPalette::WindowText),
                                        banner->palette().color(QPalette::Window)) >= 4.5);
    }
};

QTEST_MAIN(TestStatusText)
#include "tst_status_text.moc"
