// SPDX-License-Identifier: GPL-3.0-or-later
#include "Paging.h"

#include <QByteArray>
#include <QtEndian>

namespace emu {

namespace {
constexpr quint64 TokenMask = 0x5DEECE66DA3B9F1DULL;
}

QString Paging::encodeToken(qint64 lastSeq)
{
    const quint64 v = quint64(lastSeq) ^ TokenMask;
    QByteArray raw(10, '\0');
    raw[0] = 'E';
    raw[1] = 'T';
    qToBigEndian(v, raw.data() + 2);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> Paging::decodeToken(const QString &token)
{
    if (token.size() > 64)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &bytes = decoded.decoded;
    if (bytes.size() != 10 || bytes.at(0) != 'E' || bytes.at(1) != 'T')
        return std::nullopt;
    const quint64 v = qFromBigEndian<quint64>(bytes.constData() + 2) ^ TokenMask;
    if (qint64(v) < 0)
        return std::nullopt;
    return qint64(v);
}

} // namespace emu
