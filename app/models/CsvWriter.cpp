// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CsvWriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

QByteArray CsvWriter::escapeField(const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    bool quote = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
    return out;
}

QString CsvWriter::neutralize(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar c = field.at(0);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + field;
    return field;
}

static bool isNumeric(const QVariant &v)
{
    switch (v.userType()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

QByteArray CsvWriter::toCsv(const QAbstractItemModel *model, const Options &options)
{
    QByteArray out;
    if (options.byteOrderMark)
        out.append("\xEF\xBB\xBF");
    if (!model)
        return out;
    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            columns.append(c);
    }
    const int role = options.role ? options.role : int(Qt::DisplayRole);
    auto cell = [&](const QVariant &v) {
        QString text = v.toString();
        if (options.neutralizeFormulas && !isNumeric(v))
            text = neutralize(text);
        return escapeField(text);
    };
    if (options.header) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i)
                out.append(',');
            out.append(cell(model->headerData(columns.at(i), Qt::Horizontal,
                                              options.headerRole ? options.headerRole : int(Qt::DisplayRole))));
        }
        out.append("\r\n");
    }
    const int rows = model->rowCount();
    for (int r = 0; r < rows; ++r) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i)
                out.append(',');
            out.append(cell(model->index(r, columns.at(i)).data(role)));
        }
        out.append("\r\n");
    }
    return out;
}

bool CsvWriter::write(const QAbstractItemModel *model, QIODevice *device, const Options &options, QString *error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = QCoreApplication::translate("CsvWriter", "The file is not open for writing.");
        return false;
    }
    const QByteArray bytes = toCsv(model, options);
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

bool CsvWriter::writeFile(const QAbstractItemModel *model, const QString &fileName, const Options &options,
                          QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    if (!write(model, &file, options, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
