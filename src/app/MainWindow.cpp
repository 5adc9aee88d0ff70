#include "MainWindow.h"

#include "DestinationStore.h"
#include "DestinationsPage.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QShortcut>
#include <QStyle>

namespace LeadRails {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSectionKey = QStringLiteral("mainWindow/section");
} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
    , m_profile(workspace.profile())
{
    m_ui->setupUi(this);

    m_destinations = new DestinationsPage(workspace, m_ui->destinationsPage);
    m_destinations->setObjectName(QStringLiteral("destinationsView"));
    m_ui->destinationsLayout->addWidget(m_destinations, 1);
    connect(m_destinations, &DestinationsPage::destinationsChanged, this, &MainWindow::updateEmptyStates);
    updateEmptyStates(int(workspace.destinations().list().size()));

    auto *newDestination = new QShortcut(QKeySequence::New, this);
    connect(newDestination, &QShortcut::activated, this, [this] {
        showSection(Section::Destinations);
        m_destinations->newDestination();
    });

    const QStyle::StandardPixmap icons[] = {QStyle::SP_DriveNetIcon, QStyle::SP_FileDialogDetailedView,
                                            QStyle::SP_MessageBoxWarning, QStyle::SP_FileDialogContentsView};
    for (int row = 0; row < m_ui->navigation->count(); ++row)
        m_ui->navigation->item(row)->setIcon(style()->standardIcon(icons[row]));

    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving the editor with unsaved changes asks first.
        if (m_ui->pages->currentIndex() == int(Section::Destinations) && row != int(Section::Destinations) &&
            !m_destinations->confirmLeaving()) {
            const QSignalBlocker block(m_ui->navigation);
            m_ui->navigation->setCurrentRow(int(Section::Destinations));
            return;
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
    if (!m_destinations->confirmLeaving()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
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
    const int section = settings->value(kSectionKey, 0).toInt();
    showSection(section >= 0 && section < m_ui->navigation->count() ? static_cast<Section>(section)
                                                                    : Section::Destinations);
}

void MainWindow::saveLayout() const
{
    const auto settings = m_profile.settings();
    settings->setValue(kGeometryKey, saveGeometry());
    settings->setValue(kStateKey, saveState());
    settings->setValue(kSectionKey, static_cast<int>(currentSection()));
}

} // namespace LeadRails
