// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "DirectoryBackend.h"
#include "Pane.h"
#include <QPointer>

class DirectorySelector;
class QAbstractItemView;
class QHeaderView;
class QTableView;

// Base of the Users, Groups and Provisioning events panes: one DirectoryBackend per session (Cloud Identity
// or CloudSSO), the CloudSSO directory selector, lazy loading (a pane loads when first shown, and again
// after a profile or directory switch), and helpers shared by the list panes (CSV export of the visible
// columns, header state, copying).
class DirectoryPane : public Pane
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

    // CSV of a view's model, visible columns in visual order (what exportCsv writes).
    static QByteArray viewCsv(const QTableView *view);
    static bool exportView(const QTableView *view, const QString &fileName, QString *error);
    // "Message (CODE, RequestId …)" for status lines and warnings.
    static QString errorText(const ApiError &error);

protected:
    explicit DirectoryPane(QWidget *parent = nullptr);

    // The backend changed (new session, nullptr when disconnected): reset models, capabilities, actions.
    virtual void backendChanged() = 0;
    // Load (or reload) the lists; called when shown for the first time after a change, on directory
    // change while visible, and by refresh().
    virtual void load() = 0;

    void showEvent(QShowEvent *event) override;
    void copyToClipboard(const QStringList &values, const QString &what);
    static void saveHeader(QSettings &settings, const QString &key, const QHeaderView *header);
    static void restoreHeader(QSettings &settings, const QString &key, QHeaderView *header);
    static void setupTable(QTableView *view);
    // Rows of the selection in view order (source rows not mapped).
    static QList<int> selectedRows(const QAbstractItemView *view);
    void requestLoad();

    DirectorySelector *m_selector = nullptr;

private:
    void onDirectoryChanged();

    QPointer<DirectoryBackend> m_backend;
    bool m_needsLoad = false;
};
