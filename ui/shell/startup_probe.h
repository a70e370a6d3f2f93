#pragma once
// For the cold-start benchmark (bench/bench_startup.cpp): with MARKETDESK_STARTUP_PROBE set,
// prints "startup: first paint" when the main window first paints and "startup: members
// shown" when it first paints with members in the table, then quits (with
// MARKETDESK_STARTUP_PROBE=first-paint: quits at the first paint; =stay: does not quit); mark()
// prints the stages of the start between. Off otherwise.
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

class StartupProbe : public QObject
{
    Q_OBJECT
public:
    static bool wanted();
    // Prints "startup: <stage>" when wanted: where the time before the first paint goes.
    static void mark(const char *stage);
    // MARKETDESK_STARTUP_PROBE=first-paint: the program quits at its first paint.
    static bool quitsAtFirstPaint();
    // Watches `window`; `hasMembers` says whether the table shows members yet. `painted`: the
    // window has painted already (the program's early window), so only members are awaited.
    StartupProbe(QWidget *window, std::function<bool()> hasMembers, bool painted,
                 QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    std::function<bool()> m_hasMembers;
    bool m_painted = false;
};
