// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionTable.h"
#include "ApiCall.h"
#include "ApiResult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace emu {

// One emulated service (id, cloudidentity, cloudsso). handle() returns the Volcengine `Result` object or the
// Alibaba flat fields (without RequestId) and throws ApiError for business errors. A handler validates everything
// before it changes state, so an error never leaves a partial change behind. Subclasses fill m_actions in their
// constructor (the table holds pointers to them: a handler is neither copied nor moved).
class ServiceHandler
{
public:
    ServiceHandler() = default;
    ServiceHandler(const ServiceHandler &) = delete;
    ServiceHandler &operator=(const ServiceHandler &) = delete;
    virtual ~ServiceHandler() = default;

    virtual QString service() const = 0;
    virtual QString version() const = 0;
    QStringList actions() const { return m_actions.names(); }
    bool hasAction(const QString &action) const { return m_actions.contains(action); }
    bool isWriteAction(const QString &action) const { return m_actions.isWrite(action); }
    // Runs the call's action; an action the table lacks gets the service's own "unknown action" error.
    ApiResult handle(const ApiCall &call);

protected:
    [[noreturn]] virtual void throwUnknownAction() const = 0;

    ActionTable m_actions;
};

} // namespace emu
