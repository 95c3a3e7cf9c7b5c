// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "widgets/BulkProgressDialog.h"
#include "cloud/DirectoryBackend.h"
#include "shell/Pane.h"
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

// Base of the Users, Groups and Provisioning events panes: one DirectoryBackend per session (Cloud Identity
// or CloudSSO), the CloudSSO directory selector, lazy loading (a pane loads when first shown, and again
// after a profile or directory switch), and what the list panes share: the toolbar with its debounced
// search field (Ctrl+F), one create / edit dialog at a time, batches of writes with a progress dialog,
// selection helpers, retranslation on language change, CSV export of the visible columns, header and splitter
// state, copying.
class DirectoryPane : public Pane
{
    Q_OBJECT
public:
    bool supports(const Session *session, QString *reason) const override;
    void setSession(Session *session) override;
    void refresh() override;
    void focusFilter() override;

    DirectoryBackend *backend() const { return m_backend; }
    DirectorySelector *directorySelector() const { return m_selector; }
    // Whether the pane can list now: a backend, and for CloudSSO a chosen directory.
    bool directoryReady() const;

    // CSV of a view's model, visible columns in visual order (what exportCsv writes).
    static QByteArray viewCsv(const QTableView *view);
    static bool exportView(const QTableView *view, const QString &fileName, QString *error);
    // "Message (CODE, RequestId …)" for status lines and warnings.
    static QString errorText(const ApiError &error);

    // The pane's action with this objectName (toolbar and context menu actions); for tests and shortcuts.
    QAction *action(const QString &name) const;
    // The create / edit dialog the pane has open, if any.
    QDialog *activeDialog() const { return m_dialog; }
    // The progress dialog of the last batch of writes (while it is open).
    BulkProgressDialog *activeBulk() const { return m_bulk; }
    // Applies the pending search / filters now instead of after the debounce.
    virtual void applySearch() = 0;

protected:
    explicit DirectoryPane(QWidget *parent = nullptr);

    // The backend changed (new session, nullptr when disconnected): reset models, capabilities, actions.
    virtual void backendChanged() = 0;
    // Load (or reload) the lists; called when shown for the first time after a change, on directory
    // change while visible, and by refresh().
    virtual void load() = 0;

    void showEvent(QShowEvent *event) override;
    // LanguageChange -> retranslate().
    void changeEvent(QEvent *event) override;

    // The pane's top-level layout, directory selector first.
    QVBoxLayout *createPaneLayout();
    QToolBar *createToolBar();
    // An action owned by the pane, found again by action(name); `icon` names :/icons/<icon>.svg (or none).
    QAction *makeAction(const QString &name, const QString &icon);
    // Adds the search field to `toolbar`: every edit runs `instantFilter` (on the loaded rows) and, 300 ms after
    // the last one, applySearch() (the server-side search). focusFilter() focuses it.
    QLineEdit *addSearchEdit(QToolBar *toolbar, const QString &objectName,
                             const std::function<void(const QString &)> &instantFilter);
    // Drops a debounced search that has not run yet (the caller loads or applies now).
    void cancelPendingSearch();

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

    static void saveSplitter(QSettings &settings, const QString &key, const QSplitter *splitter);
    static void restoreSplitter(QSettings &settings, const QString &key, QSplitter *splitter);
    void copyToClipboard(const QStringList &values, const QString &what);
    static void saveHeader(QSettings &settings, const QString &key, const QHeaderView *header);
    static void restoreHeader(QSettings &settings, const QString &key, QHeaderView *header);
    static void setupTable(QTableView *view);
    // Rows of the selection in view order (source rows not mapped).
    static QList<int> selectedRows(const QAbstractItemView *view);
    // `role` of the selected rows' first column, in selection order (e.g. the ids of the selected records).
    static QStringList selectedData(const QAbstractItemView *view, int role);
    enum class SelectFocus { None, Current, CurrentAndScroll };
    // Selects these rows of `proxy`'s source model (shown by `view` through `proxy`); with `focus`, the first of
    // them becomes the current row (and is scrolled to). True if at least one row was given and all are shown.
    static bool selectSourceRows(QAbstractItemView *view, const QAbstractProxyModel *proxy, const QList<int> &sourceRows,
                                 SelectFocus focus);
    void requestLoad();

    DirectorySelector *m_selector = nullptr;

private:
    void onDirectoryChanged();

    QPointer<DirectoryBackend> m_backend;
    bool m_needsLoad = false;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QPointer<QDialog> m_dialog;
    QPointer<BulkProgressDialog> m_bulk;
};
