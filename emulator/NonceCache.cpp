// SPDX-License-Identifier: GPL-3.0-or-later
#include "NonceCache.h"

namespace emu {

void NonceCache::prune(qint64 nowMs)
{
    while (!m_order.empty() && (m_order.front().first < nowMs || qsizetype(m_order.size()) > m_capacity)) {
        const auto &front = m_order.front();
        const auto it = m_expiry.constFind(front.second);
        if (it != m_expiry.constEnd() && it.value() == front.first)
            m_expiry.erase(it);
        m_order.pop_front();
    }
}

bool NonceCache::insert(const QByteArray &key, qint64 expiresAtMs, qint64 nowMs)
{
    prune(nowMs);
    const auto it = m_expiry.constFind(key);
    if (it != m_expiry.constEnd() && it.value() >= nowMs)
        return false;
    m_expiry.insert(key, expiresAtMs);
    m_order.emplace_back(expiresAtMs, key);
    return true;
}

} // namespace emu
