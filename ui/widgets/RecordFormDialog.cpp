// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/RecordFormDialog.h"

#include "api/ApiError.h"
#include "widgets/AccessibleText.h"
#include "widgets/FormErrorPresenter.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

RecordFormDialog::RecordFormDialog(QWidget *parent) : QDialog(parent) {}

QVBoxLayout *RecordFormDialog::createFormLayout(QLabel *intro, const QString &scrollName)
{
    auto *layout = new QVBoxLayout(this);
    if (intro) {
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    m_form = new QFormLayout;
    if (!scrollName.isEmpty()) {
        auto *scroll = new QScrollArea(this);
        scroll->setObjectName(scrollName);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);   // the form follows the dialog's width
        auto *body = new QWidget(scroll);
        body->setLayout(m_form);
        scroll->setWidget(body);
        layout->addWidget(scroll, 1);
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    } else {
        layout->addLayout(m_form);
        m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    }
    m_errors = new FormErrorPresenter(this, m_form);
    return layout;
}

void RecordFormDialog::addButtons(QVBoxLayout *layout)
{
    layout->addWidget(m_errors->generalErrorLabel());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    // Custom buttons: the box re-labels its standard buttons on a language change ("Create" would become "Save").
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_retry = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    layout->addWidget(m_buttons);
    connect(m_save, &QPushButton::clicked, this, &RecordFormDialog::save);
    connect(m_retry, &QPushButton::clicked, this, [this] { beginLoad(m_loadingText); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordFormDialog::reject);
    retranslateButtons();
    retranslate();
    updateSaveEnabled();
}

void RecordFormDialog::retranslateButtons()
{
    if (!m_buttons)
        return;
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(AccessibleText::fromLabel(m_retry->text()));
    m_retry->setToolTip(tr("Read the record again"));
}

void RecordFormDialog::setSaveText(const QString &text)
{
    m_save->setText(text);
    m_save->setAccessibleName(AccessibleText::fromLabel(text));
}

void RecordFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_buttons) {
        retranslateButtons();
        retranslate();
        updateSaveEnabled();   // its tool tip says why Save is disabled, in the current language
    }
    QDialog::changeEvent(event);
}

bool RecordFormDialog::canSave(QString *) const
{
    return true;
}

void RecordFormDialog::busyChanged(bool) {}

void RecordFormDialog::fetch() {}

void RecordFormDialog::updateSaveEnabled()
{
    if (!m_save)
        return;
    if (m_busy || !m_loaded) {
        m_save->setEnabled(false);
        return;
    }
    QString why;
    const bool ok = canSave(&why);
    m_save->setEnabled(ok);
    m_save->setToolTip(ok ? QString() : why);
}

void RecordFormDialog::setBusy(bool busy, const QString &text, bool writing)
{
    m_busy = busy;
    m_writing = busy && writing;
    m_errors->setEditorsEnabled(!busy);
    busyChanged(busy);
    if (m_buttons) {
        // While a write is on its way the dialog cannot be cancelled: the answer decides what happened.
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_writing);
        m_status->setText(text);
        m_status->setVisible(busy && !text.isEmpty());
    }
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateSaveEnabled();
}

void RecordFormDialog::save()
{
    if (!m_busy && m_loaded && m_save && m_save->isEnabled())
        submit();
}

void RecordFormDialog::reject()
{
    if (m_writing)
        return;   // a write on its way: its answer decides what happened
    QDialog::reject();
}

void RecordFormDialog::setLoaded(bool loaded)
{
    m_loaded = loaded;
    updateSaveEnabled();
}

void RecordFormDialog::beginLoad(const QString &loadingText)
{
    m_loadingText = loadingText;
    m_loaded = false;
    if (m_retry)
        m_retry->hide();
    clearErrors();
    setBusy(true, loadingText, false);
    fetch();
}

bool RecordFormDialog::endLoad(bool ok, const ApiError &error, const QString &requestId, const QString &failureText)
{
    if (!requestId.isEmpty())
        emit requestIdSeen(requestId);
    setBusy(false);
    if (!ok) {   // a failure, or no answer at all (not connected: "Not connected.")
        const QString text = FormErrorPresenter::apiErrorText(error, QString());
        m_errors->showFieldError(QString(), failureText.isEmpty() ? text : failureText.arg(text));
        m_retry->show();
        m_loaded = false;
        updateSaveEnabled();
        return false;
    }
    m_retry->hide();
    m_loaded = true;
    updateSaveEnabled();
    return true;
}

QString RecordFormDialog::fieldForError(const ApiError &error) const
{
    const QString prefix = QStringLiteral("InvalidParameter.");
    if (error.code.startsWith(prefix) && m_errors->hasField(error.code.mid(prefix.size())))
        return error.code.mid(prefix.size());
    return QString();
}

QString RecordFormDialog::showWriteError(const ApiError &error, const QString &ambiguousNote, const QString &prefix)
{
    const QString field = error.isError() ? fieldForError(error) : QString();
    QString general;
    if (!field.isEmpty()) {
        // The service's own wording for invalid input names the problem best.
        const QString localized = error.localizedMessage();
        const QString message = (error.kind == ApiError::Kind::InvalidInput || localized.isEmpty())
                                        && !error.message.isEmpty()
                                    ? error.message
                                    : localized;
        m_errors->showFieldError(field, message);
        if (!error.code.isEmpty() || !error.requestId.isEmpty())
            general = FormErrorPresenter::apiErrorText(error, ambiguousNote);
    } else {
        general = FormErrorPresenter::apiErrorText(error, ambiguousNote);
    }
    if (!prefix.isEmpty())
        general = general.isEmpty() ? prefix : prefix + QLatin1Char('\n') + general;
    if (!general.isEmpty())
        m_errors->showFieldError(QString(), general);
    return field;
}

void RecordFormDialog::showFieldProblem(const QString &field, const QString &message)
{
    // A problem of no field of this form (or of none) goes to the general error.
    m_errors->showFieldError(m_errors->hasField(field) ? field : QString(), message);
}

void RecordFormDialog::focusField(const QString &field)
{
    if (QWidget *w = fieldWidget(field))
        w->setFocus(Qt::OtherFocusReason);
}

void RecordFormDialog::clearErrors()
{
    m_errors->clearErrors();
}

QWidget *RecordFormDialog::fieldWidget(const QString &field) const
{
    return m_errors->fieldWidget(field);
}

QString RecordFormDialog::fieldError(const QString &field) const
{
    return m_errors->fieldError(field);
}

QString RecordFormDialog::generalError() const
{
    return m_errors->generalError();
}

QString RecordFormDialog::statusText() const
{
    return m_status && !m_status->isHidden() ? m_status->text() : QString();
}
