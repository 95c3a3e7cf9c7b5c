// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "widgets/ListPane.h"
#include <QPointer>
#include <QVariantMap>

class DetailView;
class PoolDirectoryService;
class QComboBox;
class RecordFormDialog;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class RecordFilterProxy;
class RecordTableModelBase;
class UserPoolService;

// Base of the lists of objects inside one Agent Identity user pool (applications, identity providers): a pool
// picker in the toolbar (every pool of the account; the pools pane opens it on one pool through navigate
// {"poolUid": uid}), the quick filter, New / Edit / Delete / Refresh, the table over a RecordTableModel with a
// RecordFilterProxy, a DetailView beside it and a summary line. A subclass gives its model, loads one pool's
// list into it, renders the detail and runs its dialogs; states, actions, retranslation, CSV export and the
// delete confirmation are done here (and in ListPane).
class PoolObjectsPane : public ListPane
{
    Q_OBJECT
public:
    bool supports(const Session *session, QString *reason) const override;
    void setSession(Session *session) override;
    void refresh() override;
    void newItem() override;
    bool navigate(const NavigationRequest &request) override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void retranslate() override;
    QString paneTitle() const override { return texts().title; }

    // The pool shown (empty: none yet). Selecting a pool that is not (yet) in the picker keeps it pending until
    // the pools arrive.
    QString poolUid() const;
    QString poolName() const;
    void setPool(const QString &poolUid);
    virtual void editSelected() = 0;

    // For tests.
    QDialog *activeDialog() const { return m_dialog; }
    QComboBox *poolCombo() const { return m_poolCombo; }
    QTableView *view() const { return m_view; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    DetailView *detailView() const { return m_detail; }
    QLabel *summaryLabel() const { return m_summary; }
    PoolDirectoryService *directoryService() const { return m_directory; }
    bool isLoading() const { return m_loading; }
    ApiError lastError() const { return m_error; }
    QStringList selectedIds() const;
    bool selectIds(const QStringList &ids);

signals:
    // The list of the current pool answered (ok = loaded).
    void listLoaded(bool ok);
    // A create, edit or delete finished (ok = done as asked).
    void writeFinished(bool ok);

protected:
    explicit PoolObjectsPane(const QString &prefix, QWidget *parent = nullptr);
    // Called by the subclass constructor once its model exists.
    void buildUi(RecordTableModelBase *model);

    // --- the subclass --------------------------------------------------------------------------------------
    // The pane's words, tr()'d in the subclass (asked again on every language change).
    struct Texts
    {
        QString title;         // "Applications" (navigation)
        QString nounPlural;    // "applications"
        QString emptyText;     // "This pool has no applications yet."
        QString idNoun;        // "client ID(s)" (copy / export)
        QString newText;       // New action
        QString newTip;
        QString editTip;
        QString deleteTip;
        QString copyIdText;
    };
    virtual Texts texts() const = 0;
    // Lists every object of the pool into the model (replacing the rows), then calls done(result).
    virtual void loadList(const QString &poolUid, QObject *owner, const std::function<void(const ApiResult &)> &done) = 0;
    virtual void clearList() = 0;
    virtual void renderDetail() = 0;
    virtual void openCreateDialog() = 0;
    virtual QString countText(int n) const = 0;             // "%n application(s) in %1."
    // Texts of New / Edit / Delete / Copy ID (from texts()); a subclass may add to it.
    virtual void retranslateActions();

    QString nounPlural() const { return texts().nounPlural; }
    QString emptyText() const { return texts().emptyText; }
    QString idNoun() const override { return texts().idNoun; }

    // Shared helpers.
    // Opens a create / edit dialog of the pane (one at a time; deleted on close; its RequestIds announced).
    void openDialog(RecordFormDialog *dialog);
    bool hasDialog() const { return m_dialog; }
    // A dialog may open: a pool is shown and no other dialog of the pane is open.
    bool canOpenDialog() const;
    // A dialog saved the record `uid` (already in the model): selects it when `select`, says `status`.
    void recordSaved(const QString &uid, const QString &status, bool select);
    // The answer of a delete of `uid`: removed (also when already gone: `goneText`), else a warning.
    void finishDelete(const ApiResult &result, const std::function<void()> &removeRow, const QString &deletedText,
                      const QString &goneText, const QString &failTitle, const QString &failText);
    void updateState();
    void updateActions();
    // The status line and the last RequestId of an answer.
    void noteResult(const ApiResult &result);
    // A failed write in a warning (message, code, RequestId; an ambiguous one says it may have happened).
    void warnFailure(const QString &title, const QString &what, const ApiResult &result);
    static QString errorText(const ApiError &error);
    int selectedCount() const;
    QObject *detailOwner();          // a new one cancels the detail read in flight
    RecordTableModelBase *baseModel() const { return m_model; }
    void setColumnWidths(const QList<int> &widths);
    void showEvent(QShowEvent *event) override;

    QString m_prefix;
    UserPoolService *m_pools = nullptr;
    PoolDirectoryService *m_directory = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyIdAction = nullptr;

private:
    void loadPools();
    void loadCurrent();
    void showContextMenu(const QPoint &pos);

    RecordTableModelBase *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_poolLabel = nullptr;
    QComboBox *m_poolCombo = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    PaneStateWidget *m_state = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QObject *m_listOwner = nullptr;
    QObject *m_poolsOwner = nullptr;
    QObject *m_detailOwner = nullptr;
    QPointer<QDialog> m_dialog;
    QString m_pendingPool;            // asked for before the pools arrived
    bool m_poolsLoading = false;
    bool m_poolsWanted = false;       // a session is set but the pools were not listed yet (pane not shown)
    bool m_loading = false;
    bool m_answered = false;
    ApiError m_error;
    ApiError m_poolsError;
};
