// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "ApiResult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace emu {

// One emulated service (id, cloudidentity, cloudsso). handle() returns the Volcengine `Result` object or the
// Alibaba flat fields (without RequestId) and throws ApiError for business errors. A handler validates everything
// before it changes state, so an error never leaves a partial change behind.
class ServiceHandler
{
public:
    virtual ~ServiceHandler() = default;
    virtual QString service() const = 0;
    virtual QString version() const = 0;
    virtual QStringList actions() const = 0;
    virtual bool hasAction(const QString &action) const = 0;
    virtual bool isWriteAction(const QString &action) const = 0;
    virtual ApiResult handle(const ApiCall &call) = 0;
};

} // namespace emu
