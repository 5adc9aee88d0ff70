#include "MainWindow.h"

#include "Database.h"
#include "DestinationStore.h"
#include "DestinationsPage.h"
#include "DispatcherThread.h"
#include "Icons.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsPage.h"
#include "PhoneNumbers.h"
#include "RecordsPages.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QThreadPool>
#include <QTimer>

namespace LeadRails {

namespace {
// The sections get taller rows than a plain list's: a larger target to click. A delegate rather than a style
// sheet, which would put the list under QStyleSheetStyle (~1 ms more at start-up) and make it keep the
// palette it was first polished with instead of following the desktop between light and dark.
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) +
               QSize(2 * kPadding.width(), 2 * kPadding.height());
    }

private:
    static constexpr QSize kPadding{4, 6};
};

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSectionKey = QStringLiteral("mainWindow/section");
const QString kDestinationsSplitterKey = QStringLiteral("mainWindow/destinationsSplitter");
const QString kDestinationKey = QStringLiteral("mainWindow/destination");
} // namespace

MainWindow::MainWindow(Workspace &workspace, StartUp startUp, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
    , m_profile(workspace.profile())
{
    m_ui->setupUi(this);
    m_ui->navigation->setItemDelegate(new NavigationDelegate(m_ui->navigation));

    m_destinations = new DestinationsPage(workspace, startUp, m_ui->destinationsPage);
    m_destinations->setObjectName(QStringLiteral("destinationsView"));
    m_ui->destinationsLayout->addWidget(m_destinations, 1);
    connect(m_destinations, &DestinationsPage::destinationsChanged, this, &MainWindow::updateEmptyStates);
    connect(m_destinations, &DestinationsPage::showJobRequested, this, [this](qint64 jobId) {
        showSection(Section::Jobs);
        if (currentSection() == Section::Jobs) // unsaved changes may have kept the user where they were
            jobsPage()->showJob(jobId);
    });
    updateEmptyStates(m_destinations->destinationCount());

    // The other sections are built on their first visit: start-up only pays for what is on screen. Their
    // empty states wait for it too (a visit shows them when there is nothing to list; the inbox says so
    // itself): a hidden page still counts in the stack's size hint, and laying out their rich text cost the
    // first paint ~2 ms (measured).
    m_ui->jobsEmptyState->hide();
    m_ui->alertsEmptyState->hide();
    m_ui->auditEmptyState->hide();
    connect(workspace.jobs(), &JobStore::alertsChanged, this,
            [this] { updateAlertBadge(m_workspace.jobs()->unacknowledgedAlertCount()); });
    updateAlertBadge(workspace.jobs()->unacknowledgedAlertCount());

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        showSection(Section::Jobs);
        jobsPage()->focusSearch();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, [this] {
        if (m_jobs)
            m_jobs->refresh();
        if (m_alerts)
            m_alerts->refresh();
        if (m_audit)
            m_audit->refresh();
        if (m_suppression)
            m_suppression->refresh();
        m_destinations->reload();
    });

    auto *newDestination = new QShortcut(QKeySequence::New, this);
    connect(newDestination, &QShortcut::activated, this, [this] {
        showSection(Section::Destinations);
        m_destinations->newDestination();
    });

    const Icons::Glyph icons[] = {Icons::Glyph::Destinations, Icons::Glyph::Jobs, Icons::Glyph::Alerts,
                                  Icons::Glyph::AuditLog, Icons::Glyph::Suppression};
    for (int row = 0; row < m_ui->navigation->count(); ++row)
        m_ui->navigation->item(row)->setIcon(Icons::icon(icons[row]));

    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving the editor with unsaved changes asks first.
        if (m_ui->pages->currentIndex() == int(Section::Destinations) && row != int(Section::Destinations) &&
            !m_destinations->confirmLeaving([this, row] { m_ui->navigation->setCurrentRow(row); })) {
            const QSignalBlocker block(m_ui->navigation);
            m_ui->navigation->setCurrentRow(int(Section::Destinations));
            return;
        }
        // Views over the database are built on the first visit and show what changed while they were hidden.
        switch (Section(row)) {
        case Section::Jobs:
            if (m_jobs)
                m_jobs->refresh();
            jobsPage();
            m_ui->jobsEmptyState->setVisible(m_jobs->model()->rowCount() == 0 &&
                                             m_workspace.jobs()->count(JobFilter{}) == 0);
            break;
        case Section::Alerts:
            alertsPage();
            break;
        case Section::AuditLog:
            if (!m_audit) {
                m_audit = new AuditPage(m_workspace, m_ui->auditPage);
                m_audit->setObjectName(QStringLiteral("auditView"));
                m_ui->auditLayout->addWidget(m_audit, 1);
            } else {
                m_audit->refresh();
            }
            m_ui->auditEmptyState->setVisible(m_audit->isEmpty());
            break;
        case Section::Suppression:
            if (!m_suppression) {
                m_suppression = new SuppressionPage(m_workspace, m_ui->suppressionPage);
                m_suppression->setObjectName(QStringLiteral("suppressionView"));
                m_ui->suppressionLayout->addWidget(m_suppression, 1);
            }
            break;
        case Section::Destinations:
            break;
        }
        m_ui->pages->setCurrentIndex(row);
    });

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setText(tr("Profile: %1").arg(QDir::toNativeSeparators(m_profile.dataDirectory())));
    m_profileLabel->setToolTip(tr("Where LeadRails keeps this profile's database, settings and logs. "
                                  "Secrets are kept in the system keychain, not here."));
    statusBar()->addPermanentWidget(m_profileLabel);

    restoreLayout();
}

