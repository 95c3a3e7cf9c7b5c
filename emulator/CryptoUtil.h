// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace emu {

// Hashing for the emulator's own verifiers (independent of the client's signer).
class CryptoUtil
{
public:
    static QByteArray sha256(const QByteArray &data);
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
    // Constant-time comparison (CRYPTO_memcmp); different lengths compare unequal.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace emu
