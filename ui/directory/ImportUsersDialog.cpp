// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ImportUsersDialog.h"

#include "cloud/DirectoryBackend.h"
#include "cloud/PoolDirectoryService.h"
#include "import/ImportExecutor.h"
#include "import/ImportRun.h"
#include "models/ImportPreviewFilterProxy.h"
#include "models/ImportPreviewModel.h"
#include "widgets/Prompter.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace {
bool writeAtomically(const QString &fileName, const QByteArray &data, QString *error)
{
    QSaveFile f(fileName);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}
} // namespace

ImportUsersDialog::ImportUsersDialog(DirectoryBackend *backend, QWidget *parent)
    : QDialog(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("importUsersDialog"));
    if (backend) {
        if (const auto t = ImportTarget::forService(backend->serviceName()))
            m_target = *t;
    }
    init();
}

ImportUsersDialog::ImportUsersDialog(PoolDirectoryService *pool, const QString &poolUid, const QString &poolName,
                                     QWidget *parent)
    : QDialog(parent), m_pool(pool), m_poolUid(poolUid), m_poolName(poolName)
{
    setObjectName(QStringLiteral("importUsersDialog"));
    m_target = ImportTarget::poolUsers();
    init();
}

void ImportUsersDialog::init()
{
    buildUi();
    retranslate();
    updateButtons();
    resize(960, 600);
}

bool ImportUsersDialog::connected() const
{
    return m_backend || (m_pool && !m_poolUid.isEmpty());
}

ImportUsersDialog::~ImportUsersDialog() = default;

QString ImportUsersDialog::serviceLabel() const
{
    if (m_target.service == QLatin1String("id"))
        return tr("user pool %1").arg(m_poolName.isEmpty() ? m_poolUid : m_poolName);
    return m_target.service == QLatin1String("cloudsso") ? tr("CloudSSO") : tr("Cloud Identity");
}

void ImportUsersDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileLabel->setBuddy(m_fileEdit);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_load = new QPushButton(this);
    m_load->setObjectName(QStringLiteral("importLoadButton"));
    m_template = new QPushButton(this);
    m_template->setObjectName(QStringLiteral("importTemplateButton"));
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_load);
    fileRow->addSpacing(12);
    fileRow->addWidget(m_template);
    layout->addLayout(fileRow);

    m_fileInfo = new QLabel(this);
    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_fileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fileInfo);

    m_model = new ImportPreviewModel(this);
    m_model->setTarget(m_target);
    m_proxy = new ImportPreviewFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importPreviewView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportPreviewModel::RowColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto *options = new QHBoxLayout;
    m_problemsOnly = new QCheckBox(this);
    m_problemsOnly->setObjectName(QStringLiteral("importProblemsOnly"));
    m_updateExisting = new QCheckBox(this);
    m_updateExisting->setObjectName(QStringLiteral("importUpdateExisting"));
    options->addWidget(m_problemsOnly);
    options->addStretch(1);
    options->addWidget(m_updateExisting);
    layout->addLayout(options);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progressRow->addWidget(m_summary, 1);
    progressRow->addWidget(m_progress);
    layout->addLayout(progressRow);

    auto *buttons = new QHBoxLayout;
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("importExportFailedButton"));
    m_dryRun = new QPushButton(this);
    m_dryRun->setObjectName(QStringLiteral("importDryRunButton"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importRunButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("importCloseButton"));
    m_import->setAutoDefault(false);
    m_dryRun->setAutoDefault(false);
    m_load->setAutoDefault(false);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportUsersDialog::browse);
    connect(m_load, &QPushButton::clicked, this, [this] { loadFile(m_fileEdit->text().trimmed()); });
    connect(m_fileEdit, &QLineEdit::returnPressed, this, [this] { loadFile(m_fileEdit->text().trimmed()); });
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ImportUsersDialog::updateButtons);
    connect(m_template, &QPushButton::clicked, this, &ImportUsersDialog::saveTemplate);
    connect(m_dryRun, &QPushButton::clicked, this, &ImportUsersDialog::startDryRun);
    connect(m_import, &QPushButton::clicked, this, &ImportUsersDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportUsersDialog::cancelRun);
    connect(m_export, &QPushButton::clicked, this, &ImportUsersDialog::exportFailedRows);
    connect(m_close, &QPushButton::clicked, this, &ImportUsersDialog::reject);
    connect(m_problemsOnly, &QCheckBox::toggled, m_proxy, &ImportPreviewFilterProxy::setProblemsOnly);
}

