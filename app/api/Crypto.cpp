// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/core_names.h>

#include <memory>

namespace {
// Fetched once: OpenSSL 3 looks algorithms up by name on every implicit fetch (EVP_sha256() in DigestInit,
// EVP_MAC_fetch), which took a visible share of the CPU per signed request. The fetched objects are immutable
// and safe to share between threads; they live as long as the process.
const EVP_MD *sha256Md()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

EVP_MAC *hmacMac()
{
    static EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}
} // namespace

QByteArray Crypto::sha256(const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || !sha256Md() || EVP_DigestInit_ex(ctx.get(), sha256Md(), nullptr) != 1
        || EVP_DigestUpdate(ctx.get(), data.constData(), size_t(data.size())) != 1
        || EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1)
        return {};
    out.resize(int(len));
    return out;
}

QByteArray Crypto::sha256Hex(const QByteArray &data)
{
    return sha256(data).toHex();
}

QByteArray Crypto::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    EVP_MAC *mac = hmacMac();
    if (!mac)
        return {};
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(mac), EVP_MAC_CTX_free);
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    static const unsigned char emptyKey = 0;
    const auto *keyData = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.constData());
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t len = 0;
    if (!ctx || EVP_MAC_init(ctx.get(), keyData, size_t(key.size()), params) != 1
        || EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) != 1
        || EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, size_t(out.size())) != 1)
        return {};
    out.resize(int(len));
    return out;
}

bool Crypto::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray Crypto::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed");
    return out;
}

QByteArray Crypto::randomHex(int bytes)
{
    return randomBytes(bytes).toHex();
}
