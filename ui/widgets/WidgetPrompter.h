// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/Prompter.h"

// The real dialogs (QMessageBox, QInputDialog, QFileDialog).
class WidgetPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText) override;
    bool confirmByTyping(QWidget *parent, const QString &title, const QString &text, const QString &expected) override;
    QString choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                   int current) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                         const QString &filter) override;
};
