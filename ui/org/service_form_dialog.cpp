#include "ui/org/service_form_dialog.h"

#include "org/org_service.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/status_text.h"

#include <QLabel>

ServiceFormDialog::ServiceFormDialog(OrgService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_serverError(PlainText::label())
{
    m_serverError->setObjectName(QStringLiteral("serverError"));
    StatusText::mark(m_serverError, StatusColours::Kind::Error);
    m_serverError->setWordWrap(true);
    m_serverError->setVisible(false);
    connect(m_service, &OrgService::mutationFinished, this, &ServiceFormDialog::onFinished);
}

void ServiceFormDialog::save(std::function<void(OrgService *, quint64)> change)
{
    if (!validate() || m_saving)
        return;
    m_saving = true;
    validate(); // the save button goes off while saving
    m_serverError->setVisible(false);
    m_ticket = OrgService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, change, t = m_ticket] { change(s, t); });
}

void ServiceFormDialog::onFinished(quint64 ticket, bool ok, const QString &message)
{
    if (ticket != m_ticket || !m_saving)
        return; // another call's answer
    m_saving = false;
    if (ok) {
        QDialog::accept();
        return;
    }
    m_serverError->setText(message);
    m_serverError->setVisible(true);
    validate();
}
