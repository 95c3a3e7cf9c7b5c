// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

// RFC 4180 CSV export of any table model: CRLF line ends, fields quoted when they contain a comma, quote,
// CR or LF, quotes doubled. UTF-8 (with a BOM by default, so spreadsheet programs read Chinese correctly).
class CsvWriter
{
public:
    struct Options
    {
        int role = 0;                   // Qt::DisplayRole
        int headerRole = 0;             // Qt::DisplayRole (of the horizontal header)
        bool header = true;             // first line: the horizontal header texts
        bool byteOrderMark = true;
        // Cells starting with = + - @ (or tab / CR) get a leading apostrophe so a spreadsheet never runs
        // them as formulas. Numeric cells are never changed.
        bool neutralizeFormulas = true;
        QList<int> columns;             // in this order; empty = every column
    };

    static QByteArray escapeField(const QString &field);
    static QString neutralize(const QString &field);
    // The whole model as CSV bytes.
    static QByteArray toCsv(const QAbstractItemModel *model, const Options &options);
    static QByteArray toCsv(const QAbstractItemModel *model) { return toCsv(model, Options()); }
    // Writes to a device (opened for writing).
    static bool write(const QAbstractItemModel *model, QIODevice *device, const Options &options, QString *error);
    // Writes atomically to a file (QSaveFile): either the whole file or nothing.
    static bool writeFile(const QAbstractItemModel *model, const QString &fileName, const Options &options,
                          QString *error);
};
