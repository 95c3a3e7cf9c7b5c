// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "widgets/BulkProgressDialog.h"
#include "cloud/DirectoryBackend.h"
#include "widgets/ListPane.h"
#include <QPointer>
#include <functional>

class DirectorySelector;
class QAbstractItemView;
class QAbstractProxyModel;
class QAction;
class QDialog;
class QHeaderView;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class QVBoxLayout;

// Base of the Users, Groups, Provisioning events and User provisionings panes: one DirectoryBackend per session
// (Cloud Identity or CloudSSO), the CloudSSO directory selector, lazy loading (a pane loads when first shown,
// and again after a profile or directory switch), one create / edit dialog at a time and batches of writes with
// a progress dialog. The list machinery (toolbar, debounced search, state widget, CSV, copy, header state,
// delete flow) comes from ListPane.
class DirectoryPane : public ListPane
{
    Q_OBJECT
public:
    bool supports(const Session *session, QString *reason) const override;
    void setSession(Session *session) override;
    void refresh() override;

    DirectoryBackend *backend() const { return m_backend; }
    DirectorySelector *directorySelector() const { return m_selector; }
    // Whether the pane can list now: a backend, and for CloudSSO a chosen directory.
    bool directoryReady() const;
    // Tests: use this backend (owned by the caller) instead of creating one for the session.
    void setBackendOverride(DirectoryBackend *backend) { m_backendOverride = backend; }

    // "Message (CODE, RequestId …)" for status lines and warnings.
    static QString errorText(const ApiError &error);

    // The create / edit dialog the pane has open, if any.
    QDialog *activeDialog() const { return m_dialog; }
    // The progress dialog of the last batch of writes (while it is open).
    BulkProgressDialog *activeBulk() const { return m_bulk; }
    // Applies the pending search / filters now instead of after the debounce.
    void applySearch() override = 0;

protected:
    explicit DirectoryPane(QWidget *parent = nullptr);

    // The backend changed (new session, nullptr when disconnected): reset models, capabilities, actions.
    virtual void backendChanged() = 0;
    // Load (or reload) the lists; called when shown for the first time after a change, on directory
    // change while visible, and by refresh().
    virtual void load() = 0;

    void showEvent(QShowEvent *event) override;

    // The pane's top-level layout, directory selector first.
    QVBoxLayout *createPaneLayout();

    // Whether a create / edit dialog may open now: the directory is ready and no dialog is showing.
    bool canOpenDialog() const;
    // Opens `dialog` window-modal, deleted on close, as the pane's activeDialog().
    void openDialog(QDialog *dialog);
    // The create (default-constructed `record`) or edit dialog of a record, if canOpenDialog(); its saved()
    // signal goes to `onSaved`.
    template<class Dialog, class Record, class OnSaved>
    void openRecordDialog(const Record &record, OnSaved onSaved)
    {
        if (!canOpenDialog())
            return;
        auto *dialog = new Dialog(backend(), record, this);
        connect(dialog, &Dialog::saved, this, onSaved);
        openDialog(dialog);
    }
    // Closes and deletes the open dialog (its backend is going away).
    void discardDialog();
    // A batch of writes: its progress dialog, opened and remembered as activeBulk().
    BulkProgressDialog *startBulk(const QString &title, const QStringList &labels);
    bool isBulkRunning() const { return m_bulk && m_bulk->isRunning(); }
    // The session went away: the running batch stops waiting (see BulkProgressDialog::abandon).
    void abandonBulk();
    // Runs `operation` on the current backend in a new progress dialog (startBulk): the one bulk path.
    BulkProgressDialog *runBulk(const QString &title, const QStringList &labels, const BulkOperation &operation,
                                int concurrency = 4);
    // After a save: the RequestId to the main window, `message` to the status bar.
    void reportSaved(const QString &requestId, const QString &message);
    void requestLoad();

    DirectorySelector *m_selector = nullptr;

private:
    void onDirectoryChanged();

    QPointer<DirectoryBackend> m_backend;
    QPointer<DirectoryBackend> m_backendOverride;
    bool m_needsLoad = false;
    QPointer<QDialog> m_dialog;
    QPointer<BulkProgressDialog> m_bulk;
};
