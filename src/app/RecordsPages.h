#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace LeadRails {

class AuditLogModel;
class Workspace;

// The alerts inbox: problems that need the user, each with what to do; repeats fold into one line.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPage(Workspace &workspace, QWidget *parent = nullptr);
    int unacknowledgedCount() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void unacknowledgedCountChanged(int count);
    void showJobRequested(qint64 jobId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_workspace;
    QTableWidget *m_table = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_showJob = nullptr;
    QLabel *m_empty = nullptr;
};

// Every change to destinations, secrets (never their values), jobs and the suppression list.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Workspace &workspace, QWidget *parent = nullptr);
    bool isEmpty() const;
    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void refresh();

private:
    AuditLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

// Numbers LeadRails never sends to: opt-outs reported by Twilio (21610) and ones added by hand.
class SuppressionPage : public QWidget
{
    Q_OBJECT

public:
    explicit SuppressionPage(Workspace &workspace, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void add();
    void removeSelected();

    Workspace &m_workspace;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace LeadRails
