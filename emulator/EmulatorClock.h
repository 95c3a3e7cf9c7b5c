// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace emu {

// The emulator's notion of "now": the system clock shifted by --clock-skew, or a fixed instant in tests.
class EmulatorClock
{
public:
    QDateTime now() const;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    void setSkewSeconds(qint64 seconds) { m_skewSeconds = seconds; }
    qint64 skewSeconds() const { return m_skewSeconds; }
    void setFixed(const QDateTime &instant) { m_fixed = instant; }
    void clearFixed() { m_fixed = QDateTime(); }

private:
    qint64 m_skewSeconds = 0;
    QDateTime m_fixed;
};

} // namespace emu
