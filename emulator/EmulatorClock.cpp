// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorClock.h"

namespace emu {

QDateTime EmulatorClock::now() const
{
    const QDateTime base = m_fixed.isValid() ? m_fixed.toUTC() : QDateTime::currentDateTimeUtc();
    return base.addSecs(m_skewSeconds);
}

} // namespace emu