MainWindow::~MainWindow() = default;

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_ui->pages->currentIndex());
}

void MainWindow::showSection(Section section)
{
    m_ui->navigation->setCurrentRow(static_cast<int>(section));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // After Save the window closes once the save is done: closing now would drop it.
    if (!m_destinations->confirmLeaving([this] { close(); })) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::updateAlertBadge(int unacknowledged)
{
    QListWidgetItem *item = m_ui->navigation->item(int(Section::Alerts));
    item->setText(unacknowledged > 0 ? tr("Alerts (%1)").arg(unacknowledged) : tr("Alerts"));
    QFont font = item->font();
    font.setBold(unacknowledged > 0);
    item->setFont(font);
    item->setData(Qt::AccessibleTextRole,
                  unacknowledged > 0 ? tr("Alerts, %1 unread").arg(unacknowledged) : tr("Alerts"));
}

void MainWindow::setDispatcher(DispatcherThread *dispatcher)
{
    m_queueLabel = new QLabel(this);
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    statusBar()->insertPermanentWidget(0, m_queueLabel);
    m_destinations->setDispatcher(dispatcher);
    const auto show = [this](int depth) {
        QString text = depth == 0 ? tr("Queue empty") : tr("%n message(s) waiting", nullptr, depth);
        if (!m_paused.isEmpty())
            text += QStringLiteral(" · ") + tr("%n destination(s) paused", nullptr, int(m_paused.size()));
        m_queueLabel->setText(text);
        m_queueLabel->setToolTip(QStringList(m_paused.values()).join(QLatin1Char('\n')));
    };
    connect(dispatcher, &DispatcherThread::queueDepthChanged, this, show);
    connect(dispatcher, &DispatcherThread::destinationPaused, this,
            [this, show](const QString &id, const QString &reason) {
                m_paused.insert(id, reason);
                show(m_workspace.jobs()->pendingCount());
                m_destinations->reload();
            });
    connect(dispatcher, &DispatcherThread::destinationResumed, this, [this, show](const QString &id) {
        m_paused.remove(id);
        show(m_workspace.jobs()->pendingCount());
        m_destinations->reload();
    });
    // The dispatcher writes through its own connection: what it changed shows here at most four times a
    // second however fast it sends (the Jobs view re-reads a page; the alert badge one count).
    auto *changes = new QTimer(this);
    changes->setSingleShot(true);
    changes->setInterval(250);
    connect(changes, &QTimer::timeout, this, [this] {
        if (m_jobs && m_jobs->isVisible())
            m_jobs->model()->refresh();
        updateAlertBadge(m_workspace.jobs()->unacknowledgedAlertCount());
    });
    connect(dispatcher, &DispatcherThread::jobChanged, changes, [changes] {
        if (!changes->isActive())
            changes->start();
    });
    connect(dispatcher, &DispatcherThread::failed, this, [this](const QString &error) {
        m_queueLabel->setText(tr("Not sending"));
        m_queueLabel->setToolTip(error);
        statusBar()->showMessage(tr("Messages are not being sent from this window: %1").arg(error));
    });
    show(m_workspace.jobs()->pendingCount());
}

void MainWindow::finishStartUp()
{
    // The side needs nothing loaded: built now, while a worker loads the phone library that checking the
    // form and the preview need.
    m_destinations->buildSide();
    loadPhoneLibrary([this] {
        m_destinations->finishBuilding();
        Q_EMIT startUpFinished();
    });
}

void MainWindow::loadPhoneGeocoder()
{
    loadPhoneLibrary({});
}

void MainWindow::loadPhoneLibrary(std::function<void()> whenLoaded)
{
    QThreadPool::globalInstance()->start(
        [window = QPointer<MainWindow>(this), whenLoaded = std::move(whenLoaded)] {
            PhoneNumbers::warmUp();
            QMetaObject::invokeMethod(QCoreApplication::instance(), [window, whenLoaded] {
                if (!window)
                    return;
                if (whenLoaded)
                    whenLoaded();
                // The geocoder only now: loading it holds the dynamic loader's lock for tens of ms, which
                // stalled this thread when it ran meanwhile.
                QThreadPool::globalInstance()->start([window] {
                    PhoneNumbers::loadGeocoder();
                    QMetaObject::invokeMethod(QCoreApplication::instance(), [window] {
                        if (window)
                            window->m_destinations->updatePreview();
                    });
                });
            });
        });
}

JobsPage *MainWindow::jobsPage()
{
    if (!m_jobs) {
        m_jobs = new JobsPage(m_workspace, m_ui->jobsPage);
        m_jobs->setObjectName(QStringLiteral("jobsView"));
        m_ui->jobsLayout->addWidget(m_jobs, 1);
    }
    return m_jobs;
}

AlertsPage *MainWindow::alertsPage()
{
    if (!m_alerts) {
        m_alerts = new AlertsPage(m_workspace, m_ui->alertsPage);
        m_alerts->setObjectName(QStringLiteral("alertsView"));
        m_ui->alertsLayout->addWidget(m_alerts, 1);
        connect(m_alerts, &AlertsPage::unacknowledgedCountChanged, this, &MainWindow::updateAlertBadge);
        connect(m_alerts, &AlertsPage::showJobRequested, this, [this](qint64 jobId) {
            showSection(Section::Jobs);
            jobsPage()->showJob(jobId);
        });
    }
    return m_alerts;
}

void MainWindow::updateEmptyStates(int destinationCount)
{
    m_ui->destinationsEmptyState->setVisible(destinationCount == 0);
    statusBar()->showMessage(destinationCount == 0   ? tr("Ready. Create a destination to start sending.")
                             : destinationCount == 1 ? tr("1 destination.")
                                                     : tr("%1 destinations.").arg(destinationCount));
}

void MainWindow::restoreLayout()
{
    const auto settings = m_profile.settings();
    if (!restoreGeometry(settings->value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings->value(kStateKey).toByteArray());
    m_destinations->restoreSplitterState(settings->value(kDestinationsSplitterKey).toByteArray());
    m_destinations->openAtStart(settings->value(kDestinationKey).toString());
    const int section = settings->value(kSectionKey, 0).toInt();
    showSection(section >= 0 && section < m_ui->navigation->count() ? static_cast<Section>(section)
                                                                    : Section::Destinations);
}

void MainWindow::saveLayout() const
{
    const auto settings = m_profile.settings();
    settings->setValue(kGeometryKey, saveGeometry());
    settings->setValue(kStateKey, saveState());
    settings->setValue(kDestinationsSplitterKey, m_destinations->splitterState());
    settings->setValue(kDestinationKey, m_destinations->currentDestinationId());
    settings->setValue(kSectionKey, static_cast<int>(currentSection()));
}

} // namespace LeadRails
