// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiResult.h"

#include <QJsonDocument>

namespace emu {

QByteArray ApiResult::toJson() const
{
    return m_isRaw ? m_raw : QJsonDocument(m_object).toJson(QJsonDocument::Compact);
}

} // namespace emu
