// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportPlanner.h"
#include "import/ImportTarget.h"
#include <QDialog>
#include <QPointer>

class DirectoryBackend;
class PoolDirectoryService;
class ImportPreviewFilterProxy;
class ImportPreviewModel;
class ImportRun;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

// "Import users…" of the Users pane (and, in pool mode, of an Agent Identity user pool): choose a CSV file (or save the template first), see every row validated by
// the create form's own rules, then a dry run (looks up existing users, writes nothing) or the import itself,
// with progress, cancel (waits for the writes already sent), a summary and "Export failed rows…" (the same
// columns plus Error, ready to fix and import again). Questions go through the Prompter.
class ImportUsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportUsersDialog(DirectoryBackend *backend, QWidget *parent = nullptr);
    // Pool mode: the users of the Agent Identity user pool `poolUid` (poolName: shown in the title).
    ImportUsersDialog(PoolDirectoryService *pool, const QString &poolUid, const QString &poolName,
                      QWidget *parent = nullptr);
    ~ImportUsersDialog() override;

    // Reads and validates a file into the preview. False (the error shown) if the file cannot be used.
    bool loadFile(const QString &fileName);
    void startDryRun();
    void startImport();      // asks for confirmation first
    void cancelRun();
    bool saveTemplate();     // asks for a file name
    bool exportFailedRows(); // asks for a file name

    // For tests.
    ImportPreviewModel *model() const { return m_model; }
    ImportPreviewFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *fileEdit() const { return m_fileEdit; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *templateButton() const { return m_template; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *closeButton() const { return m_close; }
    QCheckBox *updateExistingCheck() const { return m_updateExisting; }
    QCheckBox *problemsOnlyCheck() const { return m_problemsOnly; }
    QLabel *fileInfoLabel() const { return m_fileInfo; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isRunning() const;
    const ImportTarget &target() const { return m_target; }

signals:
    // A run that wrote something finished (the pane refreshes its list).
    void importFinished(int created, int updated);

protected:
    void changeEvent(QEvent *event) override;

public slots:
    void reject() override;

private:
    void buildUi();
    void retranslate();
    void updateButtons();
    void updateFileInfo();
    void startRun(bool dryRun);
    void onRunFinished();
    void browse();
    QString serviceLabel() const;
    void init();
    bool connected() const;

    QPointer<DirectoryBackend> m_backend;
    QPointer<PoolDirectoryService> m_pool;
    QString m_poolUid;
    QString m_poolName;
    ImportTarget m_target;
    ImportPlanner::Parsed m_parsed;
    QString m_fileName;
    ImportRun *m_run = nullptr;
    bool m_closeWhenDone = false;
    bool m_lastWasDryRun = false;

    ImportPreviewModel *m_model = nullptr;
    ImportPreviewFilterProxy *m_proxy = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_template = nullptr;
    QLabel *m_fileInfo = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QCheckBox *m_updateExisting = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};
