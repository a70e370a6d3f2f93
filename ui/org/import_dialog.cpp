#include "ui/org/import_dialog.h"

#include "models/org/import_preview_model.h"
#include "org/org_service.h"
#include "ui/org/confirm_batch_dialog.h"
#include "ui/shell/plain_text.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

ImportDialog::ImportDialog(OrgService *service, OrgSnapshotPtr snapshot, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_snapshot(std::move(snapshot))
    , m_preview(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import from CSV"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = PlainText::label(
        tr("A file with a <b>userName</b> column selects members for enable, disable or delete. "
           "A file with the columns <b>userName,name,email,mobile,orgCode[,role]</b> adds new "
           "members."));
    intro->setTextFormat(Qt::RichText); // our own text only
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    // A path can be typed or pasted (Enter reads it), or chosen.
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("filePath"));
    m_file->setPlaceholderText(tr("No file chosen"));
    m_file->installEventFilter(this);
    QLabel *fileLabel = PlainText::label(tr("&File:"));
    fileLabel->setBuddy(m_file);
    m_file->setAccessibleName(PlainText::spoken(fileLabel->text()));
    m_choose = new QPushButton(tr("Choose file…"));
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->addItem(tr("Disable"), int(MemberAction::Disable));
    m_action->addItem(tr("Enable"), int(MemberAction::Enable));
    m_action->addItem(tr("Delete"), int(MemberAction::Delete));
    m_action->setAccessibleName(tr("What to do with the listed members"));
    row->addWidget(fileLabel);
    row->addWidget(m_file, 1);
    row->addWidget(m_choose);
    row->addWidget(m_action);
    layout->addLayout(row);
    m_summary = PlainText::label();
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("What the file would change"));
    m_table->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    m_table->setModel(m_preview);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_go = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(QStringLiteral("importGoButton"));
    m_go->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    // A path being typed is not yet the file the preview shows: nothing is sent until it is read.
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        forgetFile();
        m_summary->setText(tr("Press Enter to read this file."));
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, &ImportDialog::rebuildPreview);
    connect(m_go, &QPushButton::clicked, this, &ImportDialog::go);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(service, &OrgService::importProgress, this,
            [this](quint64 ticket, int index, bool ok, const QString &message) {
                if (!m_adding || ticket != m_ticket)
                    return;
                // Rows are answered two at a time, not strictly in file order: count them.
                ++m_answered;
                if (!ok)
                    m_failures << tr("line %1: %2").arg(m_toAddLines.value(index)).arg(message);
                m_summary->setText(
                    (QStringList{tr("Adding… %1 of %2").arg(m_answered).arg(m_toAdd.size())} +
                     m_failures)
                        .join(u'\n'));
            });
    connect(service, &OrgService::outboxStalled, this, [this](const QString &message) {
        if (!m_adding)
            return;
        m_summary->setText(tr("Waiting for the server: %1 The rows not yet added are kept and "
                              "sent when it answers; you may close this window.")
                               .arg(message));
        m_go->setText(tr("Close"));
        m_go->setEnabled(true);
        disconnect(m_go, &QPushButton::clicked, this, &ImportDialog::go);
        connect(m_go, &QPushButton::clicked, this, &QDialog::reject);
    });
    connect(service, &OrgService::importFinished, this,
            [this](quint64 ticket, int added, int failed) {
                if (!m_adding || ticket != m_ticket)
                    return;
                m_adding = false;
                m_summary->setText(tr("%1 added, %2 failed. Failures are in the audit journal.")
                                       .arg(added)
                                       .arg(failed));
                m_go->setText(tr("Close"));
                m_go->setEnabled(true);
                disconnect(m_go, &QPushButton::clicked, this, &ImportDialog::go);
                connect(m_go, &QPushButton::clicked, this, &QDialog::reject);
            });
    resize(760, 520);
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_file && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (const QString path = m_file->text().trimmed(); !path.isEmpty())
                loadFile(path);
            return true; // not the dialog's default button
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from CSV"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportDialog::loadFile(const QString &path)
{
    if (m_sent)
        return;
    forgetFile();
    const int load = m_loads;
    m_file->setText(path);
    m_summary->setText(tr("Reading…"));
    QPointer<ImportDialog> self(this);
    QThreadPool::globalInstance()->start([self, path, load] {
        QFile f(path);
        QString error;
        QByteArray data;
        if (!f.open(QIODevice::ReadOnly))
            error = tr("Cannot read %1: %2").arg(path, f.errorString());
        else if (f.size() > 64 * 1024 * 1024)
            error = tr("%1 is larger than 64 MB; split it.").arg(path);
        else
            data = f.readAll();
        // A header naming the columns of a new member decides the kind of file.
        const QByteArray head = data.left(data.indexOf('\n')).toLower();
        const bool newMembers = head.contains("email") && head.contains("orgcode");
        MemberImport::UserNameList names;
        MemberImport::NewMembers members;
        if (error.isEmpty()) {
            if (newMembers)
                members = MemberImport::readNewMembers(data);
            else
                names = MemberImport::readUserNames(data);
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(),
                                  [self, path, load, error, newMembers, names, members] {
                                      // A file asked for later wins, whichever is read first.
                                      if (self && self->m_loads == load && !self->m_sent)
                                          self->onParsed(path, error, newMembers, names, members);
                                  });
    });
}

