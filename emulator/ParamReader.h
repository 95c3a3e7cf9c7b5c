// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace emu {

// Typed access to a request's business parameters, raising each service's own validation errors:
//  - IdStyle (Volcengine id):             MissingParameter.X / InvalidParameter.X (400)
//  - CloudIdentityStyle:                  ParamMissing / InvalidParam (400)
//  - AcsStyle (Alibaba CloudSSO):         MissingParameter.X / InvalidParameter.X (400), Alibaba wording
// Volcengine parameters come from the JSON body (types must match exactly: string vs number vs bool), falling
// back to the query string. Alibaba parameters are all strings from the query (lists flattened as Name.N.Key).
class ParamReader
{
public:
    enum class Style { IdStyle, CloudIdentityStyle, AcsStyle };

    ParamReader() = default;
    ParamReader(Style style, const QJsonObject &body, const QHash<QString, QString> &query);

    Style style() const { return m_style; }
    bool has(const QString &name) const;

    QString requiredString(const QString &name, int maxLength = -1, int minLength = 1) const;
    std::optional<QString> optionalString(const QString &name, int maxLength = -1, int minLength = 0) const;
    QString requiredEnum(const QString &name, const QStringList &allowed) const;
    std::optional<QString> optionalEnum(const QString &name, const QStringList &allowed) const;
    qint64 requiredInt(const QString &name, qint64 min, qint64 max) const;
    std::optional<qint64> optionalInt(const QString &name, qint64 min, qint64 max) const;
    bool requiredBool(const QString &name) const;
    std::optional<bool> optionalBool(const QString &name) const;
    // JSON array of strings (Volcengine) or Name.1, Name.2, … (Alibaba).
    std::optional<QStringList> optionalStringArray(const QString &name, int maxItems = 1000, int maxItemLength = -1) const;
    std::optional<QJsonObject> optionalObject(const QString &name) const;
    std::optional<QJsonArray> optionalArray(const QString &name) const;
    // Tags: JSON [{Key, Value}] (Volcengine) or Tags.N.Key / Tags.N.Value (Alibaba).
    std::optional<QList<QPair<QString, QString>>> optionalTags(const QString &name, int maxTags = 20) const;

    // Length in characters (code points), as the references count: a surrogate pair is one character.
    static int characterCount(const QString &text);

    [[noreturn]] void throwMissing(const QString &name) const;
    [[noreturn]] void throwInvalid(const QString &name, const QString &value = QString()) const;

private:
    bool isPresent(const QString &name) const;
    QString rawString(const QString &name, bool *ok) const;

    Style m_style = Style::IdStyle;
    QJsonObject m_body;
    QHash<QString, QString> m_query;
};

} // namespace emu
