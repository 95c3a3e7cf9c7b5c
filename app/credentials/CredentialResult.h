// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// The outcome of one CredentialStore operation. Carries the secret only for a successful read; it is held in
// memory only and never written anywhere else.
struct CredentialResult
{
    enum class Status {
        Ok,          // done (read: secretKey is filled)
        NotFound,    // no secret saved for this profile yet
        Unavailable, // keychain unavailable: no Secret Service, locked, access denied (message says which)
        Error,       // anything else (bad data in the entry, ...)
    };

    Status status = Status::Ok;
    QString secretKey;
    QString sessionToken;
    QString message; // the backend's own message when status != Ok (verbatim, may be untranslated)
    QString hint;    // what the person can do about it (translated)

    bool ok() const { return status == Status::Ok; }
    // "message" + " " + "hint", for a single line / label.
    QString fullMessage() const
    {
        if (hint.isEmpty())
            return message;
        if (message.isEmpty())
            return hint;
        return message + QLatin1Char('\n') + hint;
    }
};

Q_DECLARE_METATYPE(CredentialResult)
