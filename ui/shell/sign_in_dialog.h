#pragma once
// Shown while a sign-in waits for the browser: what is happening, the address (to copy into
// another browser), "open the browser again" and Cancel. It opens the system browser itself
// when given the address, unless told that something else plays the browser (the demo).
#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const QString &what, QWidget *parent = nullptr);

    void setOpensBrowser(bool opens) { m_opensBrowser = opens; }
    void setStatus(const QString &text);
    void setUrl(const QUrl &url);
    // Shows the failure and turns Cancel into Close.
    void showFailure(const QString &message);
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();

private:
    QLabel *m_status;
    QLineEdit *m_address;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QUrl m_url;
    bool m_opensBrowser = true;
    bool m_failed = false;
};
