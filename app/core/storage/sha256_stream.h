#pragma once
// SHA-256 over a stream of blocks, through OpenSSL. An audit export hashes its whole CSV (about
// 130 MB for a million rows) and `audit verify` hashes it again; QCryptographicHash's portable
// SHA-256 took about 0.6 s of that, OpenSSL's (SHA extensions where the CPU has them) about 0.1 s.
#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream &) = delete;
    Sha256Stream &operator=(const Sha256Stream &) = delete;

    void addData(QByteArrayView data);
    // The 32-byte digest of everything added; the stream is finished after this.
    QByteArray result();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    QByteArray m_result;
};