void ImportDialog::onParsed(const QString &path, const QString &readError, bool newMembersFile,
                            const MemberImport::UserNameList &names,
                            const MemberImport::NewMembers &members)
{
    Q_UNUSED(path)
    if (!readError.isEmpty()) {
        m_summary->setText(readError); // loadFile forgot the earlier file already
        return;
    }
    m_loaded = true;
    m_newMembers = newMembersFile;
    m_names = names;
    m_members = members;
    m_action->setVisible(!m_newMembers);
    rebuildPreview();
}

void ImportDialog::forgetFile()
{
    ++m_loads;
    m_loaded = false;
    m_names = {};
    m_members = {};
    m_toAdd.clear();
    m_toAddLines.clear();
    m_impact = {};
    m_preview->setRows({});
    m_go->setEnabled(false);
}

void ImportDialog::rebuildPreview()
{
    if (!m_loaded)
        return; // the action box changed with no file read: nothing to show or send
    QList<ImportPreviewModel::Row> rows;
    int changes = 0;
    const auto issues = m_newMembers ? m_members.issues : m_names.issues;
    for (const MemberImport::Issue &i : issues)
        rows.append({i.line, {}, {}, i.message, true});
    if (m_newMembers) {
        m_toAdd.clear();
        m_toAddLines.clear();
        const auto verdicts = MemberImport::checkAgainst(m_members, *m_snapshot);
        for (qsizetype k = 0; k < m_members.members.size(); ++k) {
            const Member &m = m_members.members.at(k);
            const int line = m_members.lines.at(k);
            rows.append({line, m.userName, m.name, verdicts.at(k).message, !verdicts.at(k).ok});
            if (verdicts.at(k).ok) {
                m_toAdd.append(m);
                m_toAddLines.append(line);
            }
        }
        changes = int(m_toAdd.size());
        m_go->setText(tr("Add %n member(s)", nullptr, changes));
    } else {
        const auto action = MemberAction(m_action->currentData().toInt());
        m_impact = assessImpact(action, m_names.userNames, *m_snapshot);
        for (qsizetype k = 0; k < m_impact.rows.size(); ++k) {
            const Impact::Row &r = m_impact.rows.at(k);
            const int line = m_names.lines.at(k);
            QString what = r.reason;
            if (r.kind == Impact::Kind::Change)
                what = action == MemberAction::Enable    ? tr("disabled → enabled")
                       : action == MemberAction::Disable ? tr("enabled → disabled")
                                                         : tr("will be deleted");
            rows.append({line, r.userName, r.name, what, r.kind == Impact::Kind::Blocked});
        }
        changes = m_impact.changes;
        m_go->setText(ConfirmBatchDialog::actionVerb(action, changes));
    }
    m_preview->setRows(rows);
    m_table->resizeColumnToContents(ImportPreviewModel::LineColumn);
    m_table->resizeColumnToContents(ImportPreviewModel::UserNameColumn);
    const int bad = m_preview->badCount();
    m_summary->setText(tr("%1 will change; %2 will be skipped because of problems.")
                           .arg(tr("%n row(s)", nullptr, changes), tr("%n row(s)", nullptr, bad)));
    m_go->setEnabled(changes > 0);
    Q_EMIT previewReady();
}

void ImportDialog::go()
{
    if (!m_newMembers) {
        accept();
        return;
    }
    m_adding = true;
    m_sent = true;
    m_file->setReadOnly(true);
    m_choose->setEnabled(false);
    m_answered = 0;
    m_failures.clear();
    m_go->setEnabled(false);
    m_action->setEnabled(false);
    const QList<Member> members = m_toAdd;
    m_ticket = OrgService::newTicket();
    QMetaObject::invokeMethod(
        m_service, [s = m_service, t = m_ticket, members] { s->importMembers(t, members); });
}
