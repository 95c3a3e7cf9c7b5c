// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <deque>
#include <utility>

namespace emu {

// Remembers ACS3 signature nonces (per access key) for as long as a replay could still pass the timestamp check.
class NonceCache
{
public:
    explicit NonceCache(qsizetype capacity = 2000000) : m_capacity(capacity) {}

    // Records the nonce; returns false if it was already seen and has not expired.
    bool insert(const QByteArray &key, qint64 expiresAtMs, qint64 nowMs);
    qsizetype size() const { return m_expiry.size(); }

private:
    void prune(qint64 nowMs);

    qsizetype m_capacity;
    QHash<QByteArray, qint64> m_expiry;
    std::deque<std::pair<qint64, QByteArray>> m_order;
};

} // namespace emu
