// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"

#include <QFile>
#include <QStringDecoder>

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return {};
}

bool CsvReader::decode(const QByteArray &bytes, QString *text, Encoding *encoding, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *text = d.decode(bytes.mid(3));
        *encoding = Encoding::Utf8Bom;
        if (d.hasError()) {
            *error = tr("The file starts like UTF-8 but contains bytes that are not UTF-8.");
            return false;
        }
        return true;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                         QStringDecoder::Flag::Stateless);
        *text = d.decode(bytes.mid(2));
        *encoding = Encoding::Utf16;
        if (d.hasError()) {
            *error = tr("The file is not valid UTF-16 text.");
            return false;
        }
        return true;
    }
    // Valid UTF-8 wins (ASCII is both); otherwise GB18030 from Chinese Excel.
    {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString s = d.decode(bytes);
        if (!d.hasError()) {
            *text = s;
            *encoding = Encoding::Utf8;
            if (text->contains(QChar(0))) {
                *error = tr("The file is not a text (CSV) file.");
                return false;
            }
            return true;
        }
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid()) {
        *error = tr("The file is not UTF-8, and this system cannot read GB18030.");
        return false;
    }
    *text = gb.decode(bytes);
    *encoding = Encoding::Gb18030;
    if (gb.hasError() || text->contains(QChar(0)) || text->contains(QChar::ReplacementCharacter)) {
        *error = tr("The file is neither UTF-8 nor GB18030 text. Save it as \"CSV UTF-8\".");
        return false;
    }
    return true;
}

CsvReader::Result CsvReader::parse(const QString &text)
{
    Result r;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        Record rec;
        rec.line = line;
        QString field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && text.at(i) == QLatin1Char('"')) {
                // Quoted field.
                const int startLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\r')) {
                        // CRLF (or a lone CR) inside a field is one line break, kept as LF.
                        field += QLatin1Char('\n');
                        ++line;
                        i += (i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) ? 2 : 1;
                        continue;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    r.error = tr("Line %1: a quoted field is never closed (a \" is missing).").arg(startLine);
                    r.errorLine = startLine;
                    return r;
                }
                if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')
                    && text.at(i) != QLatin1Char('\n')) {
                    r.error = tr("Line %1: unexpected text after a closing quote; a quote inside a quoted field "
                                 "must be doubled (\"\").")
                                  .arg(line);
                    r.errorLine = line;
                    return r;
                }
            } else {
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == QLatin1Char(',') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
                        break;
                    field += c;
                    ++i;
                }
            }
            rec.fields << field;
            if (i >= n) {
                endOfRecord = true;
            } else if (text.at(i) == QLatin1Char(',')) {
                ++i;
                if (i >= n) {
                    rec.fields << QString(); // "a," at the very end: a last empty field
                    endOfRecord = true;
                }
            } else {
                // CRLF, LF or CR
                i += (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) ? 2 : 1;
                ++line;
                endOfRecord = true;
            }
        }
        // Blank lines and rows of empty cells (",,,," as spreadsheets write them) are skipped.
        bool blank = true;
        for (const QString &f : std::as_const(rec.fields))
            blank = blank && f.trimmed().isEmpty();
        if (!blank)
            r.records.append(rec);
    }
    return r;
}

CsvReader::Result CsvReader::read(const QByteArray &bytes)
{
    QString text;
    Encoding encoding = Encoding::Utf8;
    QString error;
    if (!decode(bytes, &text, &encoding, &error)) {
        Result r;
        r.encoding = encoding;
        r.error = error;
        return r;
    }
    Result r = parse(text);
    r.encoding = encoding;
    return r;
}

CsvReader::Result CsvReader::readFile(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = tr("Cannot open %1: %2").arg(fileName, f.errorString());
        return r;
    }
    constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    if (f.size() > MaxBytes) {
        Result r;
        r.error = tr("%1 is larger than 64 MB; split it into smaller files.").arg(fileName);
        return r;
    }
    return read(f.readAll());
}
