// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExchangeRecord.h"
#include "models/RecordTableModel.h"
#include <QVector>

// One row of the activity log: the exchange and its sequence number in the session (the row's id: requests
// have no unique key of their own, a RequestId may be missing or repeated).
struct ActivityLogRow
{
    ExchangeRecord record;
    QString seq;
};

// Every HTTP exchange of the session (one row per attempt), newest last, on the shared record model
// (filtered and sorted by ActivityLogFilterProxy, a RecordFilterProxy). Append-only: keeps at most capacity()
// rows; when full, the oldest rows are dropped in small chunks. Shows only what ExchangeRecord carries (no URL,
// no headers, no bodies), so secrets never reach it.
class ActivityLogModel : public RecordTableModel<ActivityLogRow>
{
    Q_OBJECT
public:
    using Row = ActivityLogRow;
    enum Column { Time, Profile, Service, Action, HttpStatus, ErrorCode, RequestId, Latency, Attempt, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = RecordTableModelBase::RawValueRole,
        SearchTextRole = RecordTableModelBase::SearchTextRole,
        IsErrorRole = RecordTableModelBase::FirstCustomRole,   // bool: HTTP status >= 400, no answer, or an error code
    };
    static constexpr int DefaultCapacity = 50000;

    explicit ActivityLogModel(QObject *parent = nullptr);

    static QString columnTitle(int column);
    static const Columns &columnSet();

    void setCapacity(int rows);
    int capacity() const { return m_capacity; }
    // Rows dropped because the log was full, since the last clear().
    qint64 droppedCount() const { return m_dropped; }

    void append(const ExchangeRecord &record);
    ExchangeRecord record(int row) const;
    static bool isError(const ExchangeRecord &record);
    // Case-insensitive substring of profile, service, action, error code or RequestId, or exactly the HTTP status.
    bool rowContainsFolded(int row, const QString &folded) const override;

signals:
    void recordAppended();

protected:
    void clearRows() override;

private:
    void trimFor(int incoming);

    int m_capacity = DefaultCapacity;
    qint64 m_dropped = 0;
    quint64 m_next = 0;
};
