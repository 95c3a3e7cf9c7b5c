// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/Session.h" // the inline members below use QPointer<Session>, which needs the full type
#include <QIcon>
#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QSettings;
class Session;

// One page of the main window (user pools, MAU, users, ...). The main window owns the panes, hands
// them the current Session (nullptr when no profile is connected) and routes the global shortcuts.
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString paneId() const = 0;        // stable key for settings: "pools", "mau", "users", ...
    virtual QString paneTitle() const = 0;     // tr()'d, shown in the navigation
    virtual QIcon paneIcon() const { return {}; }
    // Whether the pane works with this session; otherwise *reason says why (shown disabled in the navigation).
    virtual bool supports(const Session *session, QString *reason) const = 0;

    // Called on profile switch (old requests are already cancelled) — reload.
    virtual void setSession(Session *session) { m_session = session; }
    Session *session() const { return m_session; }

    virtual void refresh() {}          // F5
    virtual void focusFilter() {}      // Ctrl+F
    virtual void newItem() {}          // Ctrl+N
    virtual void deleteSelection() {}  // Delete
    virtual void copySelection() {}    // Ctrl+C
    virtual bool exportCsv(const QString &fileName, QString *error) { Q_UNUSED(fileName); Q_UNUSED(error); return false; }
    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings); }   // group already set to paneId
    virtual void restoreState(QSettings &settings) { Q_UNUSED(settings); }
    virtual void retranslate() {}      // language switched
    // Shows one object asked for by another pane (e.g. {"poolUid": uid}); called right after the main window
    // switched to this pane (openPaneRequested). Default: nothing.
    virtual void openTarget(const QVariantMap &target) { Q_UNUSED(target); }

signals:
    void statusMessage(const QString &text);
    void requestIdSeen(const QString &requestId);
    // Asks the main window to switch to the pane `paneId` and hand it `target` (openTarget), e.g. a pool's
    // count in the pools pane opening that pool's applications.
    void openPaneRequested(const QString &paneId, const QVariantMap &target);

protected:
    QPointer<Session> m_session;
};
