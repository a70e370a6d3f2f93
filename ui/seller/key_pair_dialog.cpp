#include "ui/seller/key_pair_dialog.h"

#include "seller/private_key_file.h"
#include "seller/rsa_key.h"
#include "ui/shell/plain_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace {
constexpr int kMinimumPassphrase = 8;
}

// What the worker needs and gives back; shared so that a dialog closed mid-way cannot leave
// the worker writing into freed memory.
struct KeyPairDialog::Job
{
    int bits = RsaKey::kMinimumBits;
    QString path;
    QByteArray passphrase;
    // Running, then either Cancelled (by the dialog) or Committed (by the worker, once the file
    // is written): whichever comes first wins, so a file is never left behind a cancel.
    enum State
    {
        Running,
        Cancelled,
        Committed
    };
    std::atomic_int state{Running};
    bool cancelled() const { return state == Cancelled; }
    bool ok = false;
    QString error;
    QString publicKey;
};

KeyPairDialog::KeyPairDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Generate a key pair"));
    auto *layout = new QVBoxLayout(this);
    QLabel *intro = PlainText::label(
        tr("KooGallery encrypts each tenant's client secret with your public key; your server "
           "decrypts it with the private key. The private key is written only to the file you "
           "choose, encrypted with your passphrase. marketdesk keeps no copy and never uploads "
           "it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_bits = new QComboBox(this);
    m_bits->setObjectName(QStringLiteral("bits"));
    m_bits->addItem(tr("RSA 3072 bits"), 3072);
    m_bits->addItem(tr("RSA 4096 bits (slower to make)"), 4096);
    form->addRow(tr("&Key size:"), m_bits);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("a new file, e.g. ~/keys/seller-private.pem"));
    pathRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &KeyPairDialog::chooseFile);
    pathRow->addWidget(browse);
    // The field is in a row with its button: the label is made here so that it is the field's
    // buddy (Alt+P) and names it.
    QLabel *pathLabel = PlainText::label(tr("&Private key file:"), this);
    pathLabel->setBuddy(m_path);
    m_path->setAccessibleName(PlainText::spoken(pathLabel->text()));
    form->addRow(pathLabel, pathRow);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);
    layout->addLayout(form);

    m_problem = PlainText::label(QString(), this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *workRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Generating the key pair"));
    workRow->addWidget(m_busy, 1);
    m_generate = new QPushButton(tr("&Generate"), this);
    m_generate->setObjectName(QStringLiteral("generate"));
    connect(m_generate, &QPushButton::clicked, this, &KeyPairDialog::generate);
    workRow->addWidget(m_generate);
    m_cancel = new QPushButton(tr("Cancel generation"), this);
    m_cancel->setObjectName(QStringLiteral("cancelGeneration"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &KeyPairDialog::cancel);
    workRow->addWidget(m_cancel);
    layout->addLayout(workRow);

    const QString resultLabel = tr("Public key (Base64, as the credential form wants it):");
    layout->addWidget(PlainText::label(resultLabel, this));
    m_result = new QPlainTextEdit(this);
    m_result->setAccessibleName(PlainText::spoken(resultLabel));
    m_result->setObjectName(QStringLiteral("publicKey"));
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setMaximumHeight(m_result->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_result);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use this key"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // The label says what is wrong with the form as it is edited; after a run it says how the
    // run ended, until the form changes again.
    const auto formEdited = [this] {
        m_problem->setText(formProblem());
        updateState();
    };
    for (QLineEdit *edit : {m_path, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, formEdited);
    formEdited();
    resize(620, 440);
}

KeyPairDialog::~KeyPairDialog()
{
    // A worker still running finds the flag and writes nothing (or removes what it wrote).
    if (m_job) {
        int running = Job::Running;
        m_job->state.compare_exchange_strong(running, Job::Cancelled);
    }
}

QString KeyPairDialog::formProblem() const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return tr("Choose the file the private key is written to.");
    const QFileInfo file(path);
    if (file.exists())
        return tr("%1 exists already; a private key is never written over another file.").arg(path);
    if (!file.absoluteDir().exists())
        return tr("The folder %1 does not exist.").arg(file.absolutePath());
    if (m_passphrase->text().size() < kMinimumPassphrase)
        return tr("The passphrase needs at least %n character(s).", "", kMinimumPassphrase);
    if (m_passphrase->text() != m_repeat->text())
        return tr("The two passphrases differ.");
    return {};
}

void KeyPairDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Private key file"), m_path->text(),
                                                      tr("PEM files (*.pem);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(path);
}

void KeyPairDialog::updateState()
{
    m_generate->setEnabled(!m_working && formProblem().isEmpty());
    m_generate->setVisible(!m_working);
    m_cancel->setVisible(m_working);
    m_busy->setVisible(m_working);
    for (QWidget *w : std::initializer_list<QWidget *>{m_bits, m_path, m_passphrase, m_repeat})
        w->setEnabled(!m_working);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_working && !m_publicKey.isEmpty());
}

void KeyPairDialog::generate()
{
    if (m_working || !formProblem().isEmpty())
        return;
    auto job = std::make_shared<Job>();
    job->bits = m_bits->currentData().toInt();
    job->path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    job->passphrase = m_passphrase->text().toUtf8();
    m_job = job;
    m_working = true;
    m_publicKey.clear();
    m_result->clear();
    m_problem->setText(tr("Generating a %1-bit key pair…").arg(job->bits));
    updateState();

    QPointer<KeyPairDialog> self(this);
    QThread *worker = QThread::create([job] {
        SellerResult<RsaKey> key = RsaKey::generate(job->bits);
        if (!key) {
            job->error = key.error();
        } else if (!job->cancelled()) {
            const SellerResult<void> written =
                PrivateKeyFile::write(job->path, key.value(), job->passphrase);
            if (!written) {
                job->error = written.error();
            } else if (int running = Job::Running;
                       !job->state.compare_exchange_strong(running, Job::Committed)) {
                QFile::remove(job->path); // cancelled while writing: leave nothing
            } else {
                job->ok = true;
                job->publicKey = QString::fromLatin1(key.value().publicKeyBase64());
            }
        }
        job->passphrase.fill('\0');
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [self, job] {
        if (!self)
            return;
        --self->m_runningWorkers;
        self->onDone(job);
    });
    ++m_runningWorkers;
    worker->start();
}

void KeyPairDialog::cancel()
{
    if (!m_job)
        return;
    int running = Job::Running;
    if (!m_job->state.compare_exchange_strong(running, Job::Cancelled))
        return; // too late: the key is written, and onDone() shows it
    m_job.reset();
    m_working = false;
    m_problem->setText(tr("Cancelled; no file was written."));
    updateState();
    Q_EMIT finished(false, QString());
}

void KeyPairDialog::onDone(const std::shared_ptr<Job> &job)
{
    if (job != m_job) // a cancelled run
        return;
    m_job.reset();
    m_working = false;
    if (job->ok) {
        m_publicKey = job->publicKey;
        m_result->setPlainText(m_publicKey);
        m_problem->setText(tr("The private key was written to %1. Keep the file and its "
                              "passphrase safe: marketdesk cannot recover them.")
                               .arg(job->path));
    } else {
        m_problem->setText(tr("No key pair was made: %1").arg(job->error));
    }
    updateState();
    Q_EMIT finished(job->ok, job->error);
}
