#pragma once
// For the cold-start benchmark (bench/bench_startup.cpp): with MARKETDESK_STARTUP_PROBE set,
// prints "startup: first paint" when the main window first paints and "startup: members
// shown" when it first paints with members in the table, then quits (with
// MARKETDESK_STARTUP_PROBE=first-paint: quits at the first paint); mark() prints the stages of the
// start between. Off otherwise.
#include <QObject>
#include <QPointer>

class QWidget;

class StartupProbe : public QObject
{
    Q_OBJECT
public:
    static bool wanted();
    // Prints "startup: <stage>" when wanted: where the time before the first paint goes.
    static void mark(const char *stage);
    // Watches `window`; `hasMembers` says whether the table shows members yet.
    StartupProbe(QWidget *window, std::function<bool()> hasMembers, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    std::function<bool()> m_hasMembers;
    bool m_painted = false;
};
