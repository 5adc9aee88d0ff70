#include "JobStoreFixture.h"

#include "DevSeed.h"

#include <QDir>
#include <QTest>

namespace LeadRails::Testing {

bool JobStoreFixture::openJobStore(QString *error)
{
    m_dir.emplace();
    if (!m_dir->isValid()) {
        *error = m_dir->errorString();
        return false;
    }
    m_db = Database::open(QDir(m_dir->path()).filePath(QStringLiteral("leadrails.sqlite")), error);
    if (!m_db)
        return false;
    m_store = std::make_unique<JobStore>(*m_db, QStringLiteral("tester"));
    return true;
}

void JobStoreFixture::closeJobStore()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Destination JobStoreFixture::seedDestination(const QString &name, const QString &bodyTemplate)
{
    QString error;
    auto d = DevSeed::seedDestination(*m_db, name, m_destinations++, QStringLiteral("tester"), &error);
    [&] { QVERIFY2(d, qPrintable(error)); }();
    Destination result = d.value_or(Destination{});
    result.bodyTemplate = bodyTemplate;
    return result;
}

} // namespace LeadRails::Testing
