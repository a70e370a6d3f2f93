// Loading the member model from the cache and showing it, and one search keystroke, against
// QStandardItemModel + QSortFilterProxyModel holding the same data.
#include "bench_common.h"
#include "models/org/member_table_model.h"
#include "org/cache.h"
#include "ui/org/member_table_delegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

namespace Bench {

namespace {
// Both views are set up as the console's member table is (ui/org/org_page.cpp): rows of one
// fixed height, no row numbers.
void configureLikeTheConsole(QTableView &view)
{
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.horizontalHeader()->setStretchLastSection(true);
}

// Set up as the console's, shown, and painted once; ours with the console's delegate (OrgPage).
void showLikeTheConsole(QTableView &view, QAbstractItemModel *model, bool ours)
{
    configureLikeTheConsole(view);
    view.setModel(model);
    if (ours)
        view.setItemDelegate(new MemberTableDelegate(&view));
    view.resize(1000, 700);
    view.show();
    QApplication::processEvents();
}

// The baseline's items: the snapshot's rows copied into QStandardItemModel, as a console built
// on it would hold them.
QStandardItemModel *baselineItems(const OrgSnapshot &base)
{
    const int n = base.memberCount();
    auto *items = new QStandardItemModel(0, 7);
    items->setRowCount(n);
    for (int i = 0; i < n; ++i) {
        const int d = base.memberDepartment(i);
        items->setItem(i, 0, new QStandardItem(base.text(i, OrgSnapshot::Name)));
        items->setItem(i, 1, new QStandardItem(base.text(i, OrgSnapshot::UserName)));
        items->setItem(i, 2, new QStandardItem(d >= 0 ? base.department(d).orgName : QString()));
        items->setItem(i, 3,
                       new QStandardItem(base.memberAdmin(i) ? QStringLiteral("Administrator")
                                                             : QStringLiteral("Member")));
        items->setItem(i, 4,
                       new QStandardItem(base.memberEnabled(i) ? QStringLiteral("Enabled")
                                                               : QStringLiteral("Disabled")));
        items->setItem(i, 5, new QStandardItem(base.text(i, OrgSnapshot::Email)));
        items->setItem(i, 6, new QStandardItem(base.text(i, OrgSnapshot::Mobile)));
    }
    return items;
}

// One load of ours, timed and thrown away: the snapshot read, the model filled, the view shown.
double timeOursOnce(const Cache &cache)
{
    QString error;
    QElapsedTimer t;
    t.start();
    auto snapshot = cache.loadSnapshot(&error);
    MemberTableModel model;
    model.setSnapshot(snapshot);
    QTableView view;
    showLikeTheConsole(view, &model, true);
    return t.nsecsElapsed() / 1e6;
}

// The same for the baseline.
double timeBaselineOnce(const Cache &cache)
{
    QString error;
    QElapsedTimer t;
    t.start();
    std::unique_ptr<QStandardItemModel> items(baselineItems(*cache.loadSnapshot(&error)));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(items.get());
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    QTableView view;
    showLikeTheConsole(view, &proxy, false);
    const double ms = t.nsecsElapsed() / 1e6;
    view.setModel(nullptr);
    return ms;
}
} // namespace

void modelAndSearch(const QString &cachePath)
{
    heading("member model: load from the cache and show (100,000 members)");
    QString error;
    auto cache = Cache::open(cachePath, &error);
    if (!cache) {
        line(QStringLiteral("cannot open the cache: ") + error);
        return;
    }
    // Ours: snapshot from SQLite (forward-only) + model + view shown.
    const qint64 heap0 = heapBytes();
    QElapsedTimer t;
    t.start();
    auto snapshot = cache->loadSnapshot(&error);
    const double loadMs = t.nsecsElapsed() / 1e6;
    const qint64 snapshotBytes = heapBytes() - heap0;
    auto *model = new MemberTableModel;
    model->setSnapshot(snapshot);
    const qint64 modelBytes = heapBytes() - heap0 - snapshotBytes;
    QTableView view;
    showLikeTheConsole(view, model, true);
    const double oursMs = t.nsecsElapsed() / 1e6;
    const qint64 oursBytes = heapBytes() - heap0;
    const int n = snapshot->memberCount();

    // Baseline: the same rows read the same way into QStandardItemModel + proxy, shown.
    const qint64 heap1 = heapBytes();
    t.restart();
    // same read cost, then copied into items; the baseline keeps only its items
    auto *items = baselineItems(*cache->loadSnapshot(&error));
    auto *proxy = new QSortFilterProxyModel;
    proxy->setSourceModel(items);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    QTableView baseView;
    showLikeTheConsole(baseView, proxy, false);
    const double baseKeptMs = t.nsecsElapsed() / 1e6;
    const qint64 baseBytes = heapBytes() - heap1;
    // Two more rounds, alternating, timed and thrown away: a single load swung 1.3-3.2x from one
    // run to the next on a machine new to its memory (2026-12-03). The kept round above goes
    // first, so that its bytes count what the first view shown in a process allocates (style,
    // fonts), as before; its time carries that too, the median of three does not.
    std::vector<double> oursRuns{oursMs}, baseRuns{baseKeptMs};
    for (int round = 0; round < 2; ++round) {
        oursRuns.push_back(timeOursOnce(*cache));
        baseRuns.push_back(timeBaselineOnce(*cache));
    }
    const double oursMedian = median(oursRuns), baseMs = median(baseRuns);
    auto runs = [](const std::vector<double> &v) {
        QStringList out;
        for (double ms : v)
            out << QString::number(ms, 'f', 1);
        return out.join(QStringLiteral(", "));
    };

    // Bytes: live heap held after loading and showing (mallinfo2), divided by the members.
    line(QStringLiteral("marketdesk: median %1 ms (%2; the first: SQLite read %3 ms), %4 "
                        "bytes/member")
             .arg(oursMedian, 0, 'f', 1)
             .arg(runs(oursRuns))
             .arg(loadMs, 0, 'f', 1)
             .arg(double(oursBytes) / n, 0, 'f', 0));
    // The view's share is mostly fixed (its window's backing store, fonts): a few MB at any size.
    line(QStringLiteral(
             "  of which: snapshot %1 (its own count), SQLite and the rest of the load %2, "
             "model %3, view shown %4 bytes/member")
             .arg(double(snapshot->memoryBytes()) / n, 0, 'f', 0)
             .arg(double(snapshotBytes - qint64(snapshot->memoryBytes())) / n, 0, 'f', 0)
             .arg(double(modelBytes) / n, 0, 'f', 0)
             .arg(double(oursBytes - snapshotBytes - modelBytes) / n, 0, 'f', 0));
    line(QStringLiteral("QStandardItemModel + QSortFilterProxyModel: median %1 ms (%2), %3 "
                        "bytes/member")
             .arg(baseMs, 0, 'f', 1)
             .arg(runs(baseRuns))
             .arg(double(baseBytes) / n, 0, 'f', 0));
    line(QStringLiteral(
             "ratio: %1x faster, %2x smaller (targets: >= 3x faster, <= 200 bytes/member)")
             .arg(baseMs / oursMedian, 0, 'f', 2)
             .arg(double(baseBytes) / std::max<qint64>(oursBytes, 1), 0, 'f', 2));

    heading("one search keystroke over 100,000 members (typing \"wang.l\", \"13\", \"chen\", …)");
    const QStringList keystrokes{
        QStringLiteral("w"),        QStringLiteral("wa"),    QStringLiteral("wan"),
        QStringLiteral("wang"),     QStringLiteral("wang."), QStringLiteral("wang.l"),
        QStringLiteral("1"),        QStringLiteral("13"),    QStringLiteral("138"),
        QStringLiteral("c"),        QStringLiteral("ch"),    QStringLiteral("che"),
        QStringLiteral("chen"),     QStringLiteral("王"),    QStringLiteral("王芳"),
        QStringLiteral("E"),        QStringLiteral("Em"),    QStringLiteral("Emily"),
        QStringLiteral("@example"), QStringLiteral("zzz")};
    // Each side types its keystrokes in turn, not one each alternately: a keystroke of ours
    // right after the baseline's (hundreds of ms over 700,000 items) met caches the baseline
    // had just emptied, which a person typing never does (session 11: 13.8 ms alternating
    // against 8.7 ms in turn, same build).
    std::vector<double> ours, oursFilter, theirs;
    for (int round = 0; round < 2; ++round) {
        for (const QString &k : keystrokes) {
            t.restart();
            model->setSearchText(k);
            oursFilter.push_back(t.nsecsElapsed() / 1e6);
            QApplication::processEvents();
            ours.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    for (int round = 0; round < 2; ++round) {
        for (const QString &k : keystrokes) {
            t.restart();
            proxy->setFilterFixedString(k);
            QApplication::processEvents();
            theirs.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    line(QStringLiteral("marketdesk: median %1 ms, worst %2 ms, repaint included (filtering alone: "
                        "median %3 ms, worst %4 ms)")
             .arg(median(ours), 0, 'f', 2)
             .arg(*std::max_element(ours.begin(), ours.end()), 0, 'f', 2)
             .arg(median(oursFilter), 0, 'f', 2)
             .arg(*std::max_element(oursFilter.begin(), oursFilter.end()), 0, 'f', 2));
    line(QStringLiteral("QSortFilterProxyModel: median %1 ms, worst %2 ms, repaint included")
             .arg(median(theirs), 0, 'f', 2)
             .arg(*std::max_element(theirs.begin(), theirs.end()), 0, 'f', 2));
    line(QStringLiteral("ratio: %1x faster at the median (targets: median <= 8 ms, worst <= 16 ms)")
             .arg(median(theirs) / median(ours), 0, 'f', 2));

    heading("sort 100,000 members by name in pinyin order (click on the Name header)");
    model->setSearchText({});
    proxy->setFilterFixedString({});
    QApplication::processEvents();
    // The ranks are computed once per snapshot (the service does it on its thread right after
    // loading); a fresh snapshot shows that first cost here, then a second sort without it.
    auto fresh = cache->loadSnapshot(&error);
    model->setSnapshot(fresh);
    t.restart();
    fresh->nameRanks();
    const double ranksMs = t.nsecsElapsed() / 1e6;
    t.restart();
    model->sort(MemberTableModel::NameColumn, Qt::AscendingOrder);
    QApplication::processEvents();
    const double sortMs = t.nsecsElapsed() / 1e6;
    t.restart();
    model->sort(MemberTableModel::NameColumn, Qt::DescendingOrder);
    QApplication::processEvents();
    const double resortMs = t.nsecsElapsed() / 1e6;
    proxy->setSortLocaleAware(true); // QCollator-based compare, the same pinyin order
    t.restart();
    proxy->sort(0, Qt::AscendingOrder);
    QApplication::processEvents();
    const double proxyMs = t.nsecsElapsed() / 1e6;
    line(QStringLiteral("marketdesk: ranks %1 ms once per snapshot (service thread), then "
                        "sort %2 ms, reverse %3 ms, repaint included")
             .arg(ranksMs, 0, 'f', 1)
             .arg(sortMs, 0, 'f', 1)
             .arg(resortMs, 0, 'f', 1));
    line(QStringLiteral("QSortFilterProxyModel, locale-aware: %1 ms").arg(proxyMs, 0, 'f', 1));
    line(QStringLiteral("ratio: %1x faster on the UI thread (%2x counting the ranks)")
             .arg(proxyMs / sortMs, 0, 'f', 2)
             .arg(proxyMs / (sortMs + ranksMs), 0, 'f', 2));

    view.setModel(nullptr);
    baseView.setModel(nullptr);
    delete proxy;
    delete items;
    delete model;
}

} // namespace Bench