void ImportUsersDialog::retranslate()
{
    setWindowTitle(tr("Import users into %1").arg(serviceLabel()));
    if (m_target.service == QLatin1String("id"))
        m_intro->setText(tr("Create many pool users at once from a CSV file (UTF-8 or GB18030, as spreadsheets save "
                            "it). The first line names the columns: %1. Every row is checked like the New user form "
                            "before anything is sent and needs a PreferredUsername or an Email; users that already "
                            "exist (same PreferredUsername, or same Email when the row has no PreferredUsername) are "
                            "skipped, or updated if you choose so.")
                             .arg(m_target.headers().join(QStringLiteral(", "))));
    else
        m_intro->setText(tr("Create many users at once from a CSV file (UTF-8 or GB18030, as spreadsheets save it). The "
                            "first line names the columns: %1. Every row is checked like the New user form before "
                            "anything is sent; users that already exist (same UserName) are skipped, or updated if you "
                            "choose so.")
                             .arg(m_target.headers().join(QStringLiteral(", "))));
    m_fileLabel->setText(tr("CSV &file:"));
    m_fileEdit->setPlaceholderText(tr("Path of a .csv file"));
    m_fileEdit->setAccessibleName(tr("CSV file"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Browse for a CSV file"));
    m_load->setText(tr("&Load"));
    m_load->setAccessibleName(tr("Load and check the file"));
    m_template->setText(tr("Save &template…"));
    m_template->setAccessibleName(tr("Save an empty template with the columns"));
    m_view->setAccessibleName(tr("Rows of the file"));
    m_problemsOnly->setText(tr("Only rows with &problems"));
    m_problemsOnly->setAccessibleName(tr("Show only rows with problems"));
    m_updateExisting->setText(tr("&Update existing users (changed, non-empty cells only)"));
    m_updateExisting->setAccessibleName(tr("Update existing users"));
    m_updateExisting->setToolTip(tr("Without this, users that already exist are skipped. An empty cell never clears "
                                    "a value."));
    m_progress->setAccessibleName(tr("Import progress"));
    m_summary->setAccessibleName(tr("Import summary"));
    m_fileInfo->setAccessibleName(tr("File check result"));
    m_export->setText(tr("&Export failed rows…"));
    m_export->setAccessibleName(tr("Export failed rows as CSV"));
    m_dryRun->setText(tr("&Dry run"));
    m_dryRun->setAccessibleName(tr("Dry run: check against the directory, write nothing"));
    m_dryRun->setToolTip(tr("Looks up which users exist and shows what an import would do. Writes nothing."));
    m_import->setText(tr("&Import"));
    m_import->setAccessibleName(tr("Import the valid rows"));
    m_cancel->setText(tr("&Cancel import"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_model->retranslate();
    updateFileInfo();
    if (m_run && m_run->phase() == ImportRun::Phase::Finished)
        onRunFinished();
}

void ImportUsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ImportUsersDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

void ImportUsersDialog::updateButtons()
{
    const bool running = isRunning();
    const bool haveRows = m_parsed.ok() && !m_parsed.rows.isEmpty();
    const ImportPlanner::Counts c = ImportPlanner::count(m_model->rows());
    const bool anyValid = haveRows && c.valid > 0;
    m_fileEdit->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_load->setEnabled(!running && !m_fileEdit->text().trimmed().isEmpty());
    m_template->setEnabled(m_target.isValid());
    m_updateExisting->setEnabled(!running);
    m_dryRun->setEnabled(!running && anyValid && connected());
    m_import->setEnabled(!running && anyValid && connected());
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !m_run->isCancelling());
    bool anyProblem = false;
    for (const ImportRow &r : m_model->rows())
        anyProblem = anyProblem || ImportPlanner::isFailedRow(r);
    m_export->setEnabled(!running && anyProblem);
}

void ImportUsersDialog::updateFileInfo()
{
    if (m_fileName.isEmpty()) {
        m_fileInfo->setText(tr("No file loaded. Start from the template if you do not have a file yet."));
        return;
    }
    if (!m_parsed.ok()) {
        m_fileInfo->setText(tr("%1 cannot be imported: %2").arg(QFileInfo(m_fileName).fileName(), m_parsed.error));
        return;
    }
    const ImportPlanner::Counts c = ImportPlanner::count(m_parsed.rows);
    m_fileInfo->setText(tr("%1 (%2): %3 row(s), %4 valid, %5 invalid.")
                            .arg(QFileInfo(m_fileName).fileName(), CsvReader::encodingName(m_parsed.encoding))
                            .arg(c.total)
                            .arg(c.valid)
                            .arg(c.invalid));
}

void ImportUsersDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), m_fileEdit->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    m_fileEdit->setText(file);
    loadFile(file);
}

bool ImportUsersDialog::loadFile(const QString &fileName)
{
    if (isRunning() || fileName.isEmpty())
        return false;
    if (m_fileEdit->text().trimmed() != fileName)
        m_fileEdit->setText(fileName);
    m_fileName = fileName;
    m_parsed = ImportPlanner::parseFile(m_target, fileName);
    if (m_run) {
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_model->setRows(m_parsed.ok() ? m_parsed.rows : QList<ImportRow>());
    // Only the columns the file has (pool users have 18 possible columns; the details must stay in view).
    for (int i = 0; i < m_target.columns.size(); ++i) {
        bool inFile = !m_parsed.ok();
        for (const QString &h : std::as_const(m_parsed.fileHeaders))
            inFile = inFile || h.compare(m_target.columns.at(i).header, Qt::CaseInsensitive) == 0;
        m_view->setColumnHidden(ImportPreviewModel::FirstValueColumn + i, !inFile);
    }
    m_view->resizeColumnsToContents();
    m_summary->clear();
    m_progress->setVisible(false);
    updateFileInfo();
    updateButtons();
    return m_parsed.ok();
}

void ImportUsersDialog::startDryRun()
{
    startRun(true);
}

void ImportUsersDialog::startImport()
{
    if (isRunning() || !m_parsed.ok())
        return;
    const ImportPlanner::Counts c = ImportPlanner::count(m_parsed.rows);
    const QString text = m_updateExisting->isChecked()
        ? tr("Import %1 valid row(s) into %2? New users are created; existing users are updated where a non-empty "
             "cell differs. %3 invalid row(s) are left out.")
              .arg(c.valid).arg(serviceLabel()).arg(c.invalid)
        : tr("Import %1 valid row(s) into %2? New users are created; existing users are skipped. %3 invalid row(s) "
             "are left out.")
              .arg(c.valid).arg(serviceLabel()).arg(c.invalid);
    if (!Prompter::instance()->confirm(this, tr("Import users"), text, tr("Import")))
        return;
    startRun(false);
}

void ImportUsersDialog::startRun(bool dryRun)
{
    if (isRunning() || !m_parsed.ok() || !connected())
        return;
    if (m_run)
        m_run->deleteLater();
    m_run = m_pool ? new ImportRun(m_pool, m_poolUid, m_target, this) : new ImportRun(m_backend, m_target, this);
    m_lastWasDryRun = dryRun;
    connect(m_run, &ImportRun::rowChanged, this, [this](int i) { m_model->updateRow(i, m_run->rows().at(i)); });
    connect(m_run, &ImportRun::phaseChanged, this, [this](ImportRun::Phase phase) {
        if (phase == ImportRun::Phase::LookingUp) {
            m_progress->setRange(0, 0);
            m_summary->setText(tr("Checking which users already exist…"));
        } else if (phase == ImportRun::Phase::Writing) {
            m_summary->setText(tr("Importing…"));
        }
        updateButtons();
    });
    connect(m_run, &ImportRun::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        if (m_run->isCancelling())
            m_summary->setText(tr("Cancelling: waiting for the writes already sent…"));
        else
            m_summary->setText(tr("Importing… %1 of %2 written.").arg(done).arg(total));
    });
    connect(m_run, &ImportRun::finished, this, &ImportUsersDialog::onRunFinished);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    ImportRun::Options o;
    o.dryRun = dryRun;
    o.updateExisting = m_updateExisting->isChecked();
    m_model->setRows(m_parsed.rows);
    m_run->start(m_parsed.rows, o);
    updateButtons();
}

void ImportUsersDialog::cancelRun()
{
    if (!isRunning())
        return;
    m_run->cancel();
    m_summary->setText(tr("Cancelling: waiting for the writes already sent…"));
    updateButtons();
}

void ImportUsersDialog::onRunFinished()
{
    if (!m_run)
        return;
    m_progress->setVisible(false);
    QString text = m_run->summaryText();
    if (!m_run->error().isEmpty())
        text += QLatin1Char(' ') + m_run->error();
    const ImportPlanner::Counts c = m_run->counts();
    if (c.ambiguous > 0)
        text += QLatin1Char(' ') + tr("%1 write(s) may or may not have happened: refresh the list before importing "
                                      "those rows again.").arg(c.ambiguous);
    if (!m_lastWasDryRun && (c.failed > 0 || c.invalid > 0 || c.cancelled > 0))
        text += QLatin1Char(' ') + tr("Export the failed rows, fix them and import that file.");
    m_summary->setText(text);
    updateButtons();
    if (!m_lastWasDryRun && (c.created > 0 || c.updated > 0)) {
        const int created = c.created, updated = c.updated;
        emit importFinished(created, updated);
    }
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
}

bool ImportUsersDialog::saveTemplate()
{
    const QString suggested = QStringLiteral("users-%1.csv").arg(m_target.service);
    const QString file = Prompter::instance()->saveFileName(this, tr("Save template"), suggested, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return false;
    QString error;
    if (!writeAtomically(file, m_target.templateCsv(), &error)) {
        Prompter::instance()->warn(this, tr("Save template"), tr("Could not save %1: %2").arg(file, error));
        return false;
    }
    m_summary->setText(tr("Template saved to %1.").arg(QDir::toNativeSeparators(file)));
    return true;
}

bool ImportUsersDialog::exportFailedRows()
{
    const QString suggested = m_fileName.isEmpty() ? QStringLiteral("failed-rows.csv")
                                                   : QFileInfo(m_fileName).completeBaseName() + QStringLiteral("-failed.csv");
    const QString file = Prompter::instance()->saveFileName(this, tr("Export failed rows"), suggested, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return false;
    QString error;
    if (!writeAtomically(file, ImportPlanner::failedRowsCsv(m_target, m_model->rows()), &error)) {
        Prompter::instance()->warn(this, tr("Export failed rows"), tr("Could not save %1: %2").arg(file, error));
        return false;
    }
    m_summary->setText(tr("Failed rows saved to %1. Fix them there and import that file; the Error column is "
                          "ignored.").arg(QDir::toNativeSeparators(file)));
    return true;
}

void ImportUsersDialog::reject()
{
    if (isRunning()) {
        // Closing while writes are in flight: stop sending, close once the sent ones have answered.
        m_closeWhenDone = true;
        cancelRun();
        return;
    }
    QDialog::reject();
}
