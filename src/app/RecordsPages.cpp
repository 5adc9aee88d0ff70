#include "RecordsPages.h"

#include "Icons.h"
#include "RowTableView.h"

#include "AuditLogModel.h"
#include "Database.h"
#include "DestinationStore.h"
#include "JobStore.h"
#include "PhoneNumbers.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadRails {

namespace {

QTableWidget *makeTable(QWidget *parent, const char *objectName, const QString &accessibleName,
                        const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(QLatin1String(objectName));
    table->setAccessibleName(accessibleName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

AlertsPage::AlertsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_table = makeTable(this, "alertsTable", tr("Alerts"),
                        {tr("Severity"), tr("Destination"), tr("Times"), tr("Last seen"), tr("What to do")});
    // Room for three lines of advice in every row, measured once instead of per row and width.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 3 + 8);
    m_table->setColumnWidth(0, 130);
    m_table->setColumnWidth(2, 60);
    m_table->setColumnWidth(3, 150);
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    m_showJob = new QPushButton(tr("Show &job"), this);
    m_showJob->setObjectName(QStringLiteral("showAlertJobButton"));
    m_empty = new QLabel(tr("No alerts: nothing needs you right now."), this);
    m_empty->setObjectName(QStringLiteral("alertsEmpty"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_showJob);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_workspace.jobs()->acknowledge(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
        refresh();
    });
    connect(m_showJob, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && m_table->item(row, 1)->data(Qt::UserRole).toLongLong() > 0)
            Q_EMIT showJobRequested(m_table->item(row, 1)->data(Qt::UserRole).toLongLong());
    });
    connect(m_workspace.jobs(), &JobStore::alertsChanged, this, &AlertsPage::refresh);
    refresh();
}

void AlertsPage::showEvent(QShowEvent *event)
{
    // The dispatcher and other processes raise alerts through their own connection, unheard of here.
    refresh();
    QWidget::showEvent(event);
}

int AlertsPage::unacknowledgedCount() const
{
    return m_workspace.jobs()->unacknowledgedAlertCount();
}

void AlertsPage::refresh()
{
    QHash<QString, QString> names;
    for (const Destination &d : m_workspace.destinations().list())
        names.insert(d.id, d.name);
    const QList<Alert> alerts = m_workspace.jobs()->alerts(true);
    m_table->setRowCount(int(alerts.size()));
    for (int row = 0; row < alerts.size(); ++row) {
        const Alert &a = alerts.at(row);
        const Icons::Glyph icon = a.severity == Alert::Severity::Error     ? Icons::Glyph::Error
                                  : a.severity == Alert::Severity::Warning ? Icons::Glyph::Warning
                                                                           : Icons::Glyph::Information;
        auto *severity = cell(a.acknowledged ? tr("Acknowledged") : tr("New"));
        severity->setIcon(Icons::icon(icon));
        severity->setData(Qt::UserRole, a.id);
        QFont font = severity->font();
        font.setBold(!a.acknowledged);
        severity->setFont(font);
        m_table->setItem(row, 0, severity);
        auto *destination = cell(names.value(a.destinationId, a.destinationId));
        destination->setData(Qt::UserRole, a.jobId);
        m_table->setItem(row, 1, destination);
        m_table->setItem(row, 2, cell(QString::number(a.count)));
        m_table->setItem(row, 3, cell(when(a.lastSeen)));
        m_table->setItem(row, 4, cell(a.message));
    }
    m_empty->setVisible(alerts.isEmpty());
    m_table->setVisible(!alerts.isEmpty());
    Q_EMIT unacknowledgedCountChanged(unacknowledgedCount());
}

