#pragma once
// Import from CSV: a list of userNames for a batch action, or a file of new members to add.
// The file is read off the UI thread; the preview lists every row that will change and every
// bad row with its line number and reason before anything is sent.
#include "org/impact.h"
#include "org/member_import.h"
#include "org/org_snapshot.h"

#include <QDialog>

class ImportPreviewModel;
class OrgService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(OrgService *service, OrgSnapshotPtr snapshot, QWidget *parent = nullptr);

    // For a userName list: the assessed action, ready to submit.
    const Impact &impact() const { return m_impact; }
    void loadFile(const QString &path);
    ImportPreviewModel *preview() const { return m_preview; }

Q_SIGNALS:
    void previewReady();

protected:
    // Enter in the path field reads that file (and sends nothing).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void onParsed(const QString &path, const QString &readError, bool newMembersFile,
                  const MemberImport::UserNameList &names, const MemberImport::NewMembers &members);
    void rebuildPreview();
    // What was read no longer stands (another path typed or asked for, or it could not be
    // read): no preview, nothing to send, and a reading still under way is not shown.
    void forgetFile();
    void go();

    OrgService *m_service;
    OrgSnapshotPtr m_snapshot;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QLabel *m_summary;
    QComboBox *m_action;
    QTableView *m_table;
    ImportPreviewModel *m_preview;
    QPushButton *m_go;
    bool m_newMembers = false;
    bool m_adding = false;
    bool m_sent = false;   // members were sent: this window reads no other file
    int m_loads = 0;       // files asked for; only the last one's reading is shown
    bool m_loaded = false; // the preview is of the path in the field
    quint64 m_ticket = 0;  // of the import in progress
    int m_answered = 0;
    QStringList m_failures; // "line N: why", as the answers come
    MemberImport::UserNameList m_names;
    MemberImport::NewMembers m_members;
    QList<Member> m_toAdd;
    QList<int> m_toAddLines;
    Impact m_impact;
};
