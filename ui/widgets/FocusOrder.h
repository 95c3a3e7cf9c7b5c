// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

// Keyboard order for content built after its window (detail panels rebuilt on every selection): Qt appends
// new widgets at the end of the window's Tab chain, after the status bar. chainAfter() puts the focusable
// widgets under `container` (in creation order, which is their reading order) right after `anchor`.
class FocusOrder
{
public:
    static void chainAfter(QWidget *anchor, QWidget *container);

    FocusOrder() = delete;
};
