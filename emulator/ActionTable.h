// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "ApiResult.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace emu {

// The actions of one emulated service: name -> the function that answers it, and whether it writes (read-only
// keys, write locks and persistence depend on that).
class ActionTable
{
public:
    using Run = std::function<ApiResult(const ApiCall &)>;

    void add(const QString &name, bool write, Run run);
    // A member function of `owner`, which must outlive the table.
    template <class Owner>
    void addRead(const QString &name, Owner *owner, ApiResult (Owner::*method)(const ApiCall &))
    {
        add(name, false, [owner, method](const ApiCall &call) { return (owner->*method)(call); });
    }
    template <class Owner>
    void addWrite(const QString &name, Owner *owner, ApiResult (Owner::*method)(const ApiCall &))
    {
        add(name, true, [owner, method](const ApiCall &call) { return (owner->*method)(call); });
    }

    QStringList names() const { return m_entries.keys(); }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    bool isWrite(const QString &name) const { return m_entries.value(name).write; }
    // nullptr for an unknown action.
    const Run *find(const QString &name) const;

private:
    struct Entry
    {
        Run run;
        bool write = false;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace emu
