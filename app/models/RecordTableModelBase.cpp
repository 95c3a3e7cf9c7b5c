// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/DirectoryBackend.h"
#include "models/RecordTableModelBase.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace {
// Multikey sort of row numbers on text keys, three UTF-16 units at a time.
class TextSorter
{
public:
    TextSorter(const QVector<const RecordTableModelBase::TextKeys *> &levels, const std::function<int(int, int)> &finalTie)
        : m_levels(levels), m_finalTie(finalTie)
    {
    }

    void sort(int *first, int *last, int level, qsizetype depth)
    {
        const qsizetype n = last - first;
        if (n < 2)
            return;
        if (level >= m_levels.size()) {
            if (m_finalTie)
                std::sort(first, last, [this](int a, int b) {
                    const int c = m_finalTie(a, b);
                    return c != 0 ? c < 0 : a < b;
                });
            else
                std::sort(first, last);
            return;
        }
        if (n <= 16) {
            std::sort(first, last, [this, level, depth](int a, int b) { return compareFrom(a, b, level, depth) < 0; });
            return;
        }
        const RecordTableModelBase::TextKeys &keys = *m_levels.at(level);
        std::vector<std::pair<quint64, int>> pairs(static_cast<size_t>(n));
        for (qsizetype i = 0; i < n; ++i)
            pairs[size_t(i)] = {chunk(keys.at(first[i]), depth), first[i]};
        std::sort(pairs.begin(), pairs.end());
        for (qsizetype i = 0; i < n; ++i)
            first[i] = pairs[size_t(i)].second;
        qsizetype start = 0;
        while (start < n) {
            qsizetype end = start + 1;
            while (end < n && pairs[size_t(end)].first == pairs[size_t(start)].first)
                ++end;
            if (end - start > 1) {
                // Equal chunks: the same length in this chunk too. A full chunk goes on at the next three units;
                // a shorter one means the keys are equal on this level.
                if ((pairs[size_t(start)].first & 0xffff) == 3)
                    sort(first + start, first + end, level, depth + 3);
                else if (level + 1 < m_levels.size() || m_finalTie)
                    sort(first + start, first + end, level + 1, 0);
                // else: already in row order
            }
            start = end;
        }
    }

private:
    // Units [depth, depth + 3) big-endian (a missing unit is 0), then how many of them exist: a key that ends
    // sorts before every longer key with the same prefix, even one continuing with U+0000.
    static quint64 chunk(QStringView s, qsizetype depth)
    {
        quint64 v = 0;
        quint64 count = 0;
        const char16_t *p = s.utf16();
        const qsizetype size = s.size();
        for (qsizetype k = 0; k < 3; ++k) {
            v <<= 16;
            if (depth + k < size) {
                v |= p[depth + k];
                ++count;
            }
        }
        return (v << 16) | count;
    }

    static int compareUnits(QStringView x, QStringView y)
    {
        const qsizetype n = qMin(x.size(), y.size());
        const char16_t *a = x.utf16();
        const char16_t *b = y.utf16();
        for (qsizetype i = 0; i < n; ++i)
            if (a[i] != b[i])
                return a[i] < b[i] ? -1 : 1;
        return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
    }

    int compareFrom(int a, int b, int level, qsizetype depth) const
    {
        for (int l = level; l < m_levels.size(); ++l) {
            const QStringView x = m_levels.at(l)->at(a);
            const QStringView y = m_levels.at(l)->at(b);
            const qsizetype d = l == level ? depth : 0;
            const int c = compareUnits(x.mid(qMin(d, x.size())), y.mid(qMin(d, y.size())));
            if (c != 0)
                return c;
        }
        if (m_finalTie) {
            const int c = m_finalTie(a, b);
            if (c != 0)
                return c;
        }
        return a < b ? -1 : (a > b ? 1 : 0);
    }

    const QVector<const RecordTableModelBase::TextKeys *> &m_levels;
    const std::function<int(int, int)> &m_finalTie;
};
}

void RecordTableModelBase::sortRowsByText(int *first, int *last, const QVector<const TextKeys *> &levels,
                                          const std::function<int(int, int)> &finalTie)
{
    TextSorter(levels, finalTie).sort(first, last, 0, 0);
}

bool RecordTableModelBase::containsFolded(const QString &hay, const QString &folded)
{
    const qsizetype m = folded.size();
    const qsizetype n = hay.size();
    if (m == 0)
        return true;
    if (m > n)
        return false;
    const QChar *h = hay.constData();
    const QChar *f = folded.constData();
    for (qsizetype i = 0; i + m <= n; ++i) {
        qsizetype j = 0;
        for (; j < m; ++j) {
            char16_t c = h[i + j].unicode();
            if (c < 128) {
                if (c >= 'A' && c <= 'Z')
                    c += 32;
            } else {
                c = QChar::toCaseFolded(c);
            }
            if (c != f[j].unicode())
                break;
        }
        if (j == m)
            return true;
    }
    return false;
}

int RecordTableModelBase::compareFolded(const QString &a, const QString &b)
{
    const qsizetype n = qMin(a.size(), b.size());
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t ca = pa[i].unicode();
        char16_t cb = pb[i].unicode();
        if (ca == cb)
            continue;
        if (ca < 128 && cb < 128) {
            if (ca >= 'A' && ca <= 'Z')
                ca += 32;
            if (cb >= 'A' && cb <= 'Z')
                cb += 32;
            if (ca != cb)
                return ca < cb ? -1 : 1;
            continue;
        }
        return QStringView(a).mid(i).compare(QStringView(b).mid(i), Qt::CaseInsensitive);
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}
