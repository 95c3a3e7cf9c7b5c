// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

FirstPaintProbe::FirstPaintProbe(QWidget *window)
    : QObject(window), m_window(window)
{
}

FirstPaintProbe *FirstPaintProbe::installIfRequested(QWidget *window)
{
    if (!window || qEnvironmentVariableIsEmpty("IDCONSOLE_EXIT_AFTER_FIRST_PAINT"))
        return nullptr;
    auto *probe = new FirstPaintProbe(window);
    qApp->installEventFilter(probe); // any widget of the window: the first one painted marks the first frame
    return probe;
}

qint64 FirstPaintProbe::msSinceProcessStart()
{
    // Field 22 of /proc/self/stat: start time in clock ticks after boot; CLOCK_BOOTTIME is "now" on that scale.
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const int close = stat.lastIndexOf(')'); // the command name may contain spaces
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After ")": field 3 is index 0, so field 22 is index 19.
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / hz;
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && m_window) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && w->window() == m_window) {
            m_seen = true;
            // Report once this frame is finished (painted and flushed), from the next event-loop round.
            QTimer::singleShot(0, this, [] {
                std::printf("FIRST_PAINT %lld\n", static_cast<long long>(msSinceProcessStart()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}
