// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActivityLogModel.h"

#include <QLocale>

QString ActivityLogModel::columnTitle(int column)
{
    switch (column) {
    case Time: return tr("Time");
    case Profile: return tr("Profile");
    case Service: return tr("Service");
    case Action: return tr("Action");
    case HttpStatus: return tr("HTTP status");
    case ErrorCode: return tr("Error code");
    case RequestId: return tr("RequestId");
    case Latency: return tr("Latency");
    case Attempt: return tr("Attempt");
    default: return {};
    }
}

const ActivityLogModel::Columns &ActivityLogModel::columnSet()
{
    static const Columns set = [] {
        using S = Columns::TextSort;
        Columns s;
        s.setId([](const Row &r) -> const QString & { return r.seq; });
        s.time([] { return columnTitle(Time); }, [](const Row &r) { return r.record.time; }).display =
            [](const Row &r) -> QVariant {
            return r.record.time.isValid()
                       ? QLocale().toString(r.record.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                       : QString();
        };
        s.text([] { return columnTitle(Profile); }, [](const Row &r) -> const QString & { return r.record.profile; });
        s.text([] { return columnTitle(Service); }, [](const Row &r) -> const QString & { return r.record.service; },
               S::Exact);
        s.text([] { return columnTitle(Action); }, [](const Row &r) -> const QString & { return r.record.action; });
        s.number([] { return columnTitle(HttpStatus); },
                 [](const Row &r) -> QVariant {
                     return r.record.httpStatus > 0 ? QString::number(r.record.httpStatus) : QStringLiteral("—");
                 },
                 [](const Row &r) -> QVariant { return r.record.httpStatus; },
                 [](const Row &r) -> double { return r.record.httpStatus; })
            .headerToolTip = [] { return tr("The HTTP status of the answer (— when none arrived)"); };
        s.text([] { return columnTitle(ErrorCode); }, [](const Row &r) -> const QString & { return r.record.errorCode; });
        s.text([] { return columnTitle(RequestId); }, [](const Row &r) -> const QString & { return r.record.requestId; },
               S::Exact);
        s.number([] { return columnTitle(Latency); },
                 [](const Row &r) -> QVariant { return tr("%1 ms").arg(QLocale().toString(r.record.elapsedMs)); },
                 [](const Row &r) -> QVariant { return r.record.elapsedMs; },
                 [](const Row &r) -> double { return double(r.record.elapsedMs); })
            .headerToolTip = [] { return tr("Time from sending the request to the end of the answer"); };
        s.number([] { return columnTitle(Attempt); },
                 [](const Row &r) -> QVariant { return QString::number(r.record.attempt); },
                 [](const Row &r) -> QVariant { return r.record.attempt; },
                 [](const Row &r) -> double { return r.record.attempt; })
            .headerToolTip = [] { return tr("1 for the first try; higher numbers are automatic retries"); };
        s.setSearchFields({[](const Row &r) -> const QString & { return r.record.profile; },
                           [](const Row &r) -> const QString & { return r.record.service; },
                           [](const Row &r) -> const QString & { return r.record.action; },
                           [](const Row &r) -> const QString & { return r.record.errorCode; },
                           [](const Row &r) -> const QString & { return r.record.requestId; }});
        // Equal values keep the order of the log (by sequence: shorter first, then exact).
        s.setTieBreak(-1);
        s.setCellToolTip([](const Row &r, int column) -> QVariant {
            return column == Time ? QVariant(r.record.time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
        });
        s.setExtraData([](const Row &r, int role) { return role == IsErrorRole ? QVariant(isError(r.record)) : QVariant(); },
                       {{IsErrorRole, "isError"}});
        return s;
    }();
    return set;
}

ActivityLogModel::ActivityLogModel(QObject *parent)
    : RecordTableModel(columnSet(), FetchPolicy::All, parent)
{
    // Row ids are the session's sequence numbers, appended in order: no per-row index entry is needed.
    setSequentialIds(true);
}

bool ActivityLogModel::isError(const ExchangeRecord &r)
{
    return r.httpStatus == 0 || r.httpStatus >= 400 || !r.errorCode.isEmpty();
}

bool ActivityLogModel::rowContainsFolded(int row, const QString &folded) const
{
    if (RecordTableModel::rowContainsFolded(row, folded))
        return true;
    if (row < 0 || row >= rowCount() || folded.isEmpty() || !folded.at(0).isDigit())
        return false;
    return QString::number(records().at(row).record.httpStatus) == folded;
}

void ActivityLogModel::setCapacity(int rows)
{
    m_capacity = qMax(1, rows);
    trimFor(0);
}

void ActivityLogModel::trimFor(int incoming)
{
    const int excess = rowCount() + incoming - m_capacity;
    if (excess <= 0)
        return;
    // Drop a chunk (1% of the capacity) at once: fewer proxy re-mappings than one row per append.
    const int drop = qMin(rowCount(), qMax(excess, m_capacity / 100));
    if (drop <= 0)
        return;
    removeFirstRecords(drop);
    m_dropped += drop;
}

void ActivityLogModel::append(const ExchangeRecord &record)
{
    trimFor(1);
    Row row{record, QString::number(++m_next)};
    row.record.url.clear();   // never displayed nor exported; do not keep it
    appendRecord(std::move(row));
    emit recordAppended();
}

void ActivityLogModel::clearRows()
{
    RecordTableModel::clearRows();
    m_dropped = 0;
}

ExchangeRecord ActivityLogModel::record(int row) const
{
    return row >= 0 && row < rowCount() ? records().at(row).record : ExchangeRecord();
}
