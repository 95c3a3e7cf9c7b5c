// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorizationHeader.h"

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
