// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Test values generated from tests/data/validation-rules.json (the one table of input rules per field that the
// console's form checks and the emulator's validators both follow): for every rule, values at the edges of its
// length range, the documented values of an enum, and the rule's samples. Used by tests/unit/tst_validationrules
// (DirectoryValidation) and tests/emulator/tst_validationrules (the emulator), so the two sides cannot drift.
// Only values are generated here; each side runs its own validator.
struct ValidationRuleCase
{
    QString service;     // "cloudidentity" | "cloudsso"
    QString action;      // e.g. "CreateUser"
    QString field;       // API parameter, e.g. "NewEmail"
    QString clientField; // form field (UserDraft / GroupDraft member), e.g. "email"
    QString label;       // e.g. "maxLength 128 + 1"
    QString value;
    bool accepted = true;      // what the service (and the emulator) does with the value
    bool clientRejects = false; // the form refuses it although the service accepts it (a plausibility check)
    bool required = false;
};

class ValidationRuleCases
{
public:
    // All cases; on failure (missing or malformed file, a sample that contradicts its own rule) an empty list and
    // *error set.
    static QList<ValidationRuleCase> load(QString *error);
    // Number of code points (what the references count as characters).
    static int characters(const QString &text);
    static QString path();
};
