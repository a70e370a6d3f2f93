#include "ui/org/operation_dialog.h"

#include "ui/org/org_batch_operations.h"

OperationDialog::OperationDialog(OrgService *service, MemberAction action,
                                 const QStringList &userNames, QWidget *parent)
    : BatchOperationDialog(new OrgBatchOperations(service, action), userNames, parent)
{
}
