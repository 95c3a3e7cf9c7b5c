// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExchangeRecord.h"
#include <QAbstractTableModel>
#include <QVector>

// Every HTTP exchange of the session (one row per attempt), newest last. Keeps at most capacity() rows:
// when full, the oldest rows are dropped in small chunks. Shows only what ExchangeRecord carries (no URL,
// no headers, no bodies), so secrets never reach it.
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Profile, Service, Action, HttpStatus, ErrorCode, RequestId, Latency, Attempt, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole,
        IsErrorRole,          // bool: HTTP status >= 400, no answer, or an error code
        SearchTextRole,
    };
    static constexpr int DefaultCapacity = 50000;

    explicit ActivityLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QString columnTitle(int column);

    void setCapacity(int rows);
    int capacity() const { return m_capacity; }
    // Rows dropped because the log was full, since the last clear().
    qint64 droppedCount() const { return m_dropped; }

    void append(const ExchangeRecord &record);
    void clear();
    ExchangeRecord record(int row) const;
    static bool isError(const ExchangeRecord &record);
    // Case-insensitive match on profile, service, action, error code, RequestId and HTTP status.
    bool rowContains(int row, const QString &needle) const;

    void retranslate();

signals:
    void recordAppended();

private:
    QVariant display(const ExchangeRecord &r, int column) const;
    QVariant raw(const ExchangeRecord &r, int column) const;
    void trimFor(int incoming);

    QVector<ExchangeRecord> m_rows;
    int m_capacity = DefaultCapacity;
    qint64 m_dropped = 0;
};
