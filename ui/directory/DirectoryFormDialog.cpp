// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectoryFormDialog.h"

#include "widgets/FormErrorPresenter.h"
#include <QComboBox>
#include <QPlainTextEdit>

DirectoryFormDialog::DirectoryFormDialog(DirectoryBackend *backend, QWidget *parent)
    : RecordFormDialog(parent), m_backend(backend)
{
    if (backend)
        m_caps = backend->capabilities();
}

QPlainTextEdit *DirectoryFormDialog::createDescriptionEdit()
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

void DirectoryFormDialog::selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

QString DirectoryFormDialog::fieldForError(const ApiError &error) const
{
    const QString field = m_backend ? m_backend->fieldForError(error) : QString();
    return !field.isEmpty() && m_errors->hasField(field) ? field : QString();
}
