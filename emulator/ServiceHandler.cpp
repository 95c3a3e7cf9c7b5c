// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceHandler.h"

namespace emu {

ApiResult ServiceHandler::handle(const ApiCall &call)
{
    const ActionTable::Run *run = m_actions.find(call.action);
    if (!run)
        throwUnknownAction();
    return (*run)(call);
}

} // namespace emu
