// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

namespace emu {

// What the HTTP adapter calls. Implemented by RequestDispatcher; keeps the transport replaceable.
class HttpRequestHandler
{
public:
    virtual ~HttpRequestHandler() = default;
    // A complete request. The response may ask for a delay or a dropped connection.
    virtual HttpResponse handle(const HttpRequest &request) = 0;
    // The request could not be parsed (status 400/413/431/501/505). `partial` holds what was parsed.
    virtual HttpResponse protocolError(const HttpRequest &partial, int status, const QString &message) = 0;
};

} // namespace emu
