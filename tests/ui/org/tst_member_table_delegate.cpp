// The member table's delegate paints what QStyledItemDelegate painted there, by pixels on an
// offscreen view: the text in the palette's colour, a disabled member's in the model's grey, a
// selected row in the highlight colours, and a text too long for its column cut with an
// ellipsis rather than at the column's edge.
#include "ui/org/member_table_delegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {

// The darkest pixel of `rect` in `image`, by lightness: the core of a glyph's stem, which
// anti-aliasing leaves at the pen's colour.
QColor darkest(const QImage &image, const QRect &rect)
{
    QColor best = Qt::white;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.lightness() < best.lightness())
                best = c;
        }
    return best;
}

// The lightest pixel: the text's on a selected (dark) row.
QColor lightest(const QImage &image, const QRect &rect)
{
    QColor best = Qt::black;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.lightness() > best.lightness())
                best = c;
        }
    return best;
}

bool near(const QColor &a, const QColor &b, int tolerance = 48)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestMemberTableDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paints_data();
    void paints();
    void longTextEndsWithAnEllipsis();
};

void TestMemberTableDelegate::paints_data()
{
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<bool>("selected");
    QTest::newRow("enabled member") << false << false;
    QTest::newRow("disabled member") << true << false;
    QTest::newRow("selected member") << false << true;
    QTest::newRow("selected disabled member") << true << true;
}

void TestMemberTableDelegate::paints()
{
    QFETCH(bool, disabled);
    QFETCH(bool, selected);
    QStandardItemModel model(1, 1);
    auto *item = new QStandardItem(QStringLiteral("WWWW 张敏 MMMM"));
    const QColor grey(0x90, 0x90, 0x90);
    if (disabled)
        item->setForeground(grey);
    model.setItem(0, 0, item);
    QTableView view;
    view.setItemDelegate(new MemberTableDelegate(&view));
    view.setModel(&model);
    view.setColumnWidth(0, 300);
    view.resize(400, 120);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (selected)
        view.selectRow(0);
    view.clearFocus(); // no focus frame in the way of the colours
    const QImage image = view.viewport()->grab().toImage();
    const QRect cell = view.visualRect(model.index(0, 0));
    const QPalette palette = view.palette();
    const QColor background = image.pixelColor(cell.right() - 2, cell.center().y());
    const QColor ink = darkest(image, cell.adjusted(3, 2, -3, -2));
    if (selected) {
        const bool highlighted =
            near(background, palette.color(QPalette::Active, QPalette::Highlight), 8) ||
            near(background, palette.color(QPalette::Inactive, QPalette::Highlight), 8);
        QVERIFY2(highlighted, qPrintable(background.name()));
        // The highlighted text's colour, whatever the model says (grey for a disabled member).
        const QColor text = lightest(image, cell.adjusted(3, 2, -3, -2));
        QVERIFY2(
            near(text, palette.color(QPalette::HighlightedText)),
            qPrintable(text.name() + u" vs " + palette.color(QPalette::HighlightedText).name()));
    } else {
        QVERIFY2(near(background, palette.color(QPalette::Base), 8), qPrintable(background.name()));
        const QColor expected = disabled ? grey : palette.color(QPalette::Text);
        QVERIFY2(near(ink, expected), qPrintable(ink.name() + u" vs " + expected.name()));
    }
}

void TestMemberTableDelegate::longTextEndsWithAnEllipsis()
{
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(QString(200, u'W')));
    QTableView view;
    view.setItemDelegate(new MemberTableDelegate(&view));
    view.setModel(&model);
    view.horizontalHeader()->setStretchLastSection(false);
    view.setColumnWidth(0, 120);
    view.resize(300, 120);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.clearFocus();
    const QImage image = view.viewport()->grab().toImage();
    const QRect cell = view.visualRect(model.index(0, 0));
    const QColor base = view.palette().color(QPalette::Base);
    // The rightmost column of the cell that holds ink, and whether ink reaches above the
    // line's middle in the last ellipsis' width before it: a W does, the dots of "…" do not.
    const int middle = cell.center().y() - 1;
    int lastInk = -1;
    for (int x = cell.right() - 1; x > cell.left() && lastInk < 0; --x)
        for (int y = cell.top() + 1; y < cell.bottom(); ++y)
            if (!near(image.pixelColor(x, y), base, 60)) {
                lastInk = x;
                break;
            }
    QVERIFY2(lastInk > cell.left(), "no text painted");
    const int dots = view.fontMetrics().horizontalAdvance(QStringLiteral("\u2026")) - 2;
    bool high = false;
    for (int x = lastInk - dots; x <= lastInk; ++x)
        for (int y = cell.top() + 1; y < middle; ++y)
            high = high || !near(image.pixelColor(x, y), base, 60);
    QVERIFY2(!high, "the text runs to the column's edge instead of ending with an ellipsis");
}

QTEST_MAIN(TestMemberTableDelegate)
#include "tst_member_table_delegate.moc"
