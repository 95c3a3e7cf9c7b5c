// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace emu {

// One user's membership in one group (both Cloud Identity and CloudSSO).
struct GroupMembership
{
    QString groupId;
    QString userId;
    qint64 joinTime = 0;
    qint64 seq = 0;
};

} // namespace emu
