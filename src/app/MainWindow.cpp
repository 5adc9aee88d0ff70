#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStyle>

namespace LeadRails {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSectionKey = QStringLiteral("mainWindow/section");
} // namespace

MainWindow::MainWindow(const Profile &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profile(profile)
{
    m_ui->setupUi(this);

    const QStyle::StandardPixmap icons[] = {QStyle::SP_DriveNetIcon, QStyle::SP_FileDialogDetailedView,
                                            QStyle::SP_MessageBoxWarning, QStyle::SP_FileDialogContentsView};
    for (int row = 0; row < m_ui->navigation->count(); ++row)
        m_ui->navigation->item(row)->setIcon(style()->standardIcon(icons[row]));

    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setText(tr("Profile: %1").arg(QDir::toNativeSeparators(m_profile.dataDirectory())));
    m_profileLabel->setToolTip(tr("Where LeadRails keeps this profile's database, settings and logs. "
                                  "Secrets are kept in the system keychain, not here."));
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->showMessage(tr("Ready. Create a destination to start sending."));

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
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    const auto settings = m_profile.settings();
    if (!restoreGeometry(settings->value(kGeometryKey).toByteArray()))
        resize(1100, 700);
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
