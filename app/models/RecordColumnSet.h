// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/DirectoryLabels.h"
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

// What a list shows of a record type R: one entry per column (in the order of the list's column enum) with its
// header text, how a cell is displayed, its raw value (sorting, export, exact filters) and alignment, plus the
// record's id, the fields the quick filter searches and the tie-break column for sorting. Accessors are plain
// function pointers (capture-less lambdas convert), so sorting 100,000 rows costs no std::function calls.
//
//   RecordColumnSet<DirectoryGroup> set;
//   set.setId([](const DirectoryGroup &g) -> const QString & { return g.id; });
//   set.text([] { return GroupListModel::tr("Group name"); }, [](const DirectoryGroup &g) -> const QString & { return g.name; });
//   set.time([] { return GroupListModel::tr("Created"); }, [](const DirectoryGroup &g) { return g.created; });
//
// Header-only because it is a template.
template<class R>
class RecordColumnSet
{
public:
    using TitleFn = QString (*)();
    using TextFn = const QString &(*)(const R &);
    using TimeFn = QDateTime (*)(const R &);
    using LabelFn = QString (*)(const QString &);
    using VariantFn = QVariant (*)(const R &);
    using ToolTipFn = QVariant (*)(const R &, int column);   // invalid: the display text
    using ExtraDataFn = QVariant (*)(const R &, int role);   // roles from RecordTableModelBase::FirstCustomRole
    using NumberFn = double (*)(const R &);                  // NaN: not known (sorts first)

    enum class Kind {
        Text,     // display = label(text) or text, raw = text
        Time,     // display = DirectoryLabels::time (or `display` if set), raw = the QDateTime (invalid sorts first)
        Number,   // display / raw functions; sorts on the number key (no QVariant per comparison)
        Custom,   // display / raw functions; sorts on the raw QVariant
    };
    enum class TextSort {
        Folded,   // case-insensitive (names, e-mail addresses)
        Exact,    // enum values, phone numbers
        Id,       // shorter first, then exact (numeric ids of any length sort numerically)
    };

    struct Column
    {
        TitleFn title = nullptr;
        TitleFn headerToolTip = nullptr;   // nullptr: the title
        Kind kind = Kind::Text;
        TextSort textSort = TextSort::Folded;
        TextFn text = nullptr;
        LabelFn label = nullptr;
        TimeFn time = nullptr;
        VariantFn display = nullptr;
        VariantFn raw = nullptr;
        NumberFn number = nullptr;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    // Columns, appended in the order of the list's column enum. The returned reference is valid until the
    // next column is added (chain setters on it right away).
    Column &text(TitleFn title, TextFn text, TextSort sort = TextSort::Folded)
    {
        Column c;
        c.title = title;
        c.text = text;
        c.textSort = sort;
        return add(c);
    }
    // An enum-like value shown through `label` (DirectoryLabels::source ...), raw and sorted as the value.
    Column &label(TitleFn title, TextFn text, LabelFn label)
    {
        Column c;
        c.title = title;
        c.text = text;
        c.label = label;
        c.textSort = TextSort::Exact;
        return add(c);
    }
    Column &time(TitleFn title, TimeFn time)
    {
        Column c;
        c.title = title;
        c.kind = Kind::Time;
        c.time = time;
        return add(c);
    }
    Column &custom(TitleFn title, VariantFn display, VariantFn raw)
    {
        Column c;
        c.title = title;
        c.kind = Kind::Custom;
        c.display = display;
        c.raw = raw;
        return add(c);
    }

    // A numeric column (counts, latencies, states): shown through `display`, RawValueRole `raw`, sorted on
    // `number` (NaN = not known, sorts before every number). Right-aligned.
    Column &number(TitleFn title, VariantFn display, VariantFn raw, NumberFn number)
    {
        Column c;
        c.title = title;
        c.kind = Kind::Number;
        c.display = display;
        c.raw = raw;
        c.number = number;
        c.alignment = Qt::AlignRight | Qt::AlignVCenter;
        return add(c);
    }

    void setId(TextFn id) { m_id = id; }
    // The fields the quick filter matches (case-insensitive substring), in SearchTextRole order.
    void setSearchFields(const QVector<TextFn> &fields) { m_search = fields; }
    // Equal values are ordered on this column (a Text column), then by row.
    void setTieBreak(int column) { m_tieBreak = column; }
    void setCellToolTip(ToolTipFn fn) { m_toolTip = fn; }
    void setExtraData(ExtraDataFn fn, const QHash<int, QByteArray> &roleNames)
    {
        m_extra = fn;
        m_extraRoleNames = roleNames;
    }

    // What a cell of `column` shows (DisplayRole) and its raw value (RawValueRole: sorting, export), for any
    // model that holds R records (RecordTableModel, the sparse pool-user model).
    QVariant displayValue(const R &r, int column) const
    {
        const Column &c = m_columns.at(column);
        switch (c.kind) {
        case Kind::Text: return c.label ? c.label(c.text(r)) : c.text(r);
        case Kind::Time: return c.display ? c.display(r) : QVariant(DirectoryLabels::time(c.time(r)));
        case Kind::Number:
        case Kind::Custom: return c.display(r);
        }
        return {};
    }
    QVariant rawValue(const R &r, int column) const
    {
        const Column &c = m_columns.at(column);
        switch (c.kind) {
        case Kind::Text: return c.text(r);
        case Kind::Time: return c.time(r);
        case Kind::Number:
        case Kind::Custom: return c.raw ? c.raw(r) : c.display(r);
        }
        return {};
    }
    // The search fields of a record, one per line (SearchTextRole).
    QString searchText(const R &r) const
    {
        QStringList fields;
        for (const auto field : m_search)
            fields << field(r);
        return fields.join(QLatin1Char('\n'));
    }

    int count() const { return int(m_columns.size()); }
    const Column &at(int column) const { return m_columns.at(column); }
    TextFn id() const { return m_id; }
    const QVector<TextFn> &searchFields() const { return m_search; }
    int tieBreak() const { return m_tieBreak; }
    ToolTipFn cellToolTip() const { return m_toolTip; }
    ExtraDataFn extraData() const { return m_extra; }
    const QHash<int, QByteArray> &extraRoleNames() const { return m_extraRoleNames; }

private:
    Column &add(const Column &c)
    {
        m_columns.append(c);
        return m_columns.last();
    }

    QVector<Column> m_columns;
    TextFn m_id = nullptr;
    QVector<TextFn> m_search;
    int m_tieBreak = 0;
    ToolTipFn m_toolTip = nullptr;
    ExtraDataFn m_extra = nullptr;
    QHash<int, QByteArray> m_extraRoleNames;
};
