// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "widgets/BulkProgressDialog.h"
#include "cloud/DirectoryBackend.h"
#include "widgets/ListPane.h"
#include <QPointer>
#include <functional>

class DetailView;
class DirectorySelector;
class PagedTableModel;
class PaneStateWidget;
class QAbstractItemView;
class QLabel;
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

signals:
    // A write the pane started (create, edit, delete, members, status, password) finished; ok = it all applied.
    void writeFinished(bool ok);

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
    // Whether a write may start now: the directory is ready and no batch is running.
    bool canWrite() const { return directoryReady() && !isBulkRunning(); }

    // ---- building blocks of a directory pane (list, detail, summary) ----
    // The detail panel on the right; "Copied." goes to the status bar.
    DetailView *createDetailView(const QString &objectName);
    // List (its state widget) on the left, `detail` on the right, 3 : 1.
    QSplitter *createListDetailSplitter(QWidget *list, QWidget *detail);
    // The one-line summary under the list.
    QLabel *createSummaryLabel(const QString &objectName);
    // Calls `update` whenever `model` loads, fails (its RequestId goes to the main window), resets or changes
    // rows, and when the directory selector has loaded.
    void watchListModel(PagedTableModel *model, const std::function<void()> &update);
    // The states every directory list shares before it has rows to show: no backend (`connectText` when there is
    // no session), CloudSSO directories loading / failed / none. True if one was shown (the summary is cleared).
    bool showDirectoryState(PaneStateWidget *state, QLabel *summary, const QString &connectText);
    // An empty list's state: the load error, busy (`busyText`) while loading, else empty (`emptyText`, and a
    // button `emptyAction` when given); with rows, the content.
    static void showRowsState(PaneStateWidget *state, const PagedTableModel *model, const QString &busyText,
                              const QString &emptyText, const QString &emptyAction = QString());
    // What the summary adds after the row count: "Loading more…", "Could not load every page: …".
    static QString summarySuffix(const PagedTableModel *model);
    // Names for a confirmation: the first ten, one a line, then "… and N more".
    static QString nameList(const QStringList &names);

    // One delete of one record, the single-item half of every pane's delete flow.
    struct SingleDelete
    {
        // Starts the backend call (e.g. deleteUser(id, owner, done)).
        std::function<ApiCall *(QObject *owner, DirectoryBackend::WriteCallback done)> call;
        ErrorClassification::Resource resource;   // "not found" of this resource and id means already gone
        QString id;
        std::function<void()> removeRow;          // drops the row (deleted, or gone already)
        QString deletedMessage;                   // status bar after the delete
        QString goneMessage;                      // status bar when it was gone already
        QString warnTitle;                        // the warning when it failed …
        std::function<QString(const ApiError &)> failureText;   // … and its text
        // Optional: a failure this returns true for is explained by the handler instead of the warning (e.g. a
        // refused group delete that looks up and lists what blocks it); it calls `finished` once it is done.
        std::function<bool(const ApiError &, const std::function<void()> &finished)> explainFailure;
    };
    enum class DeleteOutcome { Deleted, Gone, Failed, Cancelled };
    // Runs `request`: RequestId to the main window, the row removed when deleted or gone, the status message or
    // the warning through the Prompter; then `then` with the outcome (default: writeFinished(deleted), nothing
    // when cancelled).
    void runSingleDelete(const SingleDelete &request, const std::function<void(DeleteOutcome)> &then = {});
    // Several deletes as one typed batch in the bulk dialog: applied ids (deleted, or gone already) leave the
    // list through `removeRow`, the status bar gets `status(summary)`, writeFinished(no failure) follows.
    void runBulkDelete(const QString &title, const QStringList &labels, const BulkOperation &operation,
                       const std::function<void(const QString &)> &removeRow,
                       const std::function<QString(const BulkSummary &)> &status);

    DirectorySelector *m_selector = nullptr;

private:
    void onDirectoryChanged();

    QPointer<DirectoryBackend> m_backend;
    QPointer<DirectoryBackend> m_backendOverride;
    bool m_needsLoad = false;
    QPointer<QDialog> m_dialog;
    QPointer<BulkProgressDialog> m_bulk;
};
