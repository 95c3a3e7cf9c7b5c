// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace emu {

// RFC 3986 canonicalisation shared by the emulator's two verifiers.
class CanonicalEncoding
{
public:
    // Keeps A-Z a-z 0-9 - _ . ~, writes every other byte as %XX with upper-case hex.
    static QByteArray percentEncode(const QByteArray &bytes);
    // Decoded key/value pairs -> "k=v&k2=v2", encoded, sorted by encoded key in byte order (stable for repeats).
    static QByteArray canonicalQuery(const QList<QPair<QByteArray, QByteArray>> &decodedPairs);
    // Raw (percent-encoded) path -> each '/'-separated segment decoded and re-encoded; empty -> "/".
    static QByteArray canonicalUri(const QByteArray &rawPath);
};

} // namespace emu
