#pragma once

#include "Job.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QThread;

namespace LeadRails {

class Database;

// Writes the jobs a filter selects to a CSV file (RFC 4180, UTF-8, in the order the Jobs view shows them) on
// a worker thread with its own connection to the profile's database: a million rows take seconds, and the GUI
// must keep painting and answering meanwhile. The file appears only once it is complete (QSaveFile): a
// failure or a cancel leaves nothing behind, not even a temporary file.
class JobCsvExporter : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status { Written, Canceled, Failed };
        Status status = Status::Failed;
        qint64 rows = 0;
        QString error; // Failed: what went wrong and what to do
    };
    using Progress = std::function<void(qint64 written, qint64 total)>;

    // databasePath: the profile's database file (Database::path()), opened again on the worker thread.
    explicit JobCsvExporter(QString databasePath, QObject *parent = nullptr);
    // Cancels a running export and waits for its thread; the partial file is discarded.
    ~JobCsvExporter() override;

    // Starts writing on a worker thread: progress() follows page by page, then exactly one of finished(),
    // canceled() or failed(). Returns false, doing nothing, while an export is already running.
    bool start(const JobFilter &filter, const QString &path);
    // Asks the running export to stop; canceled() follows, or finished() when it had already completed.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    // The worker's body, on the calling thread and its connection (tests; a CLI export could use it). cancel
    // is polled between pages; progress is called after every page.
    static Result write(Database &database, const JobFilter &filter, const QString &path,
                        const std::atomic_bool *cancel = nullptr, const Progress &progress = {});

    // The columns, as the header row names them, and one job's values in that order (not yet escaped).
    static QStringList header();
    static QStringList fields(const Job &job);
    // One value as an RFC 4180 field, neutralised against spreadsheet formula injection.
    static QString csvField(const QString &value);

    // Large: the store reads a page by skipping every row before it, so small pages make a million-row export
    // quadratic (2,000-row pages were 3x slower for one destination's jobs). About 20 MB of jobs at a time.
    static constexpr int pageSize = 10000;

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(qint64 rows, const QString &path);
    void canceled();
    void failed(const QString &error);

private:
    void done(const Result &result, const QString &path);

    QString m_databasePath;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace LeadRails
