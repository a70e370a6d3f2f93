// StatusColours: every colour that carries a meaning reads in light and dark themes (WCAG AA,
// 4.5:1), including themes whose backgrounds are neither white nor near-black; the fixed colours
// the console used before (#c62828 on a dark base: 2.6:1) would not.
#include "resources/status_colours.h"

#include <QGuiApplication>
#include <QTest>

using StatusColours::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

QPalette make(const QColor &text, const QColor &base, const QColor &window)
{
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Text, text);
        p.setColor(g, QPalette::WindowText, text);
        p.setColor(g, QPalette::Base, base);
        p.setColor(g, QPalette::Window, window);
    }
    return p;
}

void addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light (Fusion)")
        << make(Qt::black, Qt::white, QColor(0xef, 0xef, 0xef)) << false;
    QTest::newRow("dark (Fusion dark)")
        << make(Qt::white, QColor(0x2a, 0x2a, 0x2a), QColor(0x35, 0x35, 0x35)) << true;
    QTest::newRow("Breeze dark") << make(QColor(0xfc, 0xfc, 0xfc), QColor(0x1b, 0x1e, 0x20),
                                         QColor(0x2a, 0x2e, 0x32))
                                 << true;
    QTest::newRow("Adwaita dark") << make(Qt::white, QColor(0x2d, 0x2d, 0x2d),
                                          QColor(0x24, 0x24, 0x24))
                                  << true;
    QTest::newRow("mid grey") << make(Qt::black, QColor(0xb0, 0xb0, 0xb0), QColor(0xa0, 0xa0, 0xa0))
                              << false;
    QTest::newRow("high contrast") << make(Qt::white, Qt::black, Qt::black) << true;
    QTest::newRow("solarized light")
        << make(QColor(0x58, 0x6e, 0x75), QColor(0xfd, 0xf6, 0xe3), QColor(0xee, 0xe8, 0xd5))
        << false;
}

} // namespace

class TestStatusColours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastIsWcag_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
        QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
        QTest::newRow("old error on dark")
            << QColor(0xc6, 0x28, 0x28) << QColor(0x2a, 0x2a, 0x2a) << 2.6;
    }
    void contrastIsWcag()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY2(qAbs(StatusColours::contrast(a, b) - ratio) < 0.06,
                 qPrintable(QString::number(StatusColours::contrast(a, b))));
        QCOMPARE(StatusColours::contrast(a, b), StatusColours::contrast(b, a));
    }

    void textReadsOnBaseAndWindow_data() { addPalettes(); }
    void textReadsOnBaseAndWindow()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(StatusColours::isDark(palette), dark);
        const QColor base = palette.color(QPalette::Base);
        const QColor window = palette.color(QPalette::Window);
        for (Kind kind : {Kind::Error, Kind::Warning, Kind::Success, Kind::Muted}) {
            const QColor c = StatusColours::text(kind, palette);
            const QString what = QStringLiteral("kind %1: %2 on base %3 (%4:1), window %5 (%6:1)")
                                     .arg(int(kind))
                                     .arg(c.name(), base.name())
                                     .arg(StatusColours::contrast(c, base), 0, 'f', 2)
                                     .arg(window.name())
                                     .arg(StatusColours::contrast(c, window), 0, 'f', 2);
            QVERIFY2(StatusColours::contrast(c, base) >= 4.5, qPrintable(what));
            QVERIFY2(StatusColours::contrast(c, window) >= 4.5, qPrintable(what));
            const QPalette labelled = StatusColours::withText(palette, kind);
            QCOMPARE(labelled.color(QPalette::WindowText), c);
            QCOMPARE(labelled.color(QPalette::Text), c);
        }
        // The meanings stay apart: an error is not drawn in the colour of success.
        QVERIFY(StatusColours::text(Kind::Error, palette) !=
                StatusColours::text(Kind::Success, palette));
    }

    void tintsKeepTheTextReadable_data() { addPalettes(); }
    void tintsKeepTheTextReadable()
    {
        QFETCH(QPalette, palette);
        const QColor ink = palette.color(QPalette::Text);
        for (Kind kind : {Kind::Error, Kind::Warning, Kind::Success, Kind::Muted}) {
            for (double strength : {1.0, 0.5}) {
                const QColor t = StatusColours::tint(kind, palette, strength);
                QVERIFY2(StatusColours::contrast(ink, t) >= 4.5,
                         qPrintable(QStringLiteral("kind %1 at %2: %3 on %4")
                                        .arg(int(kind))
                                        .arg(strength)
                                        .arg(ink.name(), t.name())));
                QVERIFY2(t != palette.color(QPalette::Base), "a tint that does not show");
            }
        }
        QVERIFY(StatusColours::tint(Kind::Error, palette) !=
                StatusColours::tint(Kind::Error, palette, 0.5));
    }

    void bannerReads_data() { addPalettes(); }
    void bannerReads()
    {
        QFETCH(QPalette, palette);
        QVERIFY(StatusColours::contrast(StatusColours::bannerText(palette),
                                        StatusColours::bannerBackground(palette)) >= 4.5);
        // In a dark theme the banner is not a light block in a dark window.
        QCOMPARE(StatusColours::isDark(palette),
                 StatusColours::contrast(StatusColours::bannerBackground(palette), Qt::black) <
                     4.5);
    }
};

QTEST_MAIN(TestStatusColours)
#include "tst_status_colours.moc"
