#pragma once
// The confirmation before a batch action: how many members change, how many of them are
// administrators, which cannot change and why. Cancel is the default button.
#include "org/impact.h"

#include <QDialog>

class ConfirmBatchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConfirmBatchDialog(const Impact &impact, QWidget *parent = nullptr);

    static QString actionVerb(MemberAction action, int count);
};
