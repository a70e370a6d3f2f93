// The cold-start baseline: a bare QMainWindow started the way marketdesk is (same platform,
// same Qt), printing when it first paints, then quitting.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

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
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
