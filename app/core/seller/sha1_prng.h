#pragma once
// Java's "SHA1PRNG" (Sun provider) seeded once, which Huawei's V1 samples use to turn an
// accessKey into an AES key (protocol reference §3.3): KeyGenerator("AES").init(bits,
// SecureRandom("SHA1PRNG") seeded with accessKey.getBytes()). Deterministic by design; this
// is key derivation for interoperability, not a random generator. Written from the
// reference's description, checked against its OpenJDK vectors.
#include <QByteArray>

class Sha1Prng
{
public:
    // setSeed() on a fresh instance: state = SHA1(seed).
    explicit Sha1Prng(QByteArrayView seed);

    // nextBytes(): each block is SHA1(state), then state = state + block + 1 with Java's
    // signed-byte carry. Bytes left over from a block serve the next call first, as in Java.
    QByteArray nextBytes(int count);

private:
    void step();

    QByteArray m_state;     // 20 bytes
    QByteArray m_remainder; // unread tail of the last block
};
