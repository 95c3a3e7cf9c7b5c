// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud/DirectoryBackend.h"
#include "models/RecordTableModelBase.h"

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
