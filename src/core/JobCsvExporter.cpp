#include "JobCsvExporter.h"

#include "Database.h"
#include "JobStore.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QThread>

namespace LeadRails {

namespace {

bool startsLikeFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// "+14155552671", "-3", "2.5": a spreadsheet reads these as numbers, never as a call to anything.
bool isPlainNumber(const QString &value)
{
    qsizetype i = (value.startsWith(QLatin1Char('+')) || value.startsWith(QLatin1Char('-'))) ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits = true;
        } else if (c == QLatin1Char('.') && !point && digits) {
            point = true;
            digits = false; // a digit must follow the point
        } else {
            return false;
        }
    }
    return digits;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

JobCsvExporter::JobCsvExporter(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

JobCsvExporter::~JobCsvExporter()
{
    if (m_thread) {
        // What the worker posts back to this object afterwards is dropped with it.
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool JobCsvExporter::start(const JobFilter &filter, const QString &path)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, databasePath = m_databasePath, filter, path] {
        Result result;
        // SQLite connections belong to the thread that opened them, so the worker opens its own.
        if (const auto database = Database::open(databasePath, &result.error)) {
            result = write(*database, filter, path, &m_cancel, [this](qint64 written, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, written, total] { Q_EMIT progress(written, total); }, Qt::QueuedConnection);
            });
        }
        // Queued after every progress update, so listeners see the last one first.
        QMetaObject::invokeMethod(
            this, [this, result, path] { done(result, path); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("LeadRails CSV export"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void JobCsvExporter::cancel()
{
    m_cancel = true;
}

void JobCsvExporter::done(const Result &result, const QString &path)
{
    // The worker has posted its last message: its thread is ending, if not already gone.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    switch (result.status) {
    case Result::Status::Written:
        Q_EMIT finished(result.rows, path);
        break;
    case Result::Status::Canceled:
        Q_EMIT canceled();
        break;
    case Result::Status::Failed:
        Q_EMIT failed(result.error);
        break;
    }
}

JobCsvExporter::Result JobCsvExporter::write(Database &database, const JobFilter &filter, const QString &path,
                                             const std::atomic_bool *cancel, const Progress &progress)
{
    Result result;
    const auto fail = [&result](const QString &error) {
        result.status = Result::Status::Failed;
        result.error = error;
        return result;
    };
    // Checked first: QSaveFile's own message ("Permission denied") names neither the folder nor what to do.
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return fail(tr("The folder %1 does not exist. Choose another place for the export.")
                        .arg(native(folder.filePath())));
    if (!folder.isWritable())
        return fail(tr("The folder %1 is read-only. Choose a folder you can write to for the export.")
                        .arg(native(folder.filePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(native(path), file.errorString()));

    // One read transaction: the count and every page come from one snapshot, so jobs the dispatcher adds or
    // moves meanwhile neither shift the pages (rows written twice or skipped) nor push progress past the
    // total. Writers are not blocked (WAL); nothing is written here, so it ends with a rollback.
    QSqlDatabase connection = database.connection();
    const bool snapshot = connection.transaction();
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            connection.rollback();
    });
    const auto canceled = [&] {
        if (!cancel || !*cancel)
            return false;
        file.cancelWriting(); // with no commit(), QSaveFile removes its temporary file
        result.status = Result::Status::Canceled;
        return true;
    };

    JobStore store(database);
    const qint64 total = store.count(filter);
    QByteArray chunk;
    const auto line = [&chunk](const QStringList &values) {
        QStringList quoted;
        quoted.reserve(values.size());
        for (const QString &value : values)
            quoted.append(csvField(value));
        chunk += quoted.join(QLatin1Char(',')).toUtf8();
        chunk += "\r\n"; // RFC 4180 ends records with CRLF; line breaks inside quoted bodies stay as they are
    };
    // A UTF-8 byte order mark first: without it Excel reads the file as the system's legacy code page and
    // shows "ZoÃ«" for Zoë. LibreOffice, Numbers and Google Sheets take it either way.
    chunk += "\xEF\xBB\xBF";
    line(header());
    for (qint64 offset = 0;; offset += pageSize) {
        if (canceled())
            return result;
        QString error;
        const QList<Job> jobs = store.jobs(filter, pageSize, int(offset), &error);
        if (!error.isEmpty())
            return fail(error);
        for (const Job &job : jobs)
            line(fields(job));
        if (file.write(chunk) != chunk.size())
            return fail(tr("Cannot write %1: %2").arg(native(path), file.errorString()));
        chunk.clear();
        result.rows += jobs.size();
        if (progress)
            progress(result.rows, qMax(total, result.rows));
        if (jobs.size() < pageSize)
            break;
    }
    if (canceled())
        return result;
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(native(path), file.errorString()));
    result.status = Result::Status::Written;
    return result;
}

QStringList JobCsvExporter::header()
{
    return {QStringLiteral("id"),         QStringLiteral("created_at"),
            QStringLiteral("status"),     QStringLiteral("destination"),
            QStringLiteral("to"),         QStringLiteral("body"),
            QStringLiteral("segments"),   QStringLiteral("twilio_sid"),
            QStringLiteral("error_code"), QStringLiteral("error_message"),
            QStringLiteral("test")};
}

QStringList JobCsvExporter::fields(const Job &job)
{
    return {QString::number(job.id), job.createdAt.toUTC().toString(Qt::ISODate), jobStateId(job.state),
            // The current name, or the last one of a removed destination (its id is gone by then).
            job.destinationName.isEmpty() ? job.destinationId : job.destinationName, job.to, job.body,
            QString::number(job.segments), job.twilioSid,
            job.errorCode ? QString::number(job.errorCode) : QString(), job.errorMessage,
            job.test ? QStringLiteral("1") : QStringLiteral("0")};
}

QString JobCsvExporter::csvField(const QString &value)
{
    QString field = value;
    // Excel, LibreOffice and Google Sheets run a cell that starts with =, +, - or @ as a formula (a leading
    // tab or carriage return is skipped first). Bodies, names and error texts come from whoever filled in a
    // lead form, so an export opened in a spreadsheet could otherwise compute, send data to a URL (HYPERLINK,
    // WEBSERVICE) or start a program (DDE) on the machine of whoever opens it. A leading apostrophe makes the
    // cell plain text. Plain numbers are left alone: they call nothing, and E.164 recipients stay exact.
    if (!field.isEmpty() && startsLikeFormula(field.front()) && !isPlainNumber(field))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

} // namespace LeadRails
