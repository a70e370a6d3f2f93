#include "seller/json_tree.h"

#include <QSet>

#include <charconv>

namespace {

constexpr int kMaxDepth = 256;

// Offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates and code
// points above U+10FFFF included), or -1. Checked once up front so that strings can be
// decoded without a second look.
qsizetype invalidUtf8At(QByteArrayView s)
{
    const auto *u = reinterpret_cast<const unsigned char *>(s.data());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned c = u[i];
        int more = 0;
        unsigned min = 0, cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            more = 1, min = 0x80, cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            more = 2, min = 0x800, cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            more = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n || (u[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (u[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += more + 1;
    }
    return -1;
}

class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_s(text)
    {
    }

    SellerResult<JsonNode> document()
    {
        if (const qsizetype bad = invalidUtf8At(m_s); bad >= 0) {
            failAt(bad, JsonTree::tr("invalid UTF-8"));
            return SellerError{m_error};
        }
        JsonNode root;
        skipSpace();
        if (!value(root, 0))
            return SellerError{m_error};
        skipSpace();
        if (!atEnd()) {
            fail(JsonTree::tr("unexpected text after the JSON value"));
            return SellerError{m_error};
        }
        return root;
    }

private:
    bool failAt(qsizetype at, const QString &what)
    {
        m_error = JsonTree::tr("JSON error at byte %1: %2").arg(at).arg(what);
        return false;
    }
    bool fail(const QString &what) { return failAt(m_i, what); }
    char peek() const { return m_i < m_s.size() ? m_s[m_i] : '\0'; }
    bool atEnd() const { return m_i >= m_s.size(); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_i;
    }
    bool literal(const char *word)
    {
        const QByteArrayView w(word);
        if (m_s.sliced(m_i).startsWith(w)) {
            m_i += w.size();
            return true;
        }
        return fail(JsonTree::tr("expected a value"));
    }

    bool value(JsonNode &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail(JsonTree::tr("nested deeper than %1 levels").arg(kMaxDepth));
        switch (peek()) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            out.kind = JsonNode::Kind::String;
            return string(out.string);
        case 't':
            out.kind = JsonNode::Kind::Bool, out.boolean = true;
            return literal("true");
        case 'f':
            out.kind = JsonNode::Kind::Bool, out.boolean = false;
            return literal("false");
        case 'n':
            out.kind = JsonNode::Kind::Null;
            return literal("null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return number(out);
            return fail(atEnd() ? JsonTree::tr("the text ends where a value was expected")
                                : JsonTree::tr("expected a value"));
        }
    }

    bool object(JsonNode &out, int depth)
    {
        out.kind = JsonNode::Kind::Object;
        ++m_i; // '{'
        // Small objects (every KooGallery body) look for a repeated key in the keys so far;
        // a hash set takes over for large ones so that a hostile body cannot make it quadratic.
        QSet<QString> seen;
        skipSpace();
        if (peek() == '}') {
            ++m_i;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return fail(JsonTree::tr("expected a key in double quotes"));
            const qsizetype keyAt = m_i;
            QString key;
            if (!string(key))
                return false;
            // Which of two values a signer used is a guess; a verifier must not guess.
            const bool repeated =
                out.keys.size() < 32 ? out.keys.contains(key) : seen.contains(key);
            if (repeated)
                return failAt(keyAt, JsonTree::tr("the key \"%1\" appears twice").arg(key));
            if (out.keys.size() == 31)
                seen = QSet<QString>(out.keys.begin(), out.keys.end());
            if (out.keys.size() >= 31)
                seen.insert(key);
            skipSpace();
            if (peek() != ':')
                return fail(JsonTree::tr("expected ':' after a key"));
            ++m_i;
            skipSpace();
            JsonNode member;
            if (!value(member, depth + 1))
                return false;
            out.keys.append(key);
            out.items.push_back(std::move(member));
            skipSpace();
            if (peek() == ',') {
                ++m_i;
                continue;
            }
            if (peek() == '}') {
                ++m_i;
                return true;
            }
            return fail(JsonTree::tr("expected ',' or '}'"));
        }
    }

    bool array(JsonNode &out, int depth)
    {
        out.kind = JsonNode::Kind::Array;
        ++m_i; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_i;
            return true;
        }
        for (;;) {
            skipSpace();
            JsonNode item;
            if (!value(item, depth + 1))
                return false;
            out.items.push_back(std::move(item));
            skipSpace();
            if (peek() == ',') {
                ++m_i;
                continue;
            }
            if (peek() == ']') {
                ++m_i;
                return true;
            }
            return fail(JsonTree::tr("expected ',' or ']'"));
        }
    }

    bool number(JsonNode &out)
    {
        // RFC 8259: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
        const qsizetype start = m_i;
        const auto digits = [this] {
            const qsizetype from = m_i;
            while (peek() >= '0' && peek() <= '9')
                ++m_i;
            return m_i > from;
        };
        if (peek() == '-')
            ++m_i;
        if (peek() == '0') {
            ++m_i;
        } else if (!digits()) {
            return fail(JsonTree::tr("a number needs digits"));
        }
        if (peek() >= '0' && peek() <= '9')
            return fail(JsonTree::tr("a number must not start with 0"));
        if (peek() == '.') {
            ++m_i;
            if (!digits())
                return fail(JsonTree::tr("a number needs digits after '.'"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_i;
            if (peek() == '+' || peek() == '-')
                ++m_i;
            if (!digits())
                return fail(JsonTree::tr("a number needs digits in its exponent"));
        }
        out.kind = JsonNode::Kind::Number;
        out.number = m_s.sliced(start, m_i - start).toByteArray();
        // A fraction or exponent makes it a double for the Java signer; one that a double
        // cannot hold has no agreed printed form, so it is refused here.
        if (out.number.contains('.') || out.number.contains('e') || out.number.contains('E')) {
            double value = 0;
            const char *b = out.number.constData();
            if (std::from_chars(b, b + out.number.size(), value).ec != std::errc()) {
                m_i = start;
                return fail(JsonTree::tr("the number is outside the range of a double"));
            }
        }
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Four hex digits after "\u"; -1 after failing.
    int hex4()
    {
        int v = 0;
        for (int k = 0; k < 4; ++k, ++m_i) {
            const int h = hexValue(peek());
            if (h < 0) {
                fail(JsonTree::tr("\\u needs four hex digits"));
                return -1;
            }
            v = v * 16 + h;
        }
        return v;
    }

    bool string(QString &out)
    {
        ++m_i; // opening quote
        QByteArray utf8;
        for (;;) {
            if (atEnd())
                return fail(JsonTree::tr("the string has no closing quote"));
            const char c = m_s[m_i];
            if (c == '"') {
                ++m_i;
                out = QString::fromUtf8(utf8);
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(JsonTree::tr("a control character must be escaped in a string"));
            if (c != '\\') {
                // A run of plain bytes is copied at once.
                const qsizetype from = m_i;
                while (m_i < m_s.size() && m_s[m_i] != '"' && m_s[m_i] != '\\' &&
                       static_cast<unsigned char>(m_s[m_i]) >= 0x20)
                    ++m_i;
                utf8.append(m_s.sliced(from, m_i - from));
                continue;
            }
            const qsizetype escapeAt = m_i;
            ++m_i;
            const char e = peek();
            ++m_i;
            switch (e) {
            case '"':
                utf8.append('"');
                break;
            case '\\':
                utf8.append('\\');
                break;
            case '/':
                utf8.append('/');
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                int cp = hex4();
                if (cp < 0)
                    return false;
                if (cp >= 0xd800 && cp <= 0xdbff && m_s.sliced(m_i).startsWith("\\u")) {
                    m_i += 2;
                    const int low = hex4();
                    if (low < 0)
                        return false;
                    if (low < 0xdc00 || low > 0xdfff)
                        return failAt(escapeAt, JsonTree::tr("a lone surrogate in \\u escapes"));
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                } else if (cp >= 0xd800 && cp <= 0xdfff) {
                    return failAt(escapeAt, JsonTree::tr("a lone surrogate in \\u escapes"));
                }
                const char32_t c32 = char32_t(cp);
                utf8.append(QString::fromUcs4(&c32, 1).toUtf8());
                break;
            }
            default:
                return failAt(escapeAt, JsonTree::tr("unknown escape in a string"));
            }
        }
    }

    QByteArrayView m_s;
    qsizetype m_i = 0;
    QString m_error;
};

} // namespace

SellerResult<JsonNode> JsonTree::parse(QByteArrayView text)
{
    return Reader(text).document();
}
