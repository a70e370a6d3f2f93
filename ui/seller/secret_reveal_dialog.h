#pragma once
// Shows a secret the server returns once — an access key's secret, a credential's client
// secret, a test account's password — and never again: the dialog is the only place it
// appears. The secret is masked until the user asks to see it, can be copied (the clipboard is
// cleared 30 s later by ClipboardGuard), and closing asks for confirmation until it was copied
// or shown, because a lost secret means creating a new one. Nothing here writes it anywhere.
#include <QDialog>

class ClipboardGuard;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

class SecretRevealDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` names the secret ("Secret of access key basic-1"); `hint` says where it goes.
    SecretRevealDialog(const QString &what, const QString &secret, const QString &hint,
                       QWidget *parent = nullptr, ClipboardGuard *guard = nullptr);
    ~SecretRevealDialog() override;

    bool wasCopied() const { return m_copied; }
    bool wasShown() const { return m_shown; }

public Q_SLOTS:
    void copy();
    void toggleShown();
    void done(int result) override;

protected:
    // Ctrl+C on the shown secret goes through the guard as well.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCountdown();

    ClipboardGuard *m_guard;
    QLineEdit *m_field;
    QPushButton *m_show;
    QPushButton *m_copy;
    QLabel *m_revealed;
    QLabel *m_countdown;
    QTimer *m_tick;
    bool m_copied = false;
    bool m_shown = false;
};
