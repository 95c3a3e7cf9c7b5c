// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QMenu>
#include <QPointer>
#include <QTimer>

namespace ContextMenuSupport {

struct Outcome
{
    bool menuShown = false;     // the pane's slot opened a menu
    bool found = false;         // the menu held an action with that objectName
    bool enabled = false;       // ... and it was enabled (it was triggered only then)
    QStringList actions;        // objectNames of the menu's actions, in order
};

// Asks `view` for its context menu at the current index, exactly as a right click does (the pane's own slot
// builds the menu and runs QMenu::exec), then, from inside the menu's loop, triggers the action named
// `objectName` (when enabled) and closes the menu. Gives up after 5 s.
inline Outcome triggerContextMenuAction(QAbstractItemView *view, const QString &objectName)
{
    Outcome out;
    auto *poll = new QTimer;
    poll->setInterval(10);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(poll, &QTimer::timeout, poll, [&out, poll, objectName, &clock] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            if (clock.elapsed() > 5000)
                poll->stop();
            return;
        }
        poll->stop();
        out.menuShown = true;
        for (QAction *a : menu->actions()) {
            out.actions << a->objectName();
            if (a->objectName() == objectName) {
                out.found = true;
                out.enabled = a->isEnabled();
                if (a->isEnabled())
                    a->trigger();
            }
        }
        menu->close();
    });
    poll->start();
    const QRect cell = view->visualRect(view->currentIndex());
    emit view->customContextMenuRequested(cell.isValid() ? cell.center() : QPoint(5, 5));
    delete poll;
    return out;
}

} // namespace ContextMenuSupport
