// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"
#include <functional>

class PaneStateWidget;
class QAbstractItemView;
class QAbstractProxyModel;
class QAction;
class QHeaderView;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

// Base of every list pane (user pools, users, groups, provisioning events, user provisionings): the toolbar and
// its actions, the search field (instant filter on the loaded rows + debounced applySearch(), Ctrl+F), the
// empty / error / loading state around the list, CSV export of the visible columns, Ctrl+C of the selected
// records' ids, header and splitter state, selection helpers, and the delete flow: describeDelete() says what
// deleting the selection means, the base confirms through the Prompter seam and then runs the pane's handler.
// Controls the base creates get accessible names, retranslated on LanguageChange before retranslate().
class ListPane : public Pane
{
    Q_OBJECT
public:
    void focusFilter() override;
    void deleteSelection() override;
    // Ctrl+C: the ids (listIdRole()) of the selected rows of listView(), one per line.
    void copySelection() override;
    bool exportCsv(const QString &fileName, QString *error) override;

    // The pane's action with this objectName (toolbar and context menu actions); for tests and shortcuts.
    QAction *action(const QString &name) const;
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QToolBar *toolBar() const { return m_toolbar; }
    PaneStateWidget *listState() const { return m_listState; }
    QAbstractItemView *listView() const { return m_listView; }
    // Applies the pending search / filters now instead of after the debounce. Default: nothing (the instant
    // filter did it all).
    virtual void applySearch() {}

    // What exportCsv writes of the list: the cells' role (default: DisplayRole, what people see), the header's
    // role, and which columns (default: the visible ones in visual order; allColumns: every column in model order).
    struct ExportSpec
    {
        int role = Qt::DisplayRole;
        int headerRole = Qt::DisplayRole;
        bool allColumns = false;
    };

    // CSV of a view's model, visible columns in visual order (what exportCsv writes by default).
    static QByteArray viewCsv(const QAbstractItemView *view);
    static QByteArray viewCsv(const QAbstractItemView *view, const ExportSpec &spec);
    static bool exportView(const QAbstractItemView *view, const QString &fileName, QString *error);
    static bool exportView(const QAbstractItemView *view, const QString &fileName, QString *error,
                           const ExportSpec &spec);
    // The CSV exportCsv() writes (for tests and previews).
    QByteArray listCsv() const;
    // The horizontal header of a table or tree view (nullptr for other views).
    static QHeaderView *headerOfView(const QAbstractItemView *view);

    // What deleting the selection means; `run` empty = nothing to delete (or the pane explained why not).
    struct DeleteRequest
    {
        QString title;
        QString text;
        QString acceptText;          // the confirm button (empty: "Delete")
        QString typeToConfirm;       // non-empty: the person types this instead of clicking (irreversible cascades)
        std::function<void()> run;   // the pane's delete handler, called once confirmed
    };

protected:
    explicit ListPane(QWidget *parent = nullptr);

    // Delete flow hook (see DeleteRequest). Default: nothing to delete.
    virtual DeleteRequest describeDelete();
    // Confirms `request` through the Prompter (by typing when it asks for that) and runs it; what
    // deleteSelection() does with describeDelete().
    void runDeleteRequest(const DeleteRequest &request);
    // What Ctrl+C copies, for the status message ("user ID(s)" ...); default "ID(s)".
    virtual QString idNoun() const;

    void changeEvent(QEvent *event) override;

    QToolBar *createToolBar(const QString &objectName = QString());
    // An action owned by the pane, found again by action(name); `icon` names :/icons/<icon>.svg (or none).
    QAction *makeAction(const QString &name, const QString &icon);
    // Adds the search field to `toolbar`: every edit runs `instantFilter` (on the loaded rows) and, 300 ms after
    // the last one, applySearch() (the server-side search). focusFilter() focuses it.
    QLineEdit *addSearchEdit(QToolBar *toolbar, const QString &objectName,
                             const std::function<void(const QString &)> &instantFilter);
    // Drops a debounced search that has not run yet (the caller loads or applies now).
    void cancelPendingSearch();
    // The list's empty / busy / error wrapper around `content` (add it to the layout).
    PaneStateWidget *createStateWidget(QWidget *content);
    // The main list: copySelection() / exportCsv() default to it; it gets an accessible name.
    void setListView(QAbstractItemView *view, int idRole);
    int listIdRole() const { return m_idRole; }
    void setExportSpec(const ExportSpec &spec) { m_exportSpec = spec; }

    void copyToClipboard(const QStringList &values, const QString &what);
    static void saveSplitter(QSettings &settings, const QString &key, const QSplitter *splitter);
    static void restoreSplitter(QSettings &settings, const QString &key, QSplitter *splitter);
    static void saveHeader(QSettings &settings, const QString &key, const QHeaderView *header);
    static void restoreHeader(QSettings &settings, const QString &key, QHeaderView *header);

    static void setupTable(QTableView *view);
    // The header's context menu shows or hides columns (titles from the model); `fixedColumn` stays visible.
    void enableColumnChooser(QHeaderView *header, int fixedColumn = 0);
    // Rows of the selection in view order (source rows not mapped).
    static QList<int> selectedRows(const QAbstractItemView *view);
    // `role` of the selected rows' first column, in selection order (e.g. the ids of the selected records).
    static QStringList selectedData(const QAbstractItemView *view, int role);
    enum class SelectFocus { None, Current, CurrentAndScroll };
    // Selects these rows of `proxy`'s source model (shown by `view` through `proxy`); with `focus`, the first of
    // them becomes the current row (and is scrolled to). True if at least one row was given and all are shown.
    static bool selectSourceRows(QAbstractItemView *view, const QAbstractProxyModel *proxy, const QList<int> &sourceRows,
                                 SelectFocus focus);

private:
    void retranslateBase();

    QToolBar *m_toolbar = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    PaneStateWidget *m_listState = nullptr;
    QAbstractItemView *m_listView = nullptr;
    int m_idRole = -1;
    ExportSpec m_exportSpec;
};
