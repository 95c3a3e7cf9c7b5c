// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FormErrorPresenter.h"

#include "widgets/AccessibleText.h"
#include "api/ApiError.h"
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
const char *const kErrorColour = "color: #c62828;";
const char *const kErrorBorder = "border: 1px solid #c62828;";

QString appended(const QString &existing, const QString &message)
{
    return existing.isEmpty() ? message : existing + QLatin1Char('\n') + message;
}
}

FormErrorPresenter::FormErrorPresenter(QWidget *dialog, QFormLayout *form)
    : QObject(dialog), m_dialog(dialog), m_form(form)
{
    m_generalError = new QLabel(dialog);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generalError->setStyleSheet(QLatin1String(kErrorColour));
    m_generalError->hide();
}

void FormErrorPresenter::addField(const QString &name, QWidget *editor, QWidget *trailing)
{
    Field f;
    f.label = new QLabel(m_dialog);
    f.label->setBuddy(editor);
    f.editor = editor;
    editor->setObjectName(name);
    auto *box = new QWidget(m_dialog);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    if (trailing) {
        auto *h = new QHBoxLayout;
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(editor, 1);
        h->addWidget(trailing, 0, Qt::AlignTop);
        v->addLayout(h);
    } else {
        v->addWidget(editor);
    }
    f.error = new QLabel(box);
    f.error->setObjectName(name + QStringLiteral("Error"));
    f.error->setWordWrap(true);
    f.error->setStyleSheet(QLatin1String(kErrorColour));
    f.error->hide();
    v->addWidget(f.error);
    m_form->addRow(f.label, box);
    m_fields.insert(name, f);
    // Editing a field clears its error.
    auto clear = [this, name] { clearFieldError(name); };
    if (auto *le = qobject_cast<QLineEdit *>(editor))
        connect(le, &QLineEdit::textEdited, this, clear);
    else if (auto *pe = qobject_cast<QPlainTextEdit *>(editor))
        connect(pe, &QPlainTextEdit::textChanged, this, clear);
}

void FormErrorPresenter::setLabel(const QString &field, const QString &text)
{
    auto it = m_fields.find(field);
    if (it != m_fields.end()) {
        it->label->setText(text);
        // The label sits beside the editor's row widget, where a screen reader does not look for it.
        it->editor->setAccessibleName(AccessibleText::fromLabel(text));
    }
}

void FormErrorPresenter::setEditorsEnabled(bool enabled)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it->editor->setEnabled(enabled);
}

QWidget *FormErrorPresenter::fieldWidget(const QString &field) const
{
    return m_fields.value(field).editor;
}

QString FormErrorPresenter::fieldError(const QString &field) const
{
    const Field f = m_fields.value(field);
    return f.error && !f.error->isHidden() ? f.error->text() : QString();
}

QString FormErrorPresenter::generalError() const
{
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

void FormErrorPresenter::clearFieldError(const QString &name)
{
    const Field f = m_fields.value(name);
    if (!f.error)
        return;
    f.error->hide();
    f.error->clear();
    f.editor->setStyleSheet(QString());
    f.editor->setAccessibleDescription(QString());
}

void FormErrorPresenter::clearErrors()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        clearFieldError(it.key());
    m_generalError->hide();
    m_generalError->clear();
}

void FormErrorPresenter::showFieldError(const QString &field, const QString &message)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end()) {
        m_generalError->setText(appended(m_generalError->text(), message));
        m_generalError->show();
        return;
    }
    it->error->setText(appended(it->error->text(), message));
    it->error->show();
    // Scoped to the editor itself: on a container of several controls (check boxes, spin boxes) an unscoped
    // border would cascade onto every child.
    it->editor->setStyleSheet(QStringLiteral("#%1 { %2 }").arg(it->editor->objectName(), QLatin1String(kErrorBorder)));
    it->editor->setAccessibleDescription(it->error->text());   // read out with the field
}

void FormErrorPresenter::showParameterError(const ApiError &error)
{
    const QString prefix = QStringLiteral("InvalidParameter.");
    if (!error.code.startsWith(prefix) || !hasField(error.code.mid(prefix.size())))
        return;
    const QString message = error.localizedMessage();
    showFieldError(error.code.mid(prefix.size()), message.isEmpty() ? error.message : message);
}

QString FormErrorPresenter::apiErrorText(const ApiError &error, const QString &ambiguousText)
{
    if (!error.isError())
        return tr("Not connected.");
    QStringList lines;
    const QString message = error.localizedMessage();
    lines << (message.isEmpty() ? error.message : message);
    if (error.ambiguous)
        lines << ambiguousText;
    QStringList details;
    if (!error.code.isEmpty())
        details << tr("Code: %1").arg(error.code);
    if (!error.requestId.isEmpty())
        details << tr("RequestId: %1").arg(error.requestId);
    if (!details.isEmpty())
        lines << details.join(QStringLiteral(" · "));
    return lines.join(QLatin1Char('\n'));
}
