// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionTable.h"

namespace emu {

void ActionTable::add(const QString &name, bool write, Run run)
{
    m_entries.insert(name, Entry{std::move(run), write});
}

const ActionTable::Run *ActionTable::find(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.constEnd() ? nullptr : &it->run;
}

} // namespace emu
