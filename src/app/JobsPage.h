#pragma once

#include <QHash>
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
// actions on it. The table pages rows in from the database, so it stays fast at a million jobs.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPage(Workspace &workspace, QWidget *parent = nullptr);

    JobListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Writes the filtered rows to a CSV file on a worker thread, with progress and Cancel; the line under the
    // table then says where the file went or what failed. Returns false while another export runs.
    bool exportCsv(const QString &path);
    JobCsvExporter *exporter() const { return m_exporter; }
    // Asks where to export (Export CSV…); empty to give up. A save dialog unless set (tests set it).
    using ExportPathPrompt = std::function<QString(const QString &suggestedName)>;
    void setExportPathPrompt(ExportPathPrompt prompt) { m_exportPathPrompt = std::move(prompt); }

public Q_SLOTS:
    void refresh();
    void focusSearch();
    void showJob(qint64 jobId);

private:
    void applyFilter();
    void showCurrent();
    void retryCurrent();
    void replayCurrent();
    void cancelCurrent();
    qint64 currentJobId() const;

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
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copySid = nullptr;
    QTimer *m_searchDelay = nullptr;
    JobCsvExporter *m_exporter = nullptr;
    ExportPathPrompt m_exportPathPrompt;
    QPushButton *m_exportButton = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
};

} // namespace LeadRails
