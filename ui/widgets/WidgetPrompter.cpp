// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WidgetPrompter.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
Prompter *g_instance = nullptr;
}

Prompter *Prompter::instance()
{
    static WidgetPrompter defaultPrompter;
    return g_instance ? g_instance : &defaultPrompter;
}

void Prompter::setInstance(Prompter *prompter)
{
    g_instance = prompter;
}

bool WidgetPrompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *ok = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == ok;
}

bool WidgetPrompter::confirmByTyping(QWidget *parent, const QString &title, const QString &text, const QString &expected)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    auto *edit = new QLineEdit(&dialog);
    edit->setPlaceholderText(expected);
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    QObject::connect(edit, &QLineEdit::textChanged, ok, [ok, expected](const QString &t) { ok->setEnabled(t == expected); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted && edit->text() == expected;
}

QString WidgetPrompter::choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                               int current)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    return ok ? item : QString();
}

void WidgetPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString WidgetPrompter::saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                     const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}
