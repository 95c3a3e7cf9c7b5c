// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectoryFormDialog.h"

#include "directory/DirectoryPane.h"
#include "widgets/FormErrorPresenter.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DirectoryFormDialog::DirectoryFormDialog(DirectoryBackend *backend, QWidget *parent)
    : QDialog(parent), m_backend(backend)
{
    if (backend)
        m_caps = backend->capabilities();
}

QVBoxLayout *DirectoryFormDialog::createFormLayout()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_errors = new FormErrorPresenter(this, m_form);
    return layout;
}

void DirectoryFormDialog::addButtons(QVBoxLayout *layout)
{
    layout->addWidget(m_errors->generalErrorLabel());
    // A custom accept button: the box re-labels its standard buttons on a language change ("Create" → "Save").
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DirectoryFormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

void DirectoryFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QWidget *DirectoryFormDialog::fieldWidget(const QString &field) const
{
    return m_errors->fieldWidget(field);
}

QString DirectoryFormDialog::fieldError(const QString &field) const
{
    return m_errors->fieldError(field);
}

QString DirectoryFormDialog::generalError() const
{
    return m_errors->generalError();
}

QString DirectoryFormDialog::showWriteError(const ApiError &error, const QString &ambiguousNote)
{
    const QString field = m_backend ? m_backend->fieldForError(error) : QString();
    if (!field.isEmpty() && m_errors->hasField(field)) {
        // The service's own wording for invalid input names the problem best.
        const QString message = error.kind == ApiError::Kind::InvalidInput && !error.message.isEmpty()
                                    ? error.message
                                    : error.localizedMessage();
        m_errors->showFieldError(field, message);
        return field;
    }
    QString text = DirectoryPane::errorText(error);
    if (error.ambiguous)
        text += QLatin1Char('\n') + ambiguousNote;
    m_errors->showFieldError(QString(), text);
    return QString();
}
