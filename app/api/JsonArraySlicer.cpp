// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/JsonArraySlicer.h"

#include <QCoreApplication>

#include <cstring>

namespace {
bool isWs(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Bytes a string's scan must stop at: the closing quote, a backslash, control characters (invalid) and the first
// byte of a UTF-8 sequence (validated). Every other byte is plain ASCII text and is skipped in a tight loop.
struct StringStops
{
    bool stop[256] = {};
    constexpr StringStops()
    {
        for (int c = 0; c < 0x20; ++c)
            stop[c] = true;
        for (int c = 0x80; c < 0x100; ++c)
            stop[c] = true;
        stop[int('"')] = true;
        stop[int('\\')] = true;
    }
};
constexpr StringStops Stops;

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

class Scanner
{
public:
    Scanner(QByteArrayView json, const QByteArrayList &path, QList<JsonArraySlicer::Span> *out)
        : d(json.data()), n(json.size()), m_path(path), m_out(out)
    {
    }

    bool run()
    {
        if (m_path.isEmpty())
            return fail("empty path");
        skipWs();
        if (!pathObject(0))
            return false;
        skipWs();
        if (pos != n)
            return fail("text after the end of the JSON value");
        return true;
    }

    // The whole text is one object: its members.
    bool members(QList<JsonArraySlicer::Member> *out)
    {
        skipWs();
        if (!expect('{'))
            return false;
        skipWs();
        if (more() && peek() == '}') {
            ++pos;
        } else {
            while (true) {
                skipWs();
                JsonArraySlicer::Member m;
                qsizetype kb = 0, ke = 0;
                if (!string(&kb, &ke, &m.keyEscaped))
                    return false;
                m.key = {kb, ke - kb};
                skipWs();
                if (!expect(':'))
                    return false;
                skipWs();
                const qsizetype vb = pos;
                if (!value(1))
                    return false;
                m.value = {vb, pos - vb};
                out->append(m);
                bool another = false;
                if (!afterMember(&another))
                    return false;
                if (!another)
                    break;
            }
        }
        skipWs();
        return pos == n || fail("text after the end of the JSON value");
    }

    QString error;
    JsonArraySlicer::Span arraySpan;

private:
    bool fail(const char *why)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1 at byte %2").arg(QLatin1String(why)).arg(pos);
        return false;
    }
    bool more() const { return pos < n; }
    char peek() const { return d[pos]; }
    void skipWs()
    {
        if (pos < n && isWs(d[pos])) {
            m_wsSeen = true;
            do
                ++pos;
            while (pos < n && isWs(d[pos]));
        }
    }
    bool expect(char c)
    {
        if (pos >= n)
            return fail("truncated");
        if (d[pos] != c)
            return fail("unexpected character");
        ++pos;
        return true;
    }

    // One UTF-8 sequence starting at a byte >= 0x80 (RFC 3629: no overlong forms, no surrogates, <= U+10FFFF).
    bool utf8()
    {
        const auto b0 = static_cast<unsigned char>(d[pos]);
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF)
            len = 2;
        else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            if (b0 == 0xE0)
                lo = 0xA0;
            else if (b0 == 0xED)
                hi = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            if (b0 == 0xF0)
                lo = 0x90;
            else if (b0 == 0xF4)
                hi = 0x8F;
        } else
            return fail("invalid UTF-8");
        if (n - pos < len)
            return fail("truncated UTF-8");
        for (int i = 1; i < len; ++i) {
            const auto b = static_cast<unsigned char>(d[pos + i]);
            if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
                return fail("invalid UTF-8");
        }
        pos += len;
        return true;
    }

    // A string; [*begin, *end) are its content bytes (between the quotes); *escaped when it holds a backslash.
    bool string(qsizetype *begin = nullptr, qsizetype *end = nullptr, bool *escaped = nullptr)
    {
        if (!expect('"'))
            return false;
        const qsizetype start = pos;
        bool esc = false;
        while (true) {
            while (pos < n && !Stops.stop[static_cast<unsigned char>(d[pos])])
                ++pos;
            if (pos >= n)
                return fail("truncated string");
            const char c = d[pos];
            if (c == '"')
                break;
            if (c == '\\') {
                esc = true;
                if (n - pos < 2)
                    return fail("truncated escape");
                const char e = d[pos + 1];
                if (e == 'u') {
                    if (n - pos < 6)
                        return fail("truncated \\u escape");
                    for (int i = 2; i < 6; ++i)
                        if (!isHex(d[pos + i]))
                            return fail("invalid \\u escape");
                    pos += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                    pos += 2;
                } else {
                    return fail("invalid escape");
                }
                continue;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in a string");
            if (static_cast<unsigned char>(c) >= 0x80) {
                if (!utf8())
                    return false;
                continue;
            }
            ++pos;
        }
        if (begin)
            *begin = start;
        if (end)
            *end = pos;
        if (escaped)
            *escaped = esc;
        ++pos; // the closing quote
        return true;
    }

    bool digits()
    {
        if (pos >= n || d[pos] < '0' || d[pos] > '9')
            return fail("digit expected");
        while (pos < n && d[pos] >= '0' && d[pos] <= '9')
            ++pos;
        return true;
    }

    bool number()
    {
        const qsizetype start = pos;
        if (pos < n && d[pos] == '-')
            ++pos;
        if (pos >= n)
            return fail("truncated number");
        if (d[pos] == '0')
            ++pos;
        else if (!digits())
            return false;
        if (pos < n && d[pos] == '.') {
            ++pos;
            if (!digits())
                return false;
        }
        bool isInt = true;
        if (pos < n && (d[pos] == 'e' || d[pos] == 'E')) {
            isInt = false;
            ++pos;
            if (pos < n && (d[pos] == '+' || d[pos] == '-'))
                ++pos;
            if (!digits())
                return false;
        }
        // Qt's parser reads an integer that fits in 64 bits as one, anything else as a double, and rejects a
        // number a double cannot hold (e.g. 1e999): so does the slicer, or a page Qt refuses would pass here.
        isInt = isInt && QByteArrayView(d + start, pos - start).indexOf('.') < 0;
        if (isInt && pos - start <= 18)
            return true;
        const QByteArrayView text(d + start, pos - start);
        bool ok = false;
        if (isInt)
            text.toLongLong(&ok);
        if (!ok)
            text.toDouble(&ok);
        return ok || fail("number out of range");
    }

    bool literal(const char *word, qsizetype len)
    {
        if (n - pos < len || QByteArrayView(d + pos, len) != QByteArrayView(word, len))
            return fail("invalid literal");
        pos += len;
        return true;
    }

    // After an object member: a ',' (*another: a member follows) or the closing '}'.
    bool afterMember(bool *another)
    {
        skipWs();
        if (!more())
            return fail("truncated object");
        *another = peek() == ',';
        if (*another) {
            ++pos;
            return true;
        }
        return expect('}');
    }

    bool value(int depth)
    {
        if (pos >= n)
            return fail("truncated");
        switch (d[pos]) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1, nullptr);
        case '"':
            return string();
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default:
            if (d[pos] == '-' || (d[pos] >= '0' && d[pos] <= '9'))
                return number();
            return fail("value expected");
        }
    }

    bool object(int depth)
    {
        if (depth > JsonArraySlicer::MaxDepth)
            return fail("nested too deeply");
        if (!expect('{'))
            return false;
        skipWs();
        if (more() && peek() == '}') {
            ++pos;
            return true;
        }
        while (true) {
            skipWs();
            if (!string())
                return false;
            skipWs();
            if (!expect(':'))
                return false;
            skipWs();
            if (!value(depth))
                return false;
            bool another = false;
            if (!afterMember(&another))
                return false;
            if (!another)
                return true;
        }
    }

    // An array; with `spans`, the byte range of each element is recorded.
    bool array(int depth, QList<JsonArraySlicer::Span> *spans)
    {
        if (depth > JsonArraySlicer::MaxDepth)
            return fail("nested too deeply");
        if (!expect('['))
            return false;
        skipWs();
        if (more() && peek() == ']') {
            ++pos;
            return true;
        }
        while (true) {
            skipWs();
            const qsizetype start = pos;
            if (spans)
                m_wsSeen = false; // only for the recorded array's elements: nested arrays must not clear it
            if (!value(depth))
                return false;
            if (spans)
                spans->append({start, pos - start, !m_wsSeen});
            skipWs();
            if (!more())
                return fail("truncated array");
            if (peek() == ',') {
                ++pos;
                continue;
            }
            return expect(']');
        }
    }

    // The object at path level `level`: its member m_path[level] leads on (an object) or is the array.
    bool pathObject(int level)
    {
        if (!more() || peek() != '{')
            return fail(level == 0 ? "the root is not an object" : "a value on the path is not an object");
        ++pos;
        bool found = false;
        skipWs();
        if (more() && peek() == '}') {
            ++pos;
            return fail("path key missing");
        }
        while (true) {
            skipWs();
            qsizetype kb = 0, ke = 0;
            bool escaped = false;
            if (!string(&kb, &ke, &escaped))
                return false;
            // A key written with escapes might spell the path key: not worth decoding, let the full parser judge.
            if (escaped)
                return fail("escaped key on the path");
            skipWs();
            if (!expect(':'))
                return false;
            skipWs();
            if (QByteArrayView(d + kb, ke - kb) == QByteArrayView(m_path.at(level))) {
                if (found)
                    return fail("path key repeated");
                found = true;
                if (level + 1 == m_path.size()) {
                    if (!more() || peek() != '[')
                        return fail("the value at the path is not an array");
                    const qsizetype arrayStart = pos;
                    if (!array(level + 1, m_out))
                        return false;
                    arraySpan = {arrayStart, pos - arrayStart};
                } else if (!pathObject(level + 1)) {
                    return false;
                }
            } else if (!value(level + 1)) {
                return false;
            }
            bool another = false;
            if (!afterMember(&another))
                return false;
            if (!another)
                return found || fail("path key missing");
        }
    }

    const char *d;
    qsizetype n;
    qsizetype pos = 0;
    const QByteArrayList &m_path;
    QList<JsonArraySlicer::Span> *m_out;
    bool m_wsSeen = false; // skipWs() skipped something (since the flag was last cleared)
};
} // namespace

