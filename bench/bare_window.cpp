// The cold-start baseline: a bare QMainWindow started the way marketdesk is (same platform,
// same Qt), printing when it first paints, then quitting. With --chrome it shows what the
// console's shell shows before its first page (menus, a tool bar, a navigation list, status
// bar text): the same window with text, whose fonts the bare one never loads. With --text it
// shows one line of status bar text and nothing else: the least a window with any text pays.
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <cstdio>

namespace {
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("startup: first paint\n");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    std::printf("startup: main\n");
    std::fflush(stdout);
    QApplication app(argc, argv);
    std::printf("startup: application\n");
    std::fflush(stdout);
    FirstPaint probe;
    app.installEventFilter(&probe);
    QMainWindow window;
    if (app.arguments().contains(QStringLiteral("--chrome"))) {
        for (const char *title : {"&File", "&View", "&Account", "&Help"})
            window.menuBar()
                ->addMenu(QString::fromLatin1(title))
                ->addAction(QStringLiteral("Quit"));
        window.addToolBar(QStringLiteral("Main"));
        auto *central = new QWidget;
        auto *layout = new QHBoxLayout(central);
        auto *navigation = new QListWidget;
        navigation->setFixedWidth(140);
        layout->addWidget(navigation);
        layout->addWidget(new QStackedWidget, 1);
        window.setCentralWidget(central);
        window.statusBar()->addPermanentWidget(
            new QLabel(QStringLiteral("Zhang Min · Huadong Tech · administrator")));
        window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("● Online")));
        window.statusBar()->showMessage(QStringLiteral("Opening demo…"));
    }
    if (app.arguments().contains(QStringLiteral("--text")))
        window.statusBar()->showMessage(QStringLiteral("Opening demo…"));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
