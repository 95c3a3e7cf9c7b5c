// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the CSV files people really have (RFC 4180): fields separated by commas, records by CRLF or LF (a lone CR
// too), fields in double quotes may hold commas, line breaks and doubled quotes (""). Blank records are skipped.
// Encodings: UTF-8 with or without a byte-order mark; anything that is not valid UTF-8 is read as GB18030 (what
// Chinese Excel writes as "CSV"; GB18030 is a superset of GBK and GB2312). UTF-16 files (with a BOM) are read too.
// Errors: a quoted field that never ends, text after a closing quote (`"a"b`), a file that is not text.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    enum class Encoding { Utf8, Utf8Bom, Gb18030, Utf16 };

    struct Record
    {
        int line = 0;            // 1-based physical line the record starts on
        QStringList fields;
    };

    struct Result
    {
        QList<Record> records;
        Encoding encoding = Encoding::Utf8;
        QString error;           // tr()'d; empty = ok (records holds everything read before an error)
        int errorLine = 0;
        bool ok() const { return error.isEmpty(); }
    };

    // Bytes -> text, detecting the encoding as described above. False (with *error) if the bytes are not text.
    static bool decode(const QByteArray &bytes, QString *text, Encoding *encoding, QString *error);
    // Text -> records.
    static Result parse(const QString &text);
    // decode + parse.
    static Result read(const QByteArray &bytes);
    static Result readFile(const QString &fileName);
    static QString encodingName(Encoding encoding);
};