bool JsonArraySlicer::slice(QByteArrayView json, const QByteArrayList &path, QList<Span> *elements, QString *error,
                            Span *array)
{
    QList<Span> spans;
    Scanner scanner(json, path, &spans);
    if (!scanner.run()) {
        if (error)
            *error = scanner.error;
        return false;
    }
    if (elements)
        *elements = std::move(spans);
    if (array)
        *array = scanner.arraySpan;
    return true;
}

bool JsonArraySlicer::members(QByteArrayView json, Span object, QList<Member> *members)
{
    if (object.offset < 0 || object.length < 0 || object.offset + object.length > json.size())
        return false;
    static const QByteArrayList noPath;
    Scanner scanner(json.sliced(object.offset, object.length), noPath, nullptr);
    QList<Member> found;
    if (!scanner.members(&found))
        return false;
    for (Member &m : found) { // offsets relative to `json`
        m.key.offset += object.offset;
        m.value.offset += object.offset;
    }
    *members = std::move(found);
    return true;
}

namespace {
int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

void appendUtf8(QByteArray *out, char32_t u)
{
    if (u < 0x80) {
        out->append(char(u));
    } else if (u < 0x800) {
        out->append(char(0xC0 | (u >> 6)));
        out->append(char(0x80 | (u & 0x3F)));
    } else if (u < 0x10000) {
        out->append(char(0xE0 | (u >> 12)));
        out->append(char(0x80 | ((u >> 6) & 0x3F)));
        out->append(char(0x80 | (u & 0x3F)));
    } else {
        out->append(char(0xF0 | (u >> 18)));
        out->append(char(0x80 | ((u >> 12) & 0x3F)));
        out->append(char(0x80 | ((u >> 6) & 0x3F)));
        out->append(char(0x80 | (u & 0x3F)));
    }
}
} // namespace

