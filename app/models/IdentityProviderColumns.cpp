// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/IdentityProviderColumns.h"

#include "models/PoolClientColumns.h"

QString IdentityProviderColumns::columnTitle(int column)
{
    switch (column) {
    case Name: return tr("Identity provider");
    case ConnectionType: return tr("Protocol");
    case Provider: return tr("Provider");
    case Enabled: return tr("State");
    case ConnectionUid: return tr("Connection ID");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

QString IdentityProviderColumns::enabledLabel(std::optional<bool> enabled)
{
    if (!enabled)
        return tr("Unknown");
    return *enabled ? tr("Enabled") : tr("Disabled");
}

namespace {
using P = IdentityProvider;
}

const RecordColumnSet<IdentityProvider> &IdentityProviderColumns::columnSet()
{
    static const RecordColumnSet<P> set = [] {
        using S = RecordColumnSet<P>;
        S s;
        s.setId([](const P &p) -> const QString & { return p.uid; });
        s.text([] { return columnTitle(Name); }, [](const P &p) -> const QString & { return p.name; });
        s.text([] { return columnTitle(ConnectionType); }, [](const P &p) -> const QString & { return p.connectionType; },
               S::TextSort::Exact)
            .headerToolTip = [] { return tr("How the pool talks to the provider (OIDC, SAML, OAuth …)"); };
        s.text([] { return columnTitle(Provider); }, [](const P &p) -> const QString & { return p.provider; });
        s.custom([] { return columnTitle(Enabled); }, [](const P &p) { return QVariant(enabledLabel(p.enabled)); },
                 [](const P &p) { return p.enabled ? QVariant(*p.enabled ? 1 : 0) : QVariant(); });
        s.text([] { return columnTitle(ConnectionUid); }, [](const P &p) -> const QString & { return p.uid; },
               S::TextSort::Id);
        s.time([] { return columnTitle(Created); }, [](const P &p) { return PoolClientColumns::parseTime(p.createTime); });
        s.time([] { return columnTitle(Updated); }, [](const P &p) { return PoolClientColumns::parseTime(p.updateTime); });
        s.setSearchFields({[](const P &p) -> const QString & { return p.name; },
                           [](const P &p) -> const QString & { return p.provider; },
                           [](const P &p) -> const QString & { return p.connectionType; },
                           [](const P &p) -> const QString & { return p.uid; }});
        s.setTieBreak(Name);
        return s;
    }();
    return set;
}

IdentityProviderColumns::Model *IdentityProviderColumns::createModel(QObject *parent)
{
    return new Model(columnSet(), PagedTableModel::FetchPolicy::All, parent);
}
