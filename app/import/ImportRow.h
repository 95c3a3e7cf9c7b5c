// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportTarget.h"
#include <QList>
#include <QString>
#include <QStringList>

// One data row of an import file, from parsing through planning to its outcome.
struct ImportRow
{
    enum class Plan {
        Invalid,   // a header / cell / duplicate problem: never sent
        Create,    // no such user: create it
        Update,    // exists and "update existing" is on, with changed fields
        Skip,      // exists (unchanged, or "update existing" is off)
        Pending,   // valid, not planned yet (existing users not looked up)
    };
    // Final outcome; the names are what the CLI prints as "action".
    enum class Outcome {
        None,        // not run (yet)
        Created,
        Updated,
        Skipped,
        Invalid,
        Failed,
        Cancelled,   // never sent (the run was cancelled first)
        WouldCreate, // dry run
        WouldUpdate, // dry run
    };

    int row = 0;                      // spreadsheet row number: the header is row 1, the first user row 2
    int line = 0;                     // physical line the row starts on (differs with line breaks inside cells)
    ImportTarget::Values values;      // header -> trimmed cell
    QList<FieldError> errors;         // validation problems (field = UserDraft member); empty when valid
    // What `errors` were computed from, so that a language switch can word them again
    // (ImportPlanner::rowErrors / rewordErrors):
    int extraCells = 0;               // non-empty cells beyond the header's columns
    int duplicateOfRow = 0;           // the earlier row whose user name this row repeats (0: none)
    bool updateRefused = false;       // planned as an update whose merged values failed validation ...
    UserDraft updateMerged;           // ... these merged values
    Plan plan = Plan::Pending;
    QString existingId;               // the existing user's id (Update / Skip)
    QStringList changedHeaders;       // Update: the columns whose value differs
    // Why skipped / what changes, as a code (+ changedHeaders as its argument): worded only when shown
    // (ImportPlanner::noteText), so a language switch re-words it.
    enum class Note {
        None,
        ExistsUnchanged,    // "The user exists (unchanged)."
        ExistsNotUpdated,   // "The user exists; not updated (differs in …)."
        Changes,            // "Changes: …."
    };
    Note note = Note::None;

    Outcome outcome = Outcome::None;
    QString code;                     // error code of a failure
    QString message;                  // failure / note text (tr()'d when set; the CLI prints it)
    bool messageIsNote = false;       // `message` is only the worded note: displays word the note again instead
    QString requestId;
    QString userId;                   // created / updated user
    bool ambiguous = false;           // a write that may or may not have happened

    bool isValid() const { return errors.isEmpty(); }
    bool isFinished() const { return outcome != Outcome::None; }
    // created / updated / skipped / invalid / failed / cancelled / would-create / would-update ("" for None)
    static QString outcomeName(Outcome outcome);
    // The errors as one line: "Email: The e-mail address is not valid; …" using the target's headers.
    QString errorText(const ImportTarget &target) const;
};
