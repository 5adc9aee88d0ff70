#pragma once

// Header-only: it needs the GUI library, which the GUI tests link and leadrails_test_support does not.
#include "JobsPage.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QTest>

#include <memory>

namespace LeadRails::Testing {

// The fixture of the Jobs view tests: a fresh profile seeded with history over two destinations, and the
// view over it. A test class derives from it after QObject and opens it in initTestCase(); the members are
// the test's (some build their own page per test function).
class JobsPageFixture
{
protected:
    // False, with *error, when the profile cannot be made or seeded.
    bool openSeededWorkspace(qint64 jobs, QString *error)
    {
        m_workspace = temporaryWorkspace(error, jobs, 2);
        return m_workspace != nullptr;
    }
    // The same with the view over it, shown; false when it never gets on screen.
    bool openSeededJobsPage(qint64 jobs, QString *error)
    {
        if (!openSeededWorkspace(jobs, error))
            return false;
        m_page = std::make_unique<JobsPage>(*m_workspace);
        m_page->resize(1000, 700);
        m_page->show();
        if (QTest::qWaitForWindowExposed(m_page.get()))
            return true;
        *error = QStringLiteral("the Jobs view never got on screen");
        return false;
    }

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<JobsPage> m_page;
};

} // namespace LeadRails::Testing
