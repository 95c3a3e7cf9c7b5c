// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/CsvReader.h"
#include "import/ImportRow.h"
#include "import/ImportTarget.h"
#include <QCoreApplication>
#include <QHash>
#include <QList>

// The pure steps of a CSV import (no network): reading the file into rows against a target's columns,
// validating each row with the create form's validator, planning each valid row against the users that already
// exist, and writing the failed rows back out.
//
// Rules:
// - The first record is the header. Headers match the target's column names (case-insensitively; the file's
//   order does not matter). An unknown header is an error naming it; so is a missing required column (UserName)
//   or a column given twice. An "Error" column (what "export failed rows" adds) is ignored.
// - Cells are trimmed. A row with more non-empty cells than headers is invalid; missing trailing cells are empty.
// - A user name that already appeared in an earlier row makes the later row invalid (case-insensitively where the
//   service compares names that way).
// - Planning: no such user -> Create. The user exists -> Skip, or with "update existing" Update when a non-empty
//   cell differs from the current value (an EMPTY cell never clears a value: it means "leave as is"); an
//   existing user whose cells all match is skipped as unchanged.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    struct Parsed
    {
        QList<ImportRow> rows;
        QStringList fileHeaders;             // the file's header cells (trimmed), in file order
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QString error;                       // tr()'d; the whole file is refused
        bool ok() const { return error.isEmpty(); }
    };

    struct Counts
    {
        int total = 0, valid = 0, invalid = 0;
        int create = 0, update = 0, skip = 0;                    // plan
        int created = 0, updated = 0, skipped = 0, failed = 0, cancelled = 0, ambiguous = 0;
        int wouldCreate = 0, wouldUpdate = 0, notRun = 0;        // outcomes
    };

    static Parsed parse(const ImportTarget &target, const CsvReader::Result &csv);
    static Parsed parseBytes(const ImportTarget &target, const QByteArray &bytes);
    static Parsed parseFile(const ImportTarget &target, const QString &fileName);

    // The keys (user names) of the valid rows, in file order, without duplicates.
    static QStringList namesToLookUp(const ImportTarget &target, const QList<ImportRow> &rows);
    // existing: normalizedKey(user name) -> user. Sets plan, existingId, changedHeaders and note on every valid
    // row (an update whose merged values fail validation makes the row invalid).
    static void plan(const ImportTarget &target, QList<ImportRow> *rows, const QHash<QString, DirectoryUser> &existing,
                     bool updateExisting);
    // The draft sent for an Update: the existing user's values with the changed cells applied.
    // The changed cells of an Update (what a pool-user UpdateUser sends: changed fields only).
    static ImportTarget::Values changedValues(const ImportRow &row);
    static UserDraft updateDraft(const ImportTarget &target, const ImportRow &row, const DirectoryUser &existing);

    // Rows that were invalid, failed or cancelled, as CSV (UTF-8 with BOM, CRLF): the target's headers plus
    // "Error". Importing the file again reads it (the Error column is ignored).
    static QByteArray failedRowsCsv(const ImportTarget &target, const QList<ImportRow> &rows);
    // The row's validation problems worded in the current language, from what they were computed from (its
    // values, extra cells, a repeated user name, a refused update): parse() and plan() set ImportRow::errors with
    // it, and rewordErrors() calls it again after a language switch.
    static QList<FieldError> rowErrors(const ImportTarget &target, const ImportRow &row);
    static void rewordErrors(const ImportTarget &target, QList<ImportRow> *rows);
    // The row's note (Note code + changedHeaders) worded in the current language; empty for Note::None.
    static QString noteText(const ImportRow &row);
    static bool isFailedRow(const ImportRow &row);

    static Counts count(const QList<ImportRow> &rows);
};
