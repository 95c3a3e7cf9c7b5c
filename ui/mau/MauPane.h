// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "models/MauDataSet.h"
#include "shell/Pane.h"
#include <QDate>
#include <QHash>
#include <memory>

class MauCache;
class MauChartView;
class QPrinter;
class QSpinBox;
class MauLoader;
class MauPoolPicker;
class MauTableModel;
class MauTableProxyModel;
class PaneStateWidget;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

// Monthly active users of the Agent Identity user pools: pick pools and a month range, see a bar chart
// (grouped or stacked, with the total as a line) and the same numbers in a table with totals and the
// month-over-month change; export the chart as PNG and the table as CSV.
class MauPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int kDefaultMonths = 12;

    explicit MauPane(QWidget *parent = nullptr);
    ~MauPane() override;

    QString paneId() const override { return QStringLiteral("mau"); }
    QString paneTitle() const override;
    QIcon paneIcon() const override;
    bool supports(const Session *session, QString *reason) const override;
    void setSession(Session *session) override;
    void refresh() override;
    void copySelection() override;
    bool exportCsv(const QString &fileName, QString *error) override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void retranslate() override;

    bool exportPng(const QString &fileName, QString *error);
    // The monthly report (MauReport) of what is shown, in the given language ("en" or "zh").
    bool exportReport(const QString &fileName, const QString &language, QString *error);
    void printReportTo(QPrinter *printer, const QString &language);
    // Ask for the language and a file name (Prompter), then write the PDF.
    void exportReportInteractively();
    // Ask for the language, then show the print preview.
    void printReportInteractively();
    // Load everything again, past months included (the cache is refilled).
    void refreshFromService();

    // Per-pool allowances (remembered per profile and pool); 0 removes it.
    void setThreshold(const QString &poolUid, double value);
    QHash<QString, double> thresholds() const;
    void setShowShare(bool share);
    MauCache *cache() const;
    MauLoader *loader() const { return m_loader; }
    QDate serviceCurrentMonth() const;
    // Ask for a file name (Prompter) and export; report failures to the person.
    void exportChartInteractively();
    void exportCsvInteractively();

    // The range: the last N months up to the current one (preset), or a custom from/to (preset 0).
    int rangePreset() const;
    void setRangePreset(int months);
    void setCustomRange(const QDate &from, const QDate &to);   // clamped to at most 36 months
    QList<QDate> months() const;

    void setStacked(bool stacked);
    bool isStacked() const;

    // Shows a data set in the chart and the table (what a finished load does).
    void setDataSet(const MauDataSet &data);
    bool isLoading() const;

    MauChartView *chartView() const { return m_chart; }
    QTableView *tableView() const { return m_table; }
    MauTableModel *tableModel() const { return m_model; }
    PaneStateWidget *stateWidget() const { return m_state; }
    MauPoolPicker *poolPicker() const { return m_picker; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // A load ended (data shown, empty state or error state).
    void loadFinished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateAccessibility();   // accessible names and descriptions (screen readers)
    // Why the pane shows its empty state; the text and the button follow from it (in the current language).
    enum class EmptyReason { NoSession, NotSupported, NoPools, NoneSelected, Cancelled };

    void startLoad(bool reloadPools);
    void scheduleReload();
    void onLoaderFinished(const MauDataSet &data);
    void onLoaderFailed(const ApiError &error);
    void showEmpty(EmptyReason reason);
    void setLoadingUi(bool loading);
    void syncDateEdits();
    void onDateEdited(bool fromEdited);
    void updateStatus();
    void updateActions();
    void showTableMenu(const QPoint &pos);
    QString suggestedFileName(const QString &suffix) const;
    QString askReportLanguage(const QString &title);
    void syncThresholdEditor();
    void applyThresholds();

    MauLoader *m_loader = nullptr;
    MauPoolPicker *m_picker = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QCheckBox *m_stackedCheck = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QToolButton *m_pngButton = nullptr;
    QToolButton *m_csvButton = nullptr;
    QToolButton *m_reportButton = nullptr;
    QToolButton *m_printButton = nullptr;
    QCheckBox *m_shareCheck = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QComboBox *m_thresholdPool = nullptr;
    QSpinBox *m_thresholdSpin = nullptr;
    std::unique_ptr<MauCache> m_cache;
    PaneStateWidget *m_state = nullptr;
    QSplitter *m_splitter = nullptr;
    MauChartView *m_chart = nullptr;
    QTableView *m_table = nullptr;
    MauTableModel *m_model = nullptr;
    MauTableProxyModel *m_proxy = nullptr;
    QTimer *m_reloadTimer = nullptr;
    EmptyReason m_emptyReason = EmptyReason::NoSession;
    QDate m_customFrom;
    QDate m_customTo;
    bool m_needsLoad = true;
    QString m_rangeNote;   // e.g. "at most 36 months" after clamping
    int m_progressDone = 0;
    int m_progressTotal = 0;
};
