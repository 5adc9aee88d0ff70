#pragma once

#include "Job.h"
#include "JobsChartApi.h"

#include <QHash>
#include <QMap>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace LeadRails {

class JobCsvExporter;
class JobListModel;
class Workspace;

// Jobs: every send with its status, filters, the details of one job (attempts, the error explained) and
// actions on it, or on many selected rows at once (Retry N / Cancel N). The table pages rows in from the
// database, so it stays fast at a million jobs.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    // With the chart from the installed charts module.
    explicit JobsPage(Workspace &workspace, QWidget *parent = nullptr);
    // charts: the charts module's table; null when it is missing, and a line says so in the chart's place.
    JobsPage(Workspace &workspace, const JobsChartApi::Functions *charts, QWidget *parent = nullptr);

    JobListModel *model() const { return m_model; }
    // The last 30 days above the table; null when the charts module is missing (a broken installation: a
    // line says so in its place).
    JobsChartApi::Chart *chart() const { return m_chart; }
    QTableView *view() const { return m_view; }
    // Writes the filtered rows to a CSV file on a worker thread, with progress and Cancel; the line under the
    // table then says where the file went or what failed. Returns false while another export runs.
    bool exportCsv(const QString &path);
    JobCsvExporter *exporter() const { return m_exporter; }
    // Asks where to export (Export CSV…); empty to give up. A save dialog unless set (tests set it).
    using ExportPathPrompt = std::function<QString(const QString &suggestedName)>;
    void setExportPathPrompt(ExportPathPrompt prompt) { m_exportPathPrompt = std::move(prompt); }
    // Asks before canceling several jobs; true to go ahead. A message box unless set (tests set it).
    using ConfirmPrompt = std::function<bool(const QString &question, const QString &confirmLabel)>;
    void setConfirmPrompt(ConfirmPrompt prompt) { m_confirmPrompt = std::move(prompt); }
    // The selected jobs, in row order. Kept by id: they stay selected when the rows refresh (the dispatcher
    // changes them, new jobs arrive above), unless the filters or the order change.
    QList<qint64> selectedJobIds() const { return m_kept.ids; }
    // At most this many selected jobs are retried or canceled at once (their ids are read row by row).
    static constexpr int maxBulkJobs = 10000;

public Q_SLOTS:
    void refresh();
    void focusSearch();
    void showJob(qint64 jobId);

private:
    void applyFilter();
    void showCurrent();
    void showSelection();
    void retrySelected();
    void replayCurrent();
    void cancelSelected();
    qint64 currentJobId() const;
    // The selection by job id, after the user changed it; put back after the model reset.
    void keepSelection();
    void restoreSelection();

    // What is selected, by id (the rows move when the model refreshes).
    struct KeptSelection
    {
        JobFilter filter; // the rows the ids were selected among
        QList<qint64> ids;
        QList<int> rows; // where each was
        qint64 currentId = 0;
        int tooMany = 0; // rows selected beyond maxBulkJobs (not kept)
        QMap<JobState, int> states;
        int retryable = 0;
        int cancelable = 0;
    };
    KeptSelection m_kept;
    bool m_restoring = false;

    Workspace &m_workspace;
    JobListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_destination = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    JobsChartApi::Chart *m_chart = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copySid = nullptr;
    QTimer *m_searchDelay = nullptr;
    JobCsvExporter *m_exporter = nullptr;
    ExportPathPrompt m_exportPathPrompt;
    ConfirmPrompt m_confirmPrompt;
    QPushButton *m_exportButton = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
};

} // namespace LeadRails
