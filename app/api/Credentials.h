// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// An access key pair, optionally with an STS session token. Held in memory only;
// never written to disk, logs or command lines.
struct Credentials
{
    QString accessKeyId;
    QString secret;
    QString sessionToken;

    bool isComplete() const { return !accessKeyId.isEmpty() && !secret.isEmpty(); }
};
