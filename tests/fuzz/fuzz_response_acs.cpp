// SPDX-License-Identifier: GPL-3.0-or-later
// Alibaba envelope parser: first two bytes choose the HTTP status, the rest is the body.
#include "api/ResponseParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + ((data[0] << 8 | data[1]) % 500);
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    for (Service s : {Service::CloudSso}) {
        const ApiResult r = ResponseParser::parse(s, QStringLiteral("ListUsers"), status, body, body.left(4));
        if (r.ok == r.error.isError())
            __builtin_trap(); // exactly one of success and error
        (void)r.error.toString();
        (void)r.error.isTransient();
    }
    return 0;
}
