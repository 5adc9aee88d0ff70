#pragma once

#include "Profile.h"
#include "StartUp.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class QLabel;

namespace LeadRails {

class AlertsPage;
class DispatcherThread;
class AuditPage;
class DestinationsPage;
class JobsPage;
class SuppressionPage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Destinations, Jobs, Alerts, AuditLog, Suppression };
    Q_ENUM(Section)

    explicit MainWindow(Workspace &workspace, StartUp startUp = StartUp::Complete, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void showSection(Section section);
    DestinationsPage *destinationsPage() const { return m_destinations; }
    // Shows the background dispatcher's queue and paused destinations, and lets Send Test use it.
    void setDispatcher(DispatcherThread *dispatcher);
    // Builds what StartUp::Deferred left out and loads the phone library, then the geocoder (as
    // loadPhoneGeocoder()); startUpFinished() says when the form is checked and the preview rendered. main()
    // calls it once the window has painted.
    void finishStartUp();
    // Loads the phone number library, then its geocoder, on a worker (PhoneNumbers::deferGeocoder), then
    // renders the preview again so that it names the recipient's place.
    void loadPhoneGeocoder();
    // Built on first use.
    JobsPage *jobsPage();
    AlertsPage *alertsPage();

Q_SIGNALS:
    void startUpFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();
    // On a worker: the phone library, then whenLoaded (on this thread), then the geocoder and the preview
    // again.
    void loadPhoneLibrary(std::function<void()> whenLoaded);
    void saveLayout() const;

    void updateEmptyStates(int destinationCount);
    void updateAlertBadge(int unacknowledged);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace &m_workspace;
    Profile m_profile;
    DestinationsPage *m_destinations = nullptr;
    JobsPage *m_jobs = nullptr;
    AlertsPage *m_alerts = nullptr;
    AuditPage *m_audit = nullptr;
    SuppressionPage *m_suppression = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_queueLabel = nullptr;
    QHash<QString, QString> m_paused; // destination id → reason
};

} // namespace LeadRails
