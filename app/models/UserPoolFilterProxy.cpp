// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UserPoolFilterProxy.h"

#include "models/UserPoolModel.h"

// The Enabled column's raw value is 1 / 0 / -1 (unknown): the filter is an exact match on its text.
void UserPoolFilterProxy::setEnabledFilter(EnabledFilter filter)
{
    setColumnFilter(UserPoolModel::Enabled, filter == EnabledFilter::All           ? QString()
                                            : filter == EnabledFilter::EnabledOnly ? QStringLiteral("1")
                                                                                   : QStringLiteral("0"));
}

UserPoolFilterProxy::EnabledFilter UserPoolFilterProxy::enabledFilter() const
{
    const QString f = columnFilter(UserPoolModel::Enabled);
    return f.isEmpty() ? EnabledFilter::All : f == QLatin1String("1") ? EnabledFilter::EnabledOnly : EnabledFilter::DisabledOnly;
}
