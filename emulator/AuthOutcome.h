// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace emu {

// Result of a signature check: either ok (with the identified key and scope) or a gateway error.
struct AuthOutcome
{
    static AuthOutcome success() { AuthOutcome o; o.ok = true; return o; }
    static AuthOutcome failure(int status, const QString &code, int codeN, const QString &message)
    {
        AuthOutcome o;
        o.ok = false;
        o.httpStatus = status;
        o.code = code;
        o.codeN = codeN;
        o.message = message;
        return o;
    }

    bool ok = false;
    int httpStatus = 200;
    QString code;
    int codeN = 0; // Volcengine gateway CodeN, 0 = none
    QString message;
    // Filled as far as the Authorization header could be parsed (also on failure).
    QString accessKeyId;
    QString region;
    QString service;
};

} // namespace emu
