// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

// Start-up measurement hook for the cold-start benchmark (tests/bench/bench_coldstart). Inactive unless the
// environment variable IDCONSOLE_EXIT_AFTER_FIRST_PAINT is set: then, once the first frame of `window` has been
// painted, it prints "FIRST_PAINT <ms>" on stdout (milliseconds since the process started, from the kernel's
// process start time) and quits the application.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    // Does nothing (returns nullptr) when the variable is not set.
    static FirstPaintProbe *installIfRequested(QWidget *window);
    // Milliseconds since this process was started (Linux /proc/self/stat; -1 when unknown).
    static qint64 msSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget *window);
    QPointer<QWidget> m_window;
    bool m_seen = false;
};
