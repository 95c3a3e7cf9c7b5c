// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Thin wrappers over OpenSSL 3 EVP. Raw bytes in, raw bytes out.
class Crypto
{
public:
    static QByteArray sha256(const QByteArray &data);
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    static QByteArray randomBytes(int count);
    static QByteArray randomHex(int bytes); // 2*bytes lower-case hex characters
};
