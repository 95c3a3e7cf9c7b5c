// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>

namespace emu {

// A business or validation error raised by a service handler; the dispatcher turns it into the service's envelope.
class ApiError : public std::exception
{
public:
    ApiError(int httpStatus, const QString &code, const QString &message, int codeN = 0)
        : m_status(httpStatus), m_code(code), m_message(message), m_codeN(codeN)
    {
    }

    int httpStatus() const { return m_status; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    int codeN() const { return m_codeN; }
    const char *what() const noexcept override { return "emu::ApiError"; }

private:
    int m_status;
    QString m_code;
    QString m_message;
    int m_codeN;
};

} // namespace emu
