// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExchangeRecord.h"
#include "widgets/ListPane.h"
#include <QPointer>

class ActivityLogFilterProxy;
class ActivityLogModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

// Every API call of the session, one row per HTTP attempt: time, profile, service, action, HTTP status,
// error code, RequestId, latency. Kept across profile switches (capped at 50,000 rows), filterable,
// exportable as CSV. Shows only ExchangeRecord fields: no URL, header or body, so secrets never appear.
// Toolbar, filter field, CSV export and header state come from ListPane.
class ActivityLogPane : public ListPane
{
    Q_OBJECT
public:
    explicit ActivityLogPane(QWidget *parent = nullptr);
    ~ActivityLogPane() override;

    QString paneId() const override { return QStringLiteral("activity"); }
    QString paneTitle() const override;
    QIcon paneIcon() const override;
    bool supports(const Session *session, QString *reason) const override;
    void setSession(Session *session) override;

    void refresh() override;
    void copySelection() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void retranslate() override;

    void clearLog();
    void addRecord(const ExchangeRecord &record);

    // For tests.
    ActivityLogModel *model() const { return m_model; }
    ActivityLogFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *errorsOnlyCheck() const { return m_errorsOnly; }
    QComboBox *serviceFilter() const { return m_service; }
    QByteArray csv() const;

private:
    void retranslateAccessibility();   // accessible names and descriptions (screen readers)
    void updateSummary();
    void showContextMenu(const QPoint &pos);

    ActivityLogModel *m_model = nullptr;
    ActivityLogFilterProxy *m_proxy = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QComboBox *m_service = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_copyRequestIdAction = nullptr;
    QAction *m_followAction = nullptr;
};
