#pragma once

#include "Profile.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class QLabel;

namespace LeadRails {

class DestinationsPage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Destinations, Jobs, Alerts, AuditLog };
    Q_ENUM(Section)

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void showSection(Section section);
    DestinationsPage *destinationsPage() const { return m_destinations; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();
    void saveLayout() const;

    void updateEmptyStates(int destinationCount);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace &m_workspace;
    Profile m_profile;
    DestinationsPage *m_destinations = nullptr;
    QLabel *m_profileLabel = nullptr;
};

} // namespace LeadRails
