// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "ScriptedHttpServer.h"
#include "api/ServiceCatalog.h"
#include <QString>

// Checks a request as a server received it: rebuilds the canonical request from the raw request line, the headers
// listed in SignedHeaders and the body bytes, signs it with the project's signers and compares the Authorization
// header. Also checks that the query on the wire is exactly the canonical query and that the content hash header is
// the hash of the body sent.
class SignatureVerifier
{
public:
    // Empty when the wire matches the signature; otherwise what is wrong (with the recomputed canonical request).
    static QString check(const ScriptedHttpServer::Request &request, const Credentials &credentials, Service service);
};
