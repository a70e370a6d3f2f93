#pragma once
// Puts a secret on the clipboard for a short while. KooGallery shows an access key's or a
// credential's secret once; a seller copies it into their own server's configuration, and a
// secret left on the clipboard would later be pasted into a chat or a ticket by accident. So
// the guard clears the clipboard after a delay (30 s by default) — but only if it still holds
// the secret: whatever the user copied since is theirs and stays. Quitting clears it too.
// It keeps no copy of the secret, only a hash to recognise it.
#include <QByteArray>
#include <QObject>
#include <QTimer>

class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultClearMs = 30'000;

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // The guard of the running application (parented to it, made on first use).
    static ClipboardGuard *instance();

    void setClearAfter(int ms) { m_clearAfterMs = ms; }
    int clearAfter() const { return m_clearAfterMs; }

    // Copies `secret` and starts the countdown (a second copy restarts it).
    void copySecret(const QString &secret);
    // Clears now if the clipboard still holds the last secret copied.
    void clearIfOurs();
    bool holdsSecret() const { return !m_digest.isEmpty(); }
    // Milliseconds until the clipboard is cleared, or -1 when no secret is held.
    int remainingMs() const;

Q_SIGNALS:
    void secretCopied();
    // The secret left the clipboard: cleared by the guard (`cleared`) or replaced by the user.
    void secretGone(bool cleared);

private:
    static QByteArray digestOf(const QString &text);

    QTimer m_timer;
    QByteArray m_digest;
    int m_clearAfterMs = kDefaultClearMs;
};
