// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace emu {

// The fields both signing schemes' Authorization headers carry; each verifier's Authorization adds its own
// (Volcengine: the credential scope).
class SignedAuthorization
{
public:
    bool present = false;
    bool schemeOk = false;
    QString accessKeyId;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
    bool hasCredential = false;
    bool hasSignedHeaders = false;
    bool hasSignature = false;
};

} // namespace emu
