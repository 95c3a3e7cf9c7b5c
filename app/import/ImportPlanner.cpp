// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportPlanner.h"

#include "models/CsvWriter.h"
#include <QSet>

ImportPlanner::Parsed ImportPlanner::parse(const ImportTarget &target, const CsvReader::Result &csv)
{
    Parsed p;
    p.encoding = csv.encoding;
    if (!csv.ok()) {
        p.error = csv.error;
        return p;
    }
    if (csv.records.isEmpty()) {
        p.error = tr("The file is empty. The first line must name the columns: %1.").arg(target.headers().join(QStringLiteral(", ")));
        return p;
    }

    // Header: file column index -> target header ("" = ignored).
    const CsvReader::Record &head = csv.records.first();
    QStringList mapped;
    QStringList unknown, duplicated;
    QSet<QString> seen;
    for (const QString &cell : head.fields) {
        const QString h = cell.trimmed();
        p.fileHeaders << h;
        if (h.isEmpty() || h.compare(ImportTarget::errorHeader(), Qt::CaseInsensitive) == 0) {
            mapped << QString();
            continue;
        }
        QString match;
        for (const ImportColumn &c : target.columns)
            if (c.header.compare(h, Qt::CaseInsensitive) == 0)
                match = c.header;
        if (match.isEmpty())
            unknown << h;
        else if (seen.contains(match))
            duplicated << h;
        seen.insert(match);
        mapped << match;
    }
    QStringList problems;
    if (!unknown.isEmpty())
        problems << tr("Unknown column(s): %1.").arg(unknown.join(QStringLiteral(", ")));
    if (!duplicated.isEmpty())
        problems << tr("Column(s) given more than once: %1.").arg(duplicated.join(QStringLiteral(", ")));
    QStringList missing;
    for (const ImportColumn &c : target.columns)
        if (c.required && !seen.contains(c.header))
            missing << c.header;
    if (!missing.isEmpty())
        problems << tr("Required column(s) missing: %1.").arg(missing.join(QStringLiteral(", ")));
    if (!problems.isEmpty()) {
        problems << tr("The columns are: %1 (download the template).").arg(target.headers().join(QStringLiteral(", ")));
        p.error = problems.join(QLatin1Char(' '));
        return p;
    }

    QHash<QString, int> firstRowOfKey;
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const CsvReader::Record &rec = csv.records.at(r);
        ImportRow row;
        row.row = int(r) + 1;
        row.line = rec.line;
        int extra = 0;
        for (qsizetype i = 0; i < rec.fields.size(); ++i) {
            const QString cell = rec.fields.at(i).trimmed();
            if (i >= mapped.size()) {
                if (!cell.isEmpty())
                    ++extra;
                continue;
            }
            if (!mapped.at(i).isEmpty())
                row.values.insert(mapped.at(i), cell);
        }
        for (const QString &h : std::as_const(seen))
            if (!row.values.contains(h))
                row.values.insert(h, QString());
        row.extraCells = extra;
        const QString key = target.key(row.values);
        if (!key.isEmpty()) {
            const QString norm = target.normalizedKey(key);
            const auto it = firstRowOfKey.constFind(norm);
            if (it != firstRowOfKey.constEnd())
                row.duplicateOfRow = it.value();
            else
                firstRowOfKey.insert(norm, row.row);
        }
        row.errors = rowErrors(target, row);
        row.plan = row.errors.isEmpty() ? ImportRow::Plan::Pending : ImportRow::Plan::Invalid;
        p.rows.append(row);
    }
    if (p.rows.isEmpty())
        p.error = tr("The file has a header but no user rows.");
    return p;
}

ImportPlanner::Parsed ImportPlanner::parseBytes(const ImportTarget &target, const QByteArray &bytes)
{
    return parse(target, CsvReader::read(bytes));
}

ImportPlanner::Parsed ImportPlanner::parseFile(const ImportTarget &target, const QString &fileName)
{
    return parse(target, CsvReader::readFile(fileName));
}

