#pragma once

#include "Profile.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class QLabel;

namespace LeadRails {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Destinations, Jobs, Alerts, AuditLog };
    Q_ENUM(Section)

    explicit MainWindow(const Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void showSection(Section section);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Profile m_profile;
    QLabel *m_profileLabel = nullptr;
};

} // namespace LeadRails
