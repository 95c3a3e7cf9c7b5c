// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserPoolFilterProxy.h"

#include "models/UserPoolModel.h"
#include <QDateTime>

UserPoolFilterProxy::UserPoolFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserPoolModel::RawValueRole);
    setDynamicSortFilter(true);
}

void UserPoolFilterProxy::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

void UserPoolFilterProxy::setEnabledFilter(EnabledFilter filter)
{
    if (filter == m_enabled)
        return;
    m_enabled = filter;
    invalidateFilter();
}

bool UserPoolFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_enabled != EnabledFilter::All) {
        const int state = idx.data(UserPoolModel::EnabledStateRole).toInt();
        if (state != (m_enabled == EnabledFilter::EnabledOnly ? 1 : 0))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    return idx.data(UserPoolModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool UserPoolFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Unknown values (invalid, or -1 for a not-yet-known Enabled) sort before known ones.
    const bool lNull = !l.isValid() || (left.column() == UserPoolModel::Enabled && l.toInt() < 0);
    const bool rNull = !r.isValid() || (right.column() == UserPoolModel::Enabled && r.toInt() < 0);
    if (lNull != rNull)
        return lNull;
    if (!lNull) {
        switch (l.typeId()) {
        case QMetaType::QDateTime: {
            const QDateTime a = l.toDateTime(), b = r.toDateTime();
            if (a != b)
                return a < b;
            break;
        }
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double: {
            const double a = l.toDouble(), b = r.toDouble();
            if (a != b)
                return a < b;
            break;
        }
        default: {
            const int c = QString::localeAwareCompare(l.toString(), r.toString());
            if (c != 0)
                return c < 0;
            break;
        }
        }
    }
    // Stable tie-break: name, then uid.
    const QModelIndex ln = left.sibling(left.row(), UserPoolModel::Name);
    const QModelIndex rn = right.sibling(right.row(), UserPoolModel::Name);
    const int c = QString::localeAwareCompare(ln.data(UserPoolModel::RawValueRole).toString(),
                                              rn.data(UserPoolModel::RawValueRole).toString());
    if (c != 0)
        return c < 0;
    return ln.data(UserPoolModel::UidRole).toString() < rn.data(UserPoolModel::UidRole).toString();
}