QStringList ImportPlanner::namesToLookUp(const ImportTarget &target, const QList<ImportRow> &rows)
{
    QStringList names;
    QSet<QString> seen;
    for (const ImportRow &r : rows) {
        if (!r.isValid())
            continue;
        const QString key = target.key(r.values);
        const QString norm = target.normalizedKey(key);
        if (key.isEmpty() || seen.contains(norm))
            continue;
        seen.insert(norm);
        names << key;
    }
    return names;
}

ImportTarget::Values ImportPlanner::changedValues(const ImportRow &row)
{
    ImportTarget::Values v;
    for (const QString &h : row.changedHeaders)
        v.insert(h, row.values.value(h));
    return v;
}

UserDraft ImportPlanner::updateDraft(const ImportTarget &target, const ImportRow &row, const DirectoryUser &existing)
{
    ImportTarget::Values merged = target.fromUser(existing);
    for (const QString &h : row.changedHeaders)
        merged.insert(h, row.values.value(h));
    UserDraft draft = target.toDraft(merged);
    for (const ImportColumn &c : target.columns)   // an update sends only what differs (UserDraft::changed)
        if (row.changedHeaders.contains(c.header))
            draft.changed.insert(c.field);
    return draft;
}

void ImportPlanner::plan(const ImportTarget &target, QList<ImportRow> *rows, const QHash<QString, DirectoryUser> &existing,
                         bool updateExisting)
{
    for (ImportRow &r : *rows) {
        r.existingId.clear();
        r.changedHeaders.clear();
        r.note = ImportRow::Note::None;
        if (r.updateRefused) { // refused as an update by an earlier plan: judged afresh
            r.updateRefused = false;
            r.updateMerged = UserDraft();
            r.errors = rowErrors(target, r);
        }
        if (!r.isValid()) {
            r.plan = ImportRow::Plan::Invalid;
            continue;
        }
        const auto it = existing.constFind(target.normalizedKey(target.key(r.values)));
        if (it == existing.constEnd()) {
            r.plan = ImportRow::Plan::Create;
            continue;
        }
        const DirectoryUser &u = it.value();
        r.existingId = u.id;
        for (const ImportColumn &c : target.columns) {
            if (!c.updatable || c.header == target.keyHeaderOf(r.values))
                continue; // the key identifies the user; it is never changed by an import
            const QString v = r.values.value(c.header);
            if (!v.isEmpty() && !target.sameValue(c, v, ImportTarget::userField(u, c.field)))
                r.changedHeaders << c.header;
        }
        if (!updateExisting) {
            r.plan = ImportRow::Plan::Skip;
            r.note = r.changedHeaders.isEmpty() ? ImportRow::Note::ExistsUnchanged : ImportRow::Note::ExistsNotUpdated;
            continue;
        }
        if (r.changedHeaders.isEmpty()) {
            r.plan = ImportRow::Plan::Skip;
            r.note = ImportRow::Note::ExistsUnchanged;
            continue;
        }
        const UserDraft merged = updateDraft(target, r, u);
        if (!target.validateUpdate(changedValues(r), merged).isEmpty()) {
            r.updateRefused = true;
            r.updateMerged = merged;
            r.errors = rowErrors(target, r);
            r.plan = ImportRow::Plan::Invalid;
            continue;
        }
        r.plan = ImportRow::Plan::Update;
        r.note = ImportRow::Note::Changes;
    }
}

QList<FieldError> ImportPlanner::rowErrors(const ImportTarget &target, const ImportRow &row)
{
    if (row.updateRefused)
        return target.validateUpdate(changedValues(row), row.updateMerged);
    QList<FieldError> errors;
    if (row.extraCells > 0)
        errors.append({QString(), tr("The row has more cells than the header has columns (%1 extra).").arg(row.extraCells)});
    errors += target.validate(row.values, true);
    if (row.duplicateOfRow > 0) {
        const ImportColumn *keyColumn = target.column(target.keyHeaderOf(row.values));
        errors.append({keyColumn ? keyColumn->field : QStringLiteral("userName"),
                       tr("“%1” is already in row %2 of this file.").arg(target.key(row.values)).arg(row.duplicateOfRow)});
    }
    return errors;
}

