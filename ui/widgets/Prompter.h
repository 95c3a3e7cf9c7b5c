// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Every question the UI asks a person goes through this seam, so GUI tests can answer it
// (tests install a scripted Prompter with Prompter::setInstance()).
class Prompter
{
public:
    virtual ~Prompter() = default;

    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText) = 0;
    // Asks the person to type `expected` to confirm (e.g. the pool's name before deleting it).
    virtual bool confirmByTyping(QWidget *parent, const QString &title, const QString &text, const QString &expected) = 0;
    // Returns the chosen item, or an empty string when cancelled.
    virtual QString choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                           int current = 0) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // Returns the empty string when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                 const QString &filter) = 0;

    static Prompter *instance();
    static void setInstance(Prompter *prompter); // nullptr restores the widget-based default
};
