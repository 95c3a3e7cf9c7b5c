// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "cloud/DirectoryRecords.h"
#include "import/ImportTarget.h"
#include <QList>
#include <QObject>
#include <QString>

// One planned write of an import.
struct ImportTask
{
    enum class Kind { Create, Update };
    Kind kind = Kind::Create;
    int row = -1;                // index of the row in the import (passed back in the result)
    UserDraft draft;             // Create: the row; Update: the existing user with the changed cells applied
    QString userId;              // Update
    QString key;                 // the row's key (user name; pool users: PreferredUsername or Email)
    QString keyField;            // the header it came from
    ImportTarget::Values fields; // pool users: Create: the row's values; Update: the changed values only
};

struct ImportTaskResult
{
    bool ok = false;
    ApiError error;              // failure (ambiguous set when it may or may not have happened)
    QString requestId;
    QString userId;              // the created / updated user
    QString note;                // e.g. VerifiedCreate's account of an unknown outcome it resolved (tr()'d)
    bool sent = true;            // false: never sent (cancelled before its turn)
};

// The write step of an import, behind one small interface: runs the tasks and reports each task's outcome once.
// The implementation is BulkImportExecutor, a thin adapter over the one BulkRunner (BulkOperation::importUsers);
// tests may substitute their own. cancel() sends no further task (they finish
// with sent=false, Kind::Cancelled) and waits for the writes already sent: finished() comes after the last one.
class ImportExecutor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(const QList<ImportTask> &tasks) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    virtual int inFlight() const = 0;

signals:
    void taskStarted(int taskIndex);
    void taskFinished(int taskIndex, const ImportTaskResult &result);
    void finished();
};