void ImportPlanner::rewordErrors(const ImportTarget &target, QList<ImportRow> *rows)
{
    for (ImportRow &r : *rows)
        if (!r.errors.isEmpty())
            r.errors = rowErrors(target, r);
}

QString ImportPlanner::noteText(const ImportRow &r)
{
    const QString headers = r.changedHeaders.join(QStringLiteral(", "));   // column names: never translated
    switch (r.note) {
    case ImportRow::Note::None:
        return {};
    case ImportRow::Note::ExistsUnchanged:
        return tr("The user exists (unchanged).");
    case ImportRow::Note::ExistsNotUpdated:
        return tr("The user exists; not updated (differs in %1).").arg(headers);
    case ImportRow::Note::Changes:
        return tr("Changes: %1.").arg(headers);
    }
    return {};
}

bool ImportPlanner::isFailedRow(const ImportRow &r)
{
    return r.outcome == ImportRow::Outcome::Invalid || r.outcome == ImportRow::Outcome::Failed
           || r.outcome == ImportRow::Outcome::Cancelled
           || (r.outcome == ImportRow::Outcome::None && r.plan == ImportRow::Plan::Invalid);
}

QByteArray ImportPlanner::failedRowsCsv(const ImportTarget &target, const QList<ImportRow> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    QByteArrayList head;
    for (const QString &h : target.headers())
        head << CsvWriter::escapeField(h);
    head << CsvWriter::escapeField(ImportTarget::errorHeader());
    out += head.join(',') + "\r\n";
    // Cells are written as they were read (no formula neutralising: "+86 …" phone numbers must survive the round
    // trip unchanged).
    for (const ImportRow &r : rows) {
        if (!isFailedRow(r))
            continue;
        QByteArrayList cells;
        for (const QString &h : target.headers())
            cells << CsvWriter::escapeField(r.values.value(h));
        QString error = r.errors.isEmpty() ? QString() : r.errorText(target);
        if (error.isEmpty())
            error = r.code.isEmpty() ? r.message : r.code + QStringLiteral(": ") + r.message;
        if (error.isEmpty())
            error = ImportRow::outcomeName(r.outcome);
        cells << CsvWriter::escapeField(tr("Row %1: %2").arg(r.row).arg(error));
        out += cells.join(',') + "\r\n";
    }
    return out;
}

ImportPlanner::Counts ImportPlanner::count(const QList<ImportRow> &rows)
{
    Counts c;
    c.total = int(rows.size());
    for (const ImportRow &r : rows) {
        if (r.isValid() && r.plan != ImportRow::Plan::Invalid)
            ++c.valid;
        switch (r.plan) {
        case ImportRow::Plan::Invalid:
            ++c.invalid;
            break;
        case ImportRow::Plan::Create:
            ++c.create;
            break;
        case ImportRow::Plan::Update:
            ++c.update;
            break;
        case ImportRow::Plan::Skip:
            ++c.skip;
            break;
        case ImportRow::Plan::Pending:
            break;
        }
        switch (r.outcome) {
        case ImportRow::Outcome::None:
            ++c.notRun;
            break;
        case ImportRow::Outcome::Created:
            ++c.created;
            break;
        case ImportRow::Outcome::Updated:
            ++c.updated;
            break;
        case ImportRow::Outcome::Skipped:
            ++c.skipped;
            break;
        case ImportRow::Outcome::Invalid:
            break;
        case ImportRow::Outcome::Failed:
            ++c.failed;
            break;
        case ImportRow::Outcome::Cancelled:
            ++c.cancelled;
            break;
        case ImportRow::Outcome::WouldCreate:
            ++c.wouldCreate;
            break;
        case ImportRow::Outcome::WouldUpdate:
            ++c.wouldUpdate;
            break;
        }
        if (r.ambiguous)
            ++c.ambiguous;
    }
    return c;
}
