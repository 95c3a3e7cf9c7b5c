// SPDX-License-Identifier: GPL-3.0-or-later
#include "CryptoUtil.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace emu {

QByteArray CryptoUtil::sha256(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length));
}

QByteArray CryptoUtil::sha256Hex(const QByteArray &data)
{
    return sha256(data).toHex();
}

QByteArray CryptoUtil::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLength = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.constData(), static_cast<size_t>(key.size()),
                   reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()),
                   out, sizeof out, &outLength))
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outLength));
}

bool CryptoUtil::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace emu
