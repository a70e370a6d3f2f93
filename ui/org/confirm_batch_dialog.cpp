#include "ui/org/confirm_batch_dialog.h"

#include "ui/shell/plain_text.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

QString ConfirmBatchDialog::actionVerb(MemberAction action, int count)
{
    switch (action) {
    case MemberAction::Enable:
        return tr("Enable %n member(s)", nullptr, count);
    case MemberAction::Disable:
        return tr("Disable %n member(s)", nullptr, count);
    case MemberAction::Delete:
        return tr("Delete %n member(s)", nullptr, count);
    }
    return {};
}

ConfirmBatchDialog::ConfirmBatchDialog(const Impact &impact, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ConfirmBatchDialog"));
    setWindowTitle(actionVerb(impact.action, impact.changes));
    auto *layout = new QVBoxLayout(this);
    auto *summary = PlainText::label();
    summary->setObjectName(QStringLiteral("impactSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText); // counts and our own texts only, never a name
    QString text =
        tr("<b>%1 of %n selected member(s) will change</b>, %2.", nullptr, int(impact.rows.size()))
            .arg(impact.changes)
            .arg(tr("%n of them administrator(s)", nullptr, impact.adminChanges));
    if (impact.unchanged > 0)
        text += u' ' +
                tr("%n are already in that state and are left alone.", nullptr, impact.unchanged);
    if (impact.blocked > 0)
        text += u' ' + tr("%n cannot change; see below.", nullptr, impact.blocked);
    if (impact.action == MemberAction::Disable)
        text += QStringLiteral("<p>") +
                tr("Disabled members can no longer use the apps they were authorised for.");
    if (impact.action == MemberAction::Delete)
        text +=
            QStringLiteral("<p><b>") + tr("Deleting cannot be undone.") + QStringLiteral("</b>");
    summary->setText(text);
    layout->addWidget(summary);

    if (impact.blocked > 0 || impact.adminChanges > 0) {
        auto *list = new QTreeWidget;
        list->setObjectName(QStringLiteral("impactList"));
        list->setHeaderLabels({tr("User name"), tr("Name", "a person's name"), tr("Note")});
        list->setRootIsDecorated(false);
        for (const Impact::Row &r : impact.rows) {
            if (r.kind == Impact::Kind::Blocked) {
                auto *item = new QTreeWidgetItem({r.userName, r.name, r.reason});
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                list->addTopLevelItem(item);
            } else if (r.kind == Impact::Kind::Change && r.admin) {
                list->addTopLevelItem(
                    new QTreeWidgetItem({r.userName, r.name, tr("administrator")}));
            }
        }
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        layout->addWidget(list);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *go = buttons->addButton(actionVerb(impact.action, impact.changes),
                                         impact.action == MemberAction::Enable
                                             ? QDialogButtonBox::AcceptRole
                                             : QDialogButtonBox::DestructiveRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    go->setEnabled(impact.changes > 0);
    go->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(go, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, impact.blocked > 0 || impact.adminChanges > 0 ? 380 : 160);
}