AuditPage::AuditPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
{
    // Paged from the database as it scrolls: the log only grows, and must not be read whole on each visit.
    m_model = new AuditLogModel(workspace.database(), this);
    m_view = makeRowTableView(m_model, QStringLiteral("auditTable"), tr("Audit log"), this);
    m_view->setColumnWidth(AuditLogModel::When, 170);
    m_view->setColumnWidth(AuditLogModel::Who, 90);
    m_view->setColumnWidth(AuditLogModel::What, 190);
    m_view->setColumnWidth(AuditLogModel::Subject, 170);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

bool AuditPage::isEmpty() const
{
    return m_model->rowCount() == 0;
}

void AuditPage::refresh()
{
    m_model->refresh();
}

SuppressionPage::SuppressionPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_table = makeTable(this, "suppressionTable", tr("Suppression list"),
                        {tr("Number"), tr("Since"), tr("Source"), tr("Reason")});
    m_table->setColumnWidth(0, 150);
    m_table->setColumnWidth(1, 170);
    m_table->setColumnWidth(2, 150);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("suppressNumberEdit"));
    m_number->setPlaceholderText(tr("+14155552671"));
    m_number->setAccessibleName(tr("Number to suppress"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("suppressReasonEdit"));
    m_reason->setPlaceholderText(tr("Reason (e.g. asked by phone not to be texted)"));
    m_reason->setAccessibleName(tr("Reason"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addSuppressionButton"));
    auto *remove = new QPushButton(tr("&Remove selected"), this);
    remove->setObjectName(QStringLiteral("removeSuppressionButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("suppressionMessage"));
    m_message->setWordWrap(true);
    auto *form = new QHBoxLayout;
    form->addWidget(m_number);
    form->addWidget(m_reason, 1);
    form->addWidget(add);
    form->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("LeadRails never sends to these numbers. Twilio reports recipients who replied STOP "
                      "(error 21610) and they are added here automatically."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(add, &QPushButton::clicked, this, &SuppressionPage::add);
    connect(m_number, &QLineEdit::returnPressed, this, &SuppressionPage::add);
    connect(remove, &QPushButton::clicked, this, &SuppressionPage::removeSelected);
    connect(m_workspace.jobs(), &JobStore::suppressionsChanged, this, &SuppressionPage::refresh);
    refresh();
}

void SuppressionPage::showEvent(QShowEvent *event)
{
    // Opt-outs found by the dispatcher or another process arrive through their own connection.
    refresh();
    QWidget::showEvent(event);
}

void SuppressionPage::refresh()
{
    const QList<Suppression> all = m_workspace.jobs()->suppressions();
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const Suppression &s = all.at(row);
        m_table->setItem(row, 0, cell(s.number));
        m_table->setItem(row, 1, cell(when(s.at)));
        m_table->setItem(
            row, 2,
            cell(s.source == QLatin1String("manual") ? tr("added by hand") : tr("opted out (Twilio)")));
        m_table->setItem(row, 3, cell(s.reason));
    }
}

void SuppressionPage::add()
{
    const PhoneAnalysis phone = PhoneNumbers::analyze(m_number->text(), QStringLiteral("US"));
    if (phone.e164.isEmpty() || (!phone.ok() && !phone.fictional)) {
        m_message->setText(phone.message.isEmpty() ? tr("Enter a phone number.") : phone.message);
        return;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        m_message->setText(tr("Say why this number must not be texted, for the audit log."));
        return;
    }
    QString error;
    if (!m_workspace.jobs()->suppress(phone.e164, m_reason->text().trimmed(), QStringLiteral("manual"),
                                      &error)) {
        m_message->setText(error);
        return;
    }
    m_message->setText(tr("%1 will not be texted.").arg(phone.e164));
    m_number->clear();
    m_reason->clear();
    refresh();
}

void SuppressionPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->setText(tr("Select a number first."));
        return;
    }
    const QString number = m_table->item(row, 0)->text();
    QString error;
    if (!m_workspace.jobs()->unsuppress(number, &error)) {
        m_message->setText(error);
        return;
    }
    m_message->setText(tr("%1 can be texted again.").arg(number));
    refresh();
}

} // namespace LeadRails
