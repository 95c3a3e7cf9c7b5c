// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PoolClientColumns.h"

QString PoolClientColumns::columnTitle(int column)
{
    switch (column) {
    case Name: return tr("Application");
    case ClientType: return tr("Type");
    case Description: return tr("Description");
    case ClientUid: return tr("Client ID");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

QString PoolClientColumns::typeLabel(const QString &clientType)
{
    if (clientType == QLatin1String("WEB_APPLICATION"))
        return tr("Web application");
    if (clientType == QLatin1String("SINGLE_PAGE_APPLICATION"))
        return tr("Single-page application");
    if (clientType == QLatin1String("MOBILE_APPLICATION"))
        return tr("Mobile or native application");
    if (clientType == QLatin1String("MACHINE_TO_MACHINE"))
        return tr("Machine to machine");
    return clientType;
}

QString PoolClientColumns::typeDescription(const QString &clientType)
{
    if (clientType == QLatin1String("WEB_APPLICATION"))
        return tr("A server-side web application that can keep a client secret.");
    if (clientType == QLatin1String("SINGLE_PAGE_APPLICATION"))
        return tr("A JavaScript application running in the browser; it cannot keep a secret.");
    if (clientType == QLatin1String("MOBILE_APPLICATION"))
        return tr("An app on a phone or desktop; it cannot keep a secret.");
    if (clientType == QLatin1String("MACHINE_TO_MACHINE"))
        return tr("A service or agent that signs in as itself, without a user.");
    return {};
}

QDateTime PoolClientColumns::parseTime(const QString &rfc3339)
{
    if (rfc3339.isEmpty())
        return {};
    return QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
}

namespace {
using C = PoolClient;
}

const RecordColumnSet<PoolClient> &PoolClientColumns::columnSet()
{
    static const RecordColumnSet<C> set = [] {
        using S = RecordColumnSet<C>;
        S s;
        s.setId([](const C &c) -> const QString & { return c.uid; });
        s.text([] { return columnTitle(Name); }, [](const C &c) -> const QString & { return c.name; });
        s.label([] { return columnTitle(ClientType); }, [](const C &c) -> const QString & { return c.clientType; },
                &typeLabel);
        s.text([] { return columnTitle(Description); }, [](const C &c) -> const QString & { return c.description; });
        s.text([] { return columnTitle(ClientUid); }, [](const C &c) -> const QString & { return c.uid; },
               S::TextSort::Id)
            .headerToolTip = [] { return tr("The application's client ID (Uid), used in OAuth requests"); };
        s.time([] { return columnTitle(Created); }, [](const C &c) { return parseTime(c.createTime); });
        s.time([] { return columnTitle(Updated); }, [](const C &c) { return parseTime(c.updateTime); });
        s.setSearchFields({[](const C &c) -> const QString & { return c.name; },
                           [](const C &c) -> const QString & { return c.description; },
                           [](const C &c) -> const QString & { return c.clientType; },
                           [](const C &c) -> const QString & { return c.uid; }});
        s.setTieBreak(Name);
        return s;
    }();
    return set;
}

PoolClientColumns::Model *PoolClientColumns::createModel(QObject *parent)
{
    return new Model(columnSet(), PagedTableModel::FetchPolicy::All, parent);
}
