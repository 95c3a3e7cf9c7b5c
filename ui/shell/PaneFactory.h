// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class Pane;
class QWidget;

// The main window's pages, in navigation order. Adding a pane = one line in PaneFactory.cpp.
class PaneFactory
{
public:
    static QList<Pane *> createPanes(QWidget *parent);
};
