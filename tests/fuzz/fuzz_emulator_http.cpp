// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's incremental HTTP/1.1 request parser, fed in chunks whose sizes come from the input.
#include "HttpRequestParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    emu::HttpRequestParser parser;
    const int chunk = 1 + data[0] % 64;
    size_t pos = 1;
    int requests = 0;
    while (pos < size) {
        const size_t n = std::min<size_t>(size_t(chunk), size - pos);
        parser.append(QByteArray(reinterpret_cast<const char *>(data + pos), qsizetype(n)));
        pos += n;
        for (;;) {
            const auto r = parser.parse();
            if (r == emu::HttpRequestParser::Result::Complete) {
                (void)parser.takeRequest();
                if (++requests > 1000)
                    return 0;
                continue;
            }
            if (r == emu::HttpRequestParser::Result::Error)
                return 0;
            break;
        }
    }
    return 0;
}
