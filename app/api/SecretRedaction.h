// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Replaces the values of secret-bearing JSON fields (ClientSecret, Password, …) with "<redacted>", at any depth,
// for anything a person or a log may see (CLI --dry-run, diagnostics). Requests still go out unchanged.
class SecretRedaction
{
public:
    static QString placeholder() { return QStringLiteral("<redacted>"); }
    // Field names treated as secrets (exact, case-insensitive).
    static const QStringList &secretFields();
    static bool isSecretField(const QString &name);
    static QJsonValue redact(const QJsonValue &value);
    static QJsonObject redact(const QJsonObject &object);
    // A JSON body (object or array); anything that is not JSON is returned unchanged.
    static QByteArray redactJsonText(const QByteArray &json);
};
