// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;
class QLineEdit;

// Accessible names and descriptions a screen reader (AT-SPI) announces, beyond what a widget's own
// setAccessibleName() gives:
//   * describeRows(view): keeps the view's description at "<its accessible name>, <n> rows" while rows come
//     and go (call it again from the owner's retranslation: the text follows the language);
//   * nameEditActions(edit, name): names the icon buttons inside a line edit (on the buttons: an action's text
//     would show as their tooltip) — its decorative actions (a search icon) get `name`, Qt's clear button
//     "Clear the text";
//   * install(): once per application, names the clear button of every line edit when it is polished and
//     again on every language switch, so a new field with setClearButtonEnabled(true) is never unnamed.
class AccessibleText
{
public:
    static void describeRows(QAbstractItemView *view);
    static QString rowsDescription(const QAbstractItemView *view);
    static void nameEditActions(QLineEdit *edit, const QString &decorationName = QString());
    static void install();
    // A label's text as a name: "&Name (required):" -> "Name (required)", "用户名(&U)：" -> "用户名".
    static QString fromLabel(const QString &labelText);

    AccessibleText() = delete;
};
