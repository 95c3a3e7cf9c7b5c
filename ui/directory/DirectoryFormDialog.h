// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/DirectoryBackend.h"
#include "widgets/RecordFormDialog.h"
#include <QPointer>

class QComboBox;
class QPlainTextEdit;

// A record form of a directory (UserDialog, GroupDialog, ProvisioningDialog): RecordFormDialog with the
// backend and its capabilities; a server error is shown on the field the backend says it concerns.
class DirectoryFormDialog : public RecordFormDialog
{
    Q_OBJECT
protected:
    DirectoryFormDialog(DirectoryBackend *backend, QWidget *parent);

    // A four-line description editor (Tab moves on).
    QPlainTextEdit *createDescriptionEdit();
    // Selects the item whose data is `value`, if there is one.
    static void selectData(QComboBox *combo, const QString &value);
    QString fieldForError(const ApiError &error) const override;

    QPointer<DirectoryBackend> m_backend;
    DirectoryBackend::Capabilities m_caps;
};
