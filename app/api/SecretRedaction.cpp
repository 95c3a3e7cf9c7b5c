// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/SecretRedaction.h"

#include <QJsonArray>
#include <QJsonDocument>

const QStringList &SecretRedaction::secretFields()
{
    // ClientSecret: applications and identity providers (id); Password: pool users (id) and ResetPassword
    // (cloudidentity); the rest are the usual credential names should an action carry them.
    static const QStringList fields{QStringLiteral("ClientSecret"), QStringLiteral("Password"),
                                    QStringLiteral("NewPassword"),  QStringLiteral("SecretAccessKey"),
                                    QStringLiteral("AccessKeySecret"), QStringLiteral("SessionToken"),
                                    QStringLiteral("SecurityToken")};
    return fields;
}

bool SecretRedaction::isSecretField(const QString &name)
{
    for (const QString &f : secretFields()) {
        if (f.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonValue SecretRedaction::redact(const QJsonValue &value)
{
    if (value.isObject())
        return redact(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redact(v));
        return out;
    }
    return value;
}

QJsonObject SecretRedaction::redact(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isSecretField(it.key()) && !it.value().isNull() && !it.value().isUndefined())
            out.insert(it.key(), placeholder());
        else
            out.insert(it.key(), redact(it.value()));
    }
    return out;
}

QByteArray SecretRedaction::redactJsonText(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return json;
    // Untouched text when there is nothing to hide (keeps the exact bytes that were signed).
    if (doc.isObject()) {
        const QJsonObject redacted = redact(doc.object());
        return redacted == doc.object() ? json : QJsonDocument(redacted).toJson(QJsonDocument::Compact);
    }
    if (doc.isArray()) {
        const QJsonArray redacted = redact(QJsonValue(doc.array())).toArray();
        return redacted == doc.array() ? json : QJsonDocument(redacted).toJson(QJsonDocument::Compact);
    }
    return json;
}
