#include "ui/shell/audit_export_dialog.h"

#include "ui/shell/plain_text.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AuditExportDialog::AuditExportDialog(Backend backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(std::move(backend))
{
    setObjectName(QStringLiteral("AuditExportDialog"));
    setWindowTitle(tr("Export audit journal"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QDateTime now = QDateTime::currentDateTime();
    m_useFrom = new QCheckBox(tr("From"));
    m_from = new QDateTimeEdit(now.addDays(-30));
    m_from->setCalendarPopup(true);
    m_useTo = new QCheckBox(tr("Until"));
    m_to = new QDateTimeEdit(now);
    m_to->setCalendarPopup(true);
    auto pair = [](QWidget *a, QWidget *b) {
        auto *row = new QHBoxLayout;
        row->addWidget(a);
        row->addWidget(b, 1);
        return row;
    };
    form->addRow(pair(m_useFrom, m_from));
    form->addRow(pair(m_useTo, m_to));
    // Their check boxes say what they are; a screen reader needs it on the fields too.
    m_from->setAccessibleName(m_useFrom->text());
    m_to->setAccessibleName(m_useTo->text());
    m_actor = new QLineEdit;
    m_actor->setPlaceholderText(tr("anyone"));
    m_action = new QLineEdit;
    m_action->setPlaceholderText(tr("any, e.g. member.disable"));
    form->addRow(tr("Actor:"), m_actor);
    form->addRow(tr("Action:"), m_action);
    m_bom = new QCheckBox(tr("Start with a byte order mark (for Excel)"));
    m_bom->setChecked(true);
    form->addRow(m_bom);
    layout->addLayout(form);
    m_status = PlainText::label();
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox;
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_export, &QPushButton::clicked, this, &AuditExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_backend.cancel();
        else
            reject();
    });
}

void AuditExportDialog::showProgress(quint64 ticket, qint64 rows)
{
    if (m_running && ticket == m_ticket)
        m_status->setText(tr("%1 rows written…").arg(rows));
}

void AuditExportDialog::showFinished(quint64 ticket, bool ok, const QString &message)
{
    Q_UNUSED(ok);
    if (!m_running || ticket != m_ticket)
        return;
    m_running = false;
    m_status->setText(message);
    m_export->setEnabled(true);
    m_cancel->setText(tr("Close"));
}

void AuditExportDialog::start()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export audit journal"),
        QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    AuditExportOptions o;
    if (m_useFrom->isChecked())
        o.from = m_from->dateTime();
    if (m_useTo->isChecked())
        o.to = m_to->dateTime();
    o.actor = m_actor->text().trimmed();
    o.action = m_action->text().trimmed();
    o.bom = m_bom->isChecked();
    m_running = true;
    m_export->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_status->setText(tr("Exporting…"));
    m_ticket = m_backend.newTicket();
    m_backend.start(m_ticket, path, o);
}