bool JsonArraySlicer::unescape(QByteArrayView content, QByteArray *out)
{
    const char *p = content.data();
    const qsizetype n = content.size();
    const char *backslash = static_cast<const char *>(memchr(p, '\\', size_t(n)));
    if (!backslash) { // the common case: the bytes are the text
        out->append(p, n);
        return true;
    }
    qsizetype i = 0;
    while (i < n) {
        const char *next = static_cast<const char *>(memchr(p + i, '\\', size_t(n - i)));
        const qsizetype run = next ? next - (p + i) : n - i;
        out->append(p + i, run);
        i += run;
        if (i >= n)
            break;
        if (n - i < 2)
            return false;
        const char e = p[i + 1];
        i += 2;
        switch (e) {
        case '"': out->append('"'); break;
        case '\\': out->append('\\'); break;
        case '/': out->append('/'); break;
        case 'b': out->append('\b'); break;
        case 'f': out->append('\f'); break;
        case 'n': out->append('\n'); break;
        case 'r': out->append('\r'); break;
        case 't': out->append('\t'); break;
        case 'u': {
            auto hex4 = [p, n](qsizetype at, char32_t *v) {
                if (n - at < 4)
                    return false;
                *v = 0;
                for (int k = 0; k < 4; ++k) {
                    if (!isHex(p[at + k]))
                        return false;
                    *v = (*v << 4) | char32_t(hexValue(p[at + k]));
                }
                return true;
            };
            char32_t u = 0;
            if (!hex4(i, &u))
                return false;
            i += 4;
            if (u >= 0xD800 && u <= 0xDBFF) { // a high surrogate: a low one must follow
                char32_t lo = 0;
                if (n - i < 6 || p[i] != '\\' || p[i + 1] != 'u' || !hex4(i + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                    return false;
                i += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                return false;
            }
            appendUtf8(out, u);
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

QByteArray JsonArraySlicer::withoutArray(QByteArrayView json, Span array)
{
    QByteArray out;
    out.reserve(json.size() - array.length + 2);
    out.append(json.data(), array.offset);
    out.append("[]", 2);
    out.append(json.data() + array.offset + array.length, json.size() - array.offset - array.length);
    return out;
}

void JsonArraySlicer::appendCompact(QByteArray *out, QByteArrayView json, const Span &element)
{
    if (element.compact)
        out->append(json.data() + element.offset, element.length);
    else
        appendCompact(out, json.sliced(element.offset, element.length));
}

void JsonArraySlicer::appendCompact(QByteArray *out, QByteArrayView element)
{
    const char *p = element.data();
    const qsizetype n = element.size();
    qsizetype i = 0;
    while (i < n && !isWs(p[i]))
        ++i;
    if (i == n) { // no whitespace byte at all (a compact server): one copy
        out->append(p, n);
        return;
    }
    bool inString = false;
    qsizetype runStart = 0;
    for (i = 0; i < n; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character (never whitespace-significant)
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (isWs(c)) {
            out->append(p + runStart, i - runStart);
            runStart = i + 1;
        }
    }
    if (runStart < n)
        out->append(p + runStart, n - runStart);
}
