#pragma once
// The organisation's batch dialog: enable, disable or delete members through OrgService, with
// progress, per-member results, retry, undo (enable and disable) and export
// (BatchOperationDialog over OrgBatchOperations).
#include "org/domain.h"
#include "ui/shell/batch_operation_dialog.h"

class OrgService;

class OperationDialog : public BatchOperationDialog
{
    Q_OBJECT
public:
    OperationDialog(OrgService *service, MemberAction action, const QStringList &userNames,
                    QWidget *parent = nullptr);
};
