#include "seller/sha1_prng.h"

#include <QCryptographicHash>

Sha1Prng::Sha1Prng(QByteArrayView seed)
    : m_state(QCryptographicHash::hash(seed, QCryptographicHash::Sha1))
{
}

void Sha1Prng::step()
{
    const QByteArray block = QCryptographicHash::hash(m_state, QCryptographicHash::Sha1);
    // state + block + 1, byte by byte from index 0 with each byte read as signed (-128..127)
    // and an arithmetic carry that can be -1, 0 or 1: this is not an unsigned big-integer
    // add, and a port that makes it one derives the wrong key for some accessKeys.
    int carry = 1;
    bool changed = false;
    for (int i = 0; i < m_state.size(); ++i) {
        const int sum = int(qint8(m_state[i])) + int(qint8(block[i])) + carry;
        const char next = char(sum & 0xff);
        changed |= m_state[i] != next;
        m_state[i] = next;
        carry = sum >> 8; // arithmetic shift: -1 for a negative sum
    }
    if (!changed)
        m_state[0] = char(m_state[0] + 1);
    m_remainder = block;
}

QByteArray Sha1Prng::nextBytes(int count)
{
    QByteArray out;
    out.reserve(count);
    while (out.size() < count) {
        if (m_remainder.isEmpty())
            step();
        const qsizetype take = qMin<qsizetype>(count - out.size(), m_remainder.size());
        out.append(m_remainder.first(take));
        m_remainder.remove(0, take);
    }
    return out;
}
