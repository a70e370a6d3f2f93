// StatusColours in a program without a GUI (the models made by the CLI's exports or a
// QCoreApplication test): the palette it falls back on is a light one, so errors are the
// light theme's dark red and not the pale one meant for a dark window (QPalette() there is a
// black window with white text).
#include "resources/status_colours.h"

#include <QTest>

class TestStatusColoursGuiless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fallbackIsLight()
    {
        const QPalette p = StatusColours::applicationPalette();
        QVERIFY(!StatusColours::isDark(p));
        const QColor error = StatusColours::text(StatusColours::Kind::Error, p);
        QCOMPARE(error, QColor(0xc6, 0x28, 0x28));
        QVERIFY(StatusColours::contrast(error, Qt::white) >= 4.5);
    }
};

QTEST_GUILESS_MAIN(TestStatusColoursGuiless)
#include "tst_status_colours_guiless.moc"
