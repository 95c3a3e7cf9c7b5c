// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace emu {

// What a service handler returns: a QJsonObject, or (for list pages) the object already serialised by JsonWriter.
class ApiResult
{
public:
    ApiResult() = default;
    ApiResult(const QJsonObject &object) : m_object(object) {} // NOLINT(google-explicit-constructor)
    static ApiResult fromRawJson(QByteArray json)
    {
        ApiResult r;
        r.m_raw = std::move(json);
        r.m_isRaw = true;
        return r;
    }

    bool isRaw() const { return m_isRaw; }
    const QJsonObject &object() const { return m_object; }
    const QByteArray &rawJson() const { return m_raw; }
    // The compact JSON text of the object either way.
    QByteArray toJson() const;

private:
    QJsonObject m_object;
    QByteArray m_raw;
    bool m_isRaw = false;
};

} // namespace emu
