// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportRow.h"

QString ImportRow::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return {};
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::WouldCreate:
        return QStringLiteral("would-create");
    case Outcome::WouldUpdate:
        return QStringLiteral("would-update");
    }
    return {};
}

QString ImportRow::errorText(const ImportTarget &target) const
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << (e.field.isEmpty() ? e.message : target.headerForField(e.field) + QStringLiteral(": ") + e.message);
    return parts.join(QStringLiteral("; "));
}
