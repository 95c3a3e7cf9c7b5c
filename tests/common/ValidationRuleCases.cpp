// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationRuleCases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// A value of exactly n characters that fits the rule: letters for a documented character set, an address for
// e-mail fields, digits for phone fields, otherwise a mix of Latin, Chinese and a character outside the BMP
// (a surrogate pair that counts as one character).
QString fill(const QJsonObject &rule, int n)
{
    const QString format = rule.value(QStringLiteral("format")).toString();
    if (n <= 0)
        return QString();
    if (format == QLatin1String("email") && n >= 13)
        return QString(n - 12, QLatin1Char('a')) + QStringLiteral("@example.com");
    if (format == QLatin1String("phone"))
        return QString(n, QLatin1Char('1'));
    if (!rule.value(QStringLiteral("pattern")).isNull())
        return QString(n, QLatin1Char('a'));
    static const QStringList cycle{QStringLiteral("a"), QStringLiteral("王"), QString::fromUtf8("\xF0\x9F\x98\x80")};
    QString out;
    for (int i = 0; i < n; ++i)
        out += cycle.at(i % cycle.size());
    return out;
}

} // namespace

QString ValidationRuleCases::path()
{
    return QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/validation-rules.json");
}

int ValidationRuleCases::characters(const QString &text)
{
    return int(text.toUcs4().size());
}

QList<ValidationRuleCase> ValidationRuleCases::load(QString *error)
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray rules = doc.object().value(QStringLiteral("rules")).toArray();
    if (parseError.error != QJsonParseError::NoError || rules.isEmpty()) {
        *error = QStringLiteral("%1: not a rules table (%2)").arg(path(), parseError.errorString());
        return {};
    }
    QList<ValidationRuleCase> out;
    for (const QJsonValue &v : rules) {
        const QJsonObject rule = v.toObject();
        ValidationRuleCase base;
        base.service = rule.value(QStringLiteral("service")).toString();
        base.action = rule.value(QStringLiteral("action")).toString();
        base.field = rule.value(QStringLiteral("field")).toString();
        base.clientField = rule.value(QStringLiteral("clientField")).toString();
        base.required = rule.value(QStringLiteral("required")).toBool();
        if (base.service.isEmpty() || base.action.isEmpty() || base.field.isEmpty() || base.clientField.isEmpty()
            || rule.value(QStringLiteral("doc")).toString().isEmpty()) {
            *error = QStringLiteral("rule without service, action, field, clientField or doc: %1")
                         .arg(QString::fromUtf8(QJsonDocument(rule).toJson(QJsonDocument::Compact)));
            return {};
        }
        const QString patternText = rule.value(QStringLiteral("pattern")).toString();
        const QRegularExpression pattern(patternText);
        const int minLength = rule.value(QStringLiteral("minLength")).toInt();
        const bool hasMax = rule.value(QStringLiteral("maxLength")).isDouble();
        const int maxLength = rule.value(QStringLiteral("maxLength")).toInt();
        auto add = [&](const QString &label, const QString &value, bool accepted, bool clientRejects = false) {
            ValidationRuleCase c = base;
            c.label = label;
            c.value = value;
            c.accepted = accepted;
            c.clientRejects = clientRejects;
            out.append(c);
        };
        auto fitsRule = [&](const QString &value) {
            const int n = characters(value);
            return n >= minLength && (!hasMax || n <= maxLength)
                   && (patternText.isEmpty() || pattern.match(value).hasMatch());
        };
        const QJsonArray enumValues = rule.value(QStringLiteral("enum")).toArray();
        if (!enumValues.isEmpty()) {
            for (const QJsonValue &e : enumValues)
                add(QStringLiteral("enum %1").arg(e.toString()), e.toString(), true);
        } else {
            if (hasMax) {
                add(QStringLiteral("maxLength %1").arg(maxLength), fill(rule, maxLength), true);
                add(QStringLiteral("maxLength %1 + 1").arg(maxLength), fill(rule, maxLength + 1), false);
            }
            if (minLength > 1) {
                add(QStringLiteral("minLength %1").arg(minLength), fill(rule, minLength), true);
                add(QStringLiteral("minLength %1 - 1").arg(minLength), fill(rule, minLength - 1), false);
            } else if (minLength == 1) {
                add(QStringLiteral("one character"), fill(rule, 1), true);
            }
            if (minLength >= 1 && base.required)
                add(QStringLiteral("empty (required)"), QString(), false);
        }
        for (const QJsonValue &s : rule.value(QStringLiteral("acceptSamples")).toArray()) {
            if (!fitsRule(s.toString()) && enumValues.isEmpty()) {
                *error = QStringLiteral("%1.%2: accept sample \"%3\" breaks its own rule").arg(base.action, base.field, s.toString());
                return {};
            }
            add(QStringLiteral("sample \"%1\"").arg(s.toString()), s.toString(), true);
        }
        for (const QJsonValue &s : rule.value(QStringLiteral("rejectSamples")).toArray()) {
            const bool fits = enumValues.isEmpty() ? fitsRule(s.toString()) : enumValues.contains(s);
            if (fits) {
                *error = QStringLiteral("%1.%2: reject sample \"%3\" fits its rule").arg(base.action, base.field, s.toString());
                return {};
            }
            add(QStringLiteral("reject sample \"%1\"").arg(s.toString()), s.toString(), false);
        }
        for (const QJsonValue &s : rule.value(QStringLiteral("clientOnlyRejects")).toArray()) {
            if (!fitsRule(s.toString())) {
                *error = QStringLiteral("%1.%2: client-only sample \"%3\" breaks the documented rule").arg(base.action, base.field, s.toString());
                return {};
            }
            add(QStringLiteral("form-only check \"%1\"").arg(s.toString()), s.toString(), true, true);
        }
    }
    return out;
}
