#pragma once
// The credential form's RSA public key (protocol reference §8): a paste box that says at once
// whether what is in it will be accepted — parses, RSA, at least 3072 bits, not a private key —
// and why not, beside the field. PEM is accepted and turned into the bare Base64 KooGallery
// wants; a private key pasted by mistake is named as such and never echoed. Keys can also be
// loaded from a file or made with KeyPairDialog.
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

class PublicKeyField : public QWidget
{
    Q_OBJECT
public:
    explicit PublicKeyField(QWidget *parent = nullptr);

    // What was pasted, as typed.
    QString text() const;
    void setText(const QString &text);
    // The key in KooGallery's form when valid, else empty.
    QString normalizedKey() const { return m_normalized; }
    bool isValid() const { return !m_normalized.isEmpty(); }
    // Why the key is not accepted ("" when valid or empty and optional).
    QString problem() const { return m_problem; }
    // A refusal from the server about this field, shown until the text changes.
    void setServerError(const QString &message);

public Q_SLOTS:
    void check();
    void loadFromFile();
    void generatePair();

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void show(const QString &message, bool error);

    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QTimer *m_debounce;
    QString m_normalized;
    QString m_problem;
};
