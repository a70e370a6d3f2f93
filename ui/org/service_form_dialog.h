#pragma once
// Base of the dialogs that save one record through OrgService: sends the change, keeps the
// dialog open and busy until the answer comes, closes on success, and shows a refusal (a
// conflict, a duplicate, the server's reason) under the form.
#include <QDialog>

#include <functional>

class OrgService;
class QLabel;

class ServiceFormDialog : public QDialog
{
    Q_OBJECT
public:
    ServiceFormDialog(OrgService *service, QWidget *parent = nullptr);

protected:
    // Enables or disables the save button from the form's state.
    virtual bool validate() = 0;
    // Runs `change` on the service's thread with a fresh ticket and waits for the
    // mutationFinished() that carries it.
    void save(std::function<void(OrgService *, quint64 ticket)> change);
    bool isSaving() const { return m_saving; }
    QLabel *serverError() const { return m_serverError; }

    OrgService *m_service;

private:
    void onFinished(quint64 ticket, bool ok, const QString &message);

    QLabel *m_serverError;
    bool m_saving = false;
    quint64 m_ticket = 0;
};
