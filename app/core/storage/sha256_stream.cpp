#include "storage/sha256_stream.h"

#include <openssl/evp.h>

struct Sha256Stream::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
};

Sha256Stream::Sha256Stream()
    : m_context(std::make_unique<Context>())
{
    // Failing here means OpenSSL could not allocate or has no SHA-256: nothing to go on with.
    if (!m_context->md || EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL could not start a SHA-256 digest");
}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::addData(QByteArrayView data)
{
    Q_ASSERT(m_result.isEmpty());
    // SHA-256 over memory has no failure of its own; one here is OpenSSL broken, and a wrong
    // digest would read as a tampered export, so it is not gone on from.
    if (!data.isEmpty() && EVP_DigestUpdate(m_context->md, data.data(), size_t(data.size())) != 1)
        qFatal("OpenSSL could not hash with SHA-256");
}

QByteArray Sha256Stream::result()
{
    if (m_result.isEmpty()) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (EVP_DigestFinal_ex(m_context->md, digest, &length) != 1 || length != 32)
            qFatal("OpenSSL could not finish a SHA-256 digest");
        m_result = QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }
    return m_result;
}
