// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParamReader.h"

#include "ApiError.h"

#include <cmath>

namespace emu {

ParamReader::ParamReader(Style style, const QJsonObject &body, const QHash<QString, QString> &query)
    : m_style(style), m_body(body), m_query(query)
{
}

int ParamReader::characterCount(const QString &text)
{
    // The references give lengths in characters: a character outside the BMP (a surrogate pair) counts once.
    int n = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

bool ParamReader::isPresent(const QString &name) const
{
    const auto it = m_body.constFind(name);
    if (it != m_body.constEnd() && !it.value().isNull() && !it.value().isUndefined())
        return true;
    return m_query.contains(name);
}

bool ParamReader::has(const QString &name) const
{
    return isPresent(name);
}

void ParamReader::throwMissing(const QString &name) const
{
    switch (m_style) {
    case Style::IdStyle:
        throw ApiError(400, QStringLiteral("MissingParameter.") + name,
                       QStringLiteral("The required parameter %1 is missing.").arg(name));
    case Style::CloudIdentityStyle:
        throw ApiError(400, QStringLiteral("ParamMissing"), QStringLiteral("Missing parameter %1").arg(name));
    case Style::AcsStyle:
        throw ApiError(400, QStringLiteral("MissingParameter.") + name,
                       QStringLiteral("The input parameter \"%1\" that is mandatory for processing this request is "
                                      "not supplied.")
                           .arg(name));
    }
    throw ApiError(400, QStringLiteral("MissingParameter"), name);
}

void ParamReader::throwInvalid(const QString &name, const QString &value) const
{
    switch (m_style) {
    case Style::IdStyle:
        throw ApiError(400, QStringLiteral("InvalidParameter.") + name,
                       QStringLiteral("The parameter %1 is invalid.").arg(name));
    case Style::CloudIdentityStyle: {
        const QString shown = value.size() > 64 ? value.left(64) + QStringLiteral("…") : value;
        throw ApiError(400, QStringLiteral("InvalidParam"),
                       QStringLiteral("The parameter %1[%2] is invalid").arg(name, shown));
    }
    case Style::AcsStyle:
        throw ApiError(400, QStringLiteral("InvalidParameter.") + name,
                       QStringLiteral("The specified parameter \"%1\" is not valid.").arg(name));
    }
    throw ApiError(400, QStringLiteral("InvalidParameter"), name);
}

QString ParamReader::rawString(const QString &name, bool *ok) const
{
    *ok = true;
    const auto it = m_body.constFind(name);
    if (it != m_body.constEnd() && !it.value().isNull() && !it.value().isUndefined()) {
        if (!it.value().isString()) {
            *ok = false;
            return QString();
        }
        return it.value().toString();
    }
    return m_query.value(name);
}

QString ParamReader::requiredString(const QString &name, int maxLength, int minLength) const
{
    if (!isPresent(name))
        throwMissing(name);
    bool ok = false;
    const QString v = rawString(name, &ok);
    if (!ok)
        throwInvalid(name);
    if (v.isEmpty())
        throwMissing(name);
    if (minLength > 0 || maxLength >= 0) {
        const int n = characterCount(v);
        if (n < minLength || (maxLength >= 0 && n > maxLength))
            throwInvalid(name, v);
    }
    return v;
}

std::optional<QString> ParamReader::optionalString(const QString &name, int maxLength, int minLength) const
{
    if (!isPresent(name))
        return std::nullopt;
    bool ok = false;
    const QString v = rawString(name, &ok);
    if (!ok)
        throwInvalid(name);
    if (minLength > 0 || maxLength >= 0) {
        const int n = characterCount(v);
        if (n < minLength || (maxLength >= 0 && n > maxLength))
            throwInvalid(name, v);
    }
    return v;
}

QString ParamReader::requiredEnum(const QString &name, const QStringList &allowed) const
{
    const QString v = requiredString(name);
    if (!allowed.contains(v))
        throwInvalid(name, v);
    return v;
}

std::optional<QString> ParamReader::optionalEnum(const QString &name, const QStringList &allowed) const
{
    const auto v = optionalString(name);
    if (!v)
        return std::nullopt;
    if (v->isEmpty() && m_style == Style::AcsStyle)
        return std::nullopt;
    if (!allowed.contains(*v))
        throwInvalid(name, *v);
    return v;
}

std::optional<qint64> ParamReader::optionalInt(const QString &name, qint64 min, qint64 max) const
{
    if (!isPresent(name))
        return std::nullopt;
    qint64 value = 0;
    const auto it = m_body.constFind(name);
    if (it != m_body.constEnd() && !it.value().isNull() && !it.value().isUndefined()) {
        if (!it.value().isDouble())
            throwInvalid(name);
        const double d = it.value().toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || d < -9.0e15 || d > 9.0e15)
            throwInvalid(name, QString::number(d));
        value = qint64(d);
    } else {
        const QString s = m_query.value(name).trimmed();
        bool ok = false;
        value = s.toLongLong(&ok);
        if (!ok)
            throwInvalid(name, s);
    }
    if (value < min || value > max)
        throwInvalid(name, QString::number(value));
    return value;
}

qint64 ParamReader::requiredInt(const QString &name, qint64 min, qint64 max) const
{
    const auto v = optionalInt(name, min, max);
    if (!v)
        throwMissing(name);
    return *v;
}

std::optional<bool> ParamReader::optionalBool(const QString &name) const
{
    if (!isPresent(name))
        return std::nullopt;
    const auto it = m_body.constFind(name);
    if (it != m_body.constEnd() && !it.value().isNull() && !it.value().isUndefined()) {
        if (!it.value().isBool())
            throwInvalid(name);
        return it.value().toBool();
    }
    const QString s = m_query.value(name).trimmed();
    if (s == QLatin1String("true"))
        return true;
    if (s == QLatin1String("false"))
        return false;
    throwInvalid(name, s);
}

bool ParamReader::requiredBool(const QString &name) const
{
    const auto v = optionalBool(name);
    if (!v)
        throwMissing(name);
    return *v;
}

std::optional<QStringList> ParamReader::optionalStringArray(const QString &name, int maxItems, int maxItemLength) const
{
    QStringList out;
    const auto it = m_body.constFind(name);
    if (it != m_body.constEnd() && !it.value().isNull() && !it.value().isUndefined()) {
        if (!it.value().isArray())
            throwInvalid(name);
        const QJsonArray a = it.value().toArray();
        for (const QJsonValue &v : a) {
            if (!v.isString())
                throwInvalid(name);
            out.append(v.toString());
        }
    } else if (m_style == Style::AcsStyle) {
        for (int i = 1;; ++i) {
            const QString key = name + QLatin1Char('.') + QString::number(i);
            if (!m_query.contains(key))
                break;
            out.append(m_query.value(key));
            if (out.size() > maxItems)
                throwInvalid(name);
        }
        if (out.isEmpty())
            return std::nullopt;
    } else if (m_query.contains(name)) {
        // Volcengine query-string form: a single value.
        out.append(m_query.value(name));
    } else {
        return std::nullopt;
    }
    if (out.size() > maxItems)
        throwInvalid(name);
    if (maxItemLength >= 0) {
        for (const QString &s : out) {
            if (s.size() > maxItemLength)
                throwInvalid(name, s);
        }
    }
    return out;
}

std::optional<QJsonObject> ParamReader::optionalObject(const QString &name) const
{
    const auto it = m_body.constFind(name);
    if (it != m_body.constEnd() && !it.value().isNull() && !it.value().isUndefined()) {
        if (!it.value().isObject())
            throwInvalid(name);
        return it.value().toObject();
    }
    if (m_query.contains(name))
        throwInvalid(name, m_query.value(name));
    return std::nullopt;
}

std::optional<QJsonArray> ParamReader::optionalArray(const QString &name) const
{
    const auto it = m_body.constFind(name);
    if (it != m_body.constEnd() && !it.value().isNull() && !it.value().isUndefined()) {
        if (!it.value().isArray())
            throwInvalid(name);
        return it.value().toArray();
    }
    if (m_query.contains(name))
        throwInvalid(name, m_query.value(name));
    return std::nullopt;
}

std::optional<QList<QPair<QString, QString>>> ParamReader::optionalTags(const QString &name, int maxTags) const
{
    QList<QPair<QString, QString>> tags;
    if (m_style == Style::AcsStyle) {
        for (int i = 1;; ++i) {
            const QString prefix = name + QLatin1Char('.') + QString::number(i) + QLatin1Char('.');
            const bool hasKey = m_query.contains(prefix + QStringLiteral("Key"));
            const bool hasValue = m_query.contains(prefix + QStringLiteral("Value"));
            if (!hasKey && !hasValue)
                break;
            if (i > maxTags)
                throwInvalid(name);
            const QString key = m_query.value(prefix + QStringLiteral("Key"));
            if (key.isEmpty())
                throwMissing(prefix + QStringLiteral("Key"));
            if (key.size() > 128)
                throwInvalid(prefix + QStringLiteral("Key"), key);
            const QString value = m_query.value(prefix + QStringLiteral("Value"));
            if (value.size() > 128)
                throwInvalid(prefix + QStringLiteral("Value"), value);
            tags.append({key, value});
        }
        if (tags.isEmpty())
            return std::nullopt;
        return tags;
    }
    const auto array = optionalArray(name);
    if (!array)
        return std::nullopt;
    if (array->size() > maxTags)
        throwInvalid(name);
    for (const QJsonValue &v : *array) {
        if (!v.isObject())
            throwInvalid(name);
        const QJsonObject o = v.toObject();
        const QJsonValue key = o.value(QStringLiteral("Key"));
        const QJsonValue value = o.value(QStringLiteral("Value"));
        if (!key.isString() || key.toString().isEmpty() || key.toString().size() > 128)
            throwInvalid(name);
        if (!value.isUndefined() && !value.isNull() && (!value.isString() || value.toString().size() > 256))
            throwInvalid(name);
        tags.append({key.toString(), value.toString()});
    }
    return tags;
}

} // namespace emu
