#pragma once
// Makes the RSA key pair of an application credential (protocol reference §3.6, §8): the
// private half is written only to the file the user names, encrypted under their passphrase
// (PKCS#8, PrivateKeyFile), never uploaded and never kept by marketdesk; the public half comes
// back in the form the credential page wants (bare Base64). Generating takes up to seconds, so
// it runs on a worker thread with a busy bar and Cancel; a cancelled run leaves no file.
#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

class KeyPairDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyPairDialog(QWidget *parent = nullptr);
    ~KeyPairDialog() override;

    // The new public key (bare Base64), once generated.
    QString publicKey() const { return m_publicKey; }
    bool isWorking() const { return m_working; }
    // Worker threads still running, a cancelled one included (it writes nothing).
    int runningWorkers() const { return m_runningWorkers; }
    // The first thing wrong with the form, or empty.
    QString formProblem() const;

public Q_SLOTS:
    void generate();
    void cancel();

Q_SIGNALS:
    // Generation ended: the public key, or why not (`error`; empty with `cancelled`).
    void finished(bool ok, const QString &error);

private:
    struct Job;
    void chooseFile();
    void updateState();
    void onDone(const std::shared_ptr<Job> &job);

    QComboBox *m_bits;
    QLineEdit *m_path;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QProgressBar *m_busy;
    QPlainTextEdit *m_result;
    QPushButton *m_generate;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<Job> m_job;
    QString m_publicKey;
    bool m_working = false;
    int m_runningWorkers = 0;
};
