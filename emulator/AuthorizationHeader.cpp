// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorizationHeader.h"

#include "SignedAuthorization.h"

namespace emu {

AuthorizationHeader AuthorizationHeader::parse(const QByteArray &header)
{
    AuthorizationHeader h;
    const QByteArray value = header.trimmed();
    h.present = !value.isEmpty();
    if (!h.present)
        return h;
    const int space = value.indexOf(' ');
    h.scheme = space < 0 ? value : value.left(space);
    for (const QByteArray &rawPart : value.mid(space + 1).split(',')) {
        const QByteArray part = rawPart.trimmed();
        const int eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        h.fields.append({part.left(eq).trimmed(), part.mid(eq + 1).trimmed()});
    }
    return h;
}

void AuthorizationHeader::read(const QByteArray &header, const QByteArray &scheme, SignedAuthorization &out,
                               const std::function<void(const QByteArray &)> &readCredential)
{
    const AuthorizationHeader h = parse(header);
    out.present = h.present;
    if (!out.present)
        return;
    out.schemeOk = h.scheme == scheme;
    if (!out.schemeOk)
        return;
    for (const auto &[key, v] : h.fields) {
        if (key == "Credential") {
            readCredential(v);
        } else if (key == "SignedHeaders") {
            out.hasSignedHeaders = !v.isEmpty();
            out.signedHeaders += headerNames(v);
        } else if (key == "Signature") {
            out.hasSignature = !v.isEmpty();
            out.signature = v.toLower();
        }
    }
}

QList<QByteArray> AuthorizationHeader::headerNames(const QByteArray &signedHeaders)
{
    QList<QByteArray> names;
    for (const QByteArray &h : signedHeaders.split(';')) {
        const QByteArray name = h.trimmed().toLower();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

} // namespace emu
