// Every dialog the console opens from its menus, in the administrator's and in the seller's
// demo, works from the keyboard and is named for a screen reader: each control a person operates
// has an accessible name (through Qt's accessibility interfaces); Tab from the first focus
// visits every control that takes focus, once each, in reading order (top to bottom, left to
// right), never stuck in a field, and comes back round; the first focus is an input when the
// dialog has one; Escape closes the dialog. The dialogs those dialogs lead to (a batch's
// progress, an import's preview, a key pair, a new secret) are reached the way a person reaches
// them; the account switcher and the sign-in window, which the demo does not open, are made
// directly.
#include "common/translations.h"
#include "console/console_app.h"
#include "console/seller_section.h"
#include "console/window_picture.h"
#include "models/org/member_table_model.h"
#include "support/accessible_controls.h"
#include "ui/org/import_dialog.h"
#include "ui/org/org_page.h"
#include "ui/shell/account_switcher.h"
#include "ui/shell/batch_operation_dialog.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/sign_in_dialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <functional>
#include <memory>
#include <string_view>
#include <tuple>

namespace {

constexpr int kWaitMs = 30'000;

QString nameOf(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             w->objectName().isEmpty() ? w->accessibleName() : w->objectName());
}

// Where a person would expect Tab to stop: shown, enabled controls that take Tab focus (of a
// group of exclusive radio buttons, only the checked one does).
QList<QWidget *> tabStops(QDialog *dialog)
{
    QList<QWidget *> stops;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
            w->focusProxy() || w->window() != dialog)
            continue;
        if (auto *radio = qobject_cast<QRadioButton *>(w);
            radio && radio->autoExclusive() && !radio->isChecked())
            continue;
        stops.append(w);
    }
    return stops;
}

bool isInput(const QWidget *w)
{
    // A check box that switches its row's field on (the audit export's "From") is the row's
    // first input. A read-only field (a secret shown once, an address to copy) is not one.
    if (auto *line = qobject_cast<const QLineEdit *>(w))
        return !line->isReadOnly();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return !plain->isReadOnly();
    if (auto *rich = qobject_cast<const QTextEdit *>(w))
        return !rich->isReadOnly();
    return qobject_cast<const QCheckBox *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

// The administrator's (or the seller's) demo, small, in English, its data in `dir`.
QStringList demoArguments(const QTemporaryDir &dir, bool seller,
                          const QString &lang = QStringLiteral("en"))
{
    QStringList args{QStringLiteral("marketdesk"),     QStringLiteral("--demo"),
                     QStringLiteral("--demo-members"), QStringLiteral("30"),
                     QStringLiteral("--data-dir"),     dir.path(),
                     QStringLiteral("--lang"),         lang};
    if (seller)
        args << QStringLiteral("--demo-seller");
    return args;
}

// A dialog that asks before it closes (a secret neither copied nor shown) is answered "close
// anyway": the button that is not the safe default. Queued before what closes it, whose
// confirmation runs in an exec() of its own.
void closeAnywayWhenAsked(QDialog *asking)
{
    auto tries = std::make_shared<int>(0);
    auto *poll = new QTimer;
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, poll,
                     [poll, tries, asking = QPointer<QDialog>(asking)] {
                         auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                         if (asking && box && box->parentWidget() == asking) {
                             // Its Close ("close anyway"), else the one that is not the safe
                             // default.
                             QAbstractButton *anyway = box->button(QMessageBox::Close);
                             for (QAbstractButton *b : box->buttons())
                                 if (!anyway && b != box->defaultButton())
                                     anyway = b;
                             if (anyway)
                                 anyway->click();
                         }
                         if (++*tries > 200 || !asking || !asking->isVisible())
                             poll->deleteLater();
                     });
    poll->start();
}

QDialog *openDialog(QWidget *window)
{
    if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
        return modal;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != window && top->isVisible())
            if (auto *d = qobject_cast<QDialog *>(top))
                return d;
    return nullptr;
}

} // namespace

class TestDialogKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialog_data();
    void dialog();
    void madeDirectly_data();
    void madeDirectly();
    void noTwoCommandsShareAKey_data();
    void noTwoCommandsShareAKey();

private:
    // Runs while the dialog is open (inside its exec() when it is modal): waits for a dialog
    // of class `expected` in front of `window`, and for `ready` when given.
    void checkDialog(QWidget *window, const QString &expected,
                     const std::function<bool(QDialog *)> &ready = {});
    // What a person does in `dialog` to reach the next one (see dialog_data).
    void step(const QString &then, QDialog *dialog);
    // Closes whatever dialog is still open in front of `window`.
    static void closeAll(QWidget *window);

    QTemporaryDir m_files; // what a step reads
};

void TestDialogKeyboard::dialog_data()
{
    QTest::addColumn<bool>("seller");
    QTest::addColumn<int>("page"); // its place in the navigation, from 1
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialogClass");
    QTest::addColumn<QString>("lang");
    // When set, the row goes on from that dialog (step) to the one it leads to (nestedClass).
    QTest::addColumn<QString>("then");
    QTest::addColumn<QString>("nestedClass");

    using Row = std::tuple<const char *, bool, int, const char *, const char *>;
    const QList<Row> rows{
        {"add member", false, 1, "addMemberAction", "MemberDialog"},
        {"edit member", false, 1, "editMemberAction", "MemberDialog"},
        {"disable member", false, 1, "disableAction", "ConfirmBatchDialog"},
        {"add department", false, 1, "addDepartmentAction", "DepartmentDialog"},
        {"edit department", false, 1, "editDepartmentAction", "DepartmentDialog"},
        {"import CSV", false, 1, "importAction", "ImportDialog"},
        {"who may use it", false, 2, "authoriseAction", "AuthorisationEditor"},
        {"apply for a License", false, 4, "applyLicenseAction", "ApplyLicenseDialog"},
        {"add account", false, 1, "addAccountAction", "AddAccountDialog"},
        {"export audit journal", false, 1, "exportAuditAction", "AuditExportDialog"},
        {"sign out", false, 1, "signOutAction", "QMessageBox"},
        {"language", false, 1, "languageAction", "QInputDialog"},
        {"about", false, 1, "aboutAction", "QMessageBox"},
        {"new access key", true, 1, "newAccessKeyAction", "QInputDialog"},
        {"add production address", true, 2, "addAddressAction", "AddressDialog"},
        {"bind keys", true, 2, "bindKeysAction", "AddressDialog"},
        {"rotate the basic key", true, 2, "rotateBasicKeyAction", "KeyRotationDialog"},
        {"apply for a credential", true, 3, "applyCredentialAction", "CredentialDialog"},
        {"edit credential", true, 3, "editCredentialAction", "CredentialDialog"},
    };
    for (const auto &[row, seller, page, action, dialogClass] : rows)
        QTest::newRow(row) << seller << page << QString::fromLatin1(action)
                           << QString::fromLatin1(dialogClass) << QStringLiteral("en") << QString()
                           << QString();
    // In Chinese the labels carry "(&N)" and "：": the names a screen reader says must not.
    for (const auto &[row, seller, page, action, dialogClass] : rows)
        if (std::string_view(row) == "add member" || std::string_view(row) == "add account" ||
            std::string_view(row) == "apply for a credential")
            QTest::newRow(qPrintable(QStringLiteral("%1 (zh_CN)").arg(QLatin1String(row))))
                << seller << page << QString::fromLatin1(action) << QString::fromLatin1(dialogClass)
                << QStringLiteral("zh_CN") << QString() << QString();
    // Where a dialog leads.
    using Nested =
        std::tuple<const char *, bool, int, const char *, const char *, const char *, const char *>;
    const QList<Nested> nested{
        {"disable member, then its progress", false, 1, "disableAction", "ConfirmBatchDialog",
         "confirm", "BatchOperationDialog"},
        {"import CSV, then its preview", false, 1, "importAction", "ImportDialog", "load a file",
         "ImportDialog"},
        {"new access key, then its secret", true, 1, "newAccessKeyAction", "QInputDialog",
         "name the key", "SecretRevealDialog"},
        {"apply for a credential, then a key pair", true, 3, "applyCredentialAction",
         "CredentialDialog", "generate a key pair", "KeyPairDialog"},
    };
    for (const auto &[row, seller, page, action, dialogClass, then, nestedClass] : nested)
        QTest::newRow(row) << seller << page << QString::fromLatin1(action)
                           << QString::fromLatin1(dialogClass) << QStringLiteral("en")
                           << QString::fromLatin1(then) << QString::fromLatin1(nestedClass);
}

void TestDialogKeyboard::dialog()
{
    QFETCH(bool, seller);
    QFETCH(int, page);
    QFETCH(QString, action);
    QFETCH(QString, dialogClass);
    QFETCH(QString, lang);
    QFETCH(QString, then);
    QFETCH(QString, nestedClass);
    // --lang is the program's (main.cpp); here the catalogue is installed as it does, and
    // removed after the row.
    const auto english = qScopeGuard([] {
        qDeleteAll(
            QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    });
    if (lang != u"en") {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), lang), QString());
        QVERIFY(QCoreApplication::translate("MainWindow", "&File") != u"&File");
    }

    QTemporaryDir dir;
    ConsoleApp app;
    QCOMPARE(app.start(demoArguments(dir, seller, lang)), -1);
    QTRY_VERIFY_WITH_TIMEOUT(app.window() && app.window()->pages().size() >= page, kWaitMs);
    MainWindow *window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    Page *shown = window->pages().at(page - 1);
    window->setCurrentPage(shown);
    // A row chosen, as a person would before a command on it.
    if (app.orgPage() && shown == app.orgPage()) {
        QTRY_VERIFY_WITH_TIMEOUT(app.orgPage()->memberModel()->rowCount() > 0, kWaitMs);
        app.orgPage()->showFirstMember();
    } else {
        QTableView *table = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QTableView *t : shown->findChildren<QTableView *>())
                    if (t->isVisible() && t->model() && t->model()->rowCount() > 0)
                        return (table = t) != nullptr;
                return false;
            }(),
            kWaitMs);
        table->setCurrentIndex(table->model()->index(0, 0));
        table->selectRow(0);
    }
    QStringList known;
    QAction *command = WindowPicture::findAction(window, action, &known);
    QVERIFY2(command, qPrintable(known.join(u", ")));
    QTRY_VERIFY_WITH_TIMEOUT(command->isEnabled(), kWaitMs);
    // What the timers below share. When the dialog leads on (`then`), a batch is read once it
    // has ended, a preview once it lists the file's rows.
    const auto ready = [](QDialog *d) {
        if (auto *batch = qobject_cast<BatchOperationDialog *>(d))
            return batch->isFinished() &&
                   batch->findChild<QTableView *>(QStringLiteral("resultsTable"))->isVisible();
        if (d->inherits("ImportDialog"))
            return d->property("previewed").toBool();
        return true;
    };
    bool checked = false;
    QPointer<QDialog> first;
    bool stepped = false;
    bool nestedChecked = false;
    QTimer watch;
    watch.setInterval(50);
    // The context of every timer: declared after what they use, it goes first, whichever way
    // the row ends, and none runs on into the next row with these locals gone.
    QObject scope;

    // The checks run inside the dialog's own event loop when it is modal (exec() returns only
    // when it closes); one that fails leaves it open, and it is closed after them.
    QTimer::singleShot(0, &scope, [&] {
        checkDialog(window, dialogClass);
        closeAll(window);
        checked = true;
    });
    command->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(checked, kWaitMs);
    if (then.isEmpty() || QTest::currentTestFailed())
        return;

    // Again, and on to the dialog this one leads to. The step returns at once (the first
    // dialog's exec() must end for the command to go on) or opens the next dialog in an exec()
    // of its own: a watch, which runs in whichever loop runs, checks the next dialog once it is
    // there and ready.
    connect(&watch, &QTimer::timeout, &scope, [&] {
        QDialog *d = openDialog(window);
        if (!stepped || !d || !d->inherits(qPrintable(nestedClass)) ||
            (d == first && nestedClass != dialogClass) || !ready(d))
            return;
        watch.stop();
        checkDialog(window, nestedClass, ready);
        closeAll(window);
        nestedChecked = true;
    });
    QTimer::singleShot(0, &scope, [&] {
        QTRY_VERIFY_WITH_TIMEOUT((first = openDialog(window)) != nullptr, kWaitMs);
        watch.start();
        stepped = true;
        step(then, first);
    });
    // Nothing is left open (the command may be in the first dialog's exec() until then).
    QTimer::singleShot(2 * kWaitMs, &scope, [&] {
        if (!nestedChecked)
            closeAll(window);
    });
    command->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(
        nestedChecked, qPrintable(QStringLiteral("no %1 after \"%2\"").arg(nestedClass, then)),
        2 * kWaitMs);
}

void TestDialogKeyboard::step(const QString &then, QDialog *dialog)
{
    if (then == u"confirm") {
        // Cancel is the default (Enter): the confirming button takes the focus, as Tab would
        // give it, and is pressed with Space.
        QAbstractButton *go = nullptr;
        if (auto *box = dialog->findChild<QDialogButtonBox *>())
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) != QDialogButtonBox::RejectRole)
                    go = b;
        QVERIFY(go);
        go->setFocus(Qt::TabFocusReason);
        QTest::keyClick(go, Qt::Key_Space);
    } else if (then == u"load a file") {
        // One row to add and one with a bad address: both shown in the preview.
        const QString path = m_files.filePath(QStringLiteral("members.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("userName,name,email,mobile,orgCode,role\n"
                  "fresh.one,New One,fresh@example.com,,,user\n"
                  "broken,Broken,not-an-email,,,user\n");
        csv.close();
        auto *import = qobject_cast<ImportDialog *>(dialog);
        QVERIFY(import);
        connect(import, &ImportDialog::previewReady, import,
                [import] { import->setProperty("previewed", true); });
        import->loadFile(path);
    } else if (then == u"name the key") {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("keyboard check"));
        input->accept();
    } else if (then == u"generate a key pair") {
        QPushButton *generate = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text().remove(u'&').startsWith(u"Generate key pair"))
                generate = b;
        QVERIFY(generate);
        generate->click(); // the key pair dialog's exec() runs in here
    } else {
        QFAIL(qPrintable(QStringLiteral("no step \"%1\"").arg(then)));
    }
}

void TestDialogKeyboard::closeAll(QWidget *window)
{
    for (int i = 0; i < 5; ++i) {
        QDialog *left = openDialog(window);
        if (!left)
            return;
        closeAnywayWhenAsked(left);
        left->reject();
        if (left->isVisible())
            left->hide(); // a running batch's window stays until it ends
    }
}

void TestDialogKeyboard::madeDirectly_data()
{
    QTest::addColumn<QString>("dialogClass");
    QTest::newRow("account switcher") << QStringLiteral("AccountSwitcher");
    QTest::newRow("sign-in") << QStringLiteral("SignInDialog");
}

// Dialogs the demo does not open (it has one account, signed in from the start), made as the
// console makes them.
void TestDialogKeyboard::madeDirectly()
{
    QFETCH(QString, dialogClass);
    QWidget window;
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::unique_ptr<QDialog> dialog;
    if (dialogClass == u"AccountSwitcher") {
        QList<Account> accounts;
        for (const char *name : {"zhang.min@huadong-tech", "liu.yang@seller", "li.na@beifang"}) {
            Account a;
            a.name = QString::fromLatin1(name);
            a.server = QUrl(QStringLiteral("https://console.example.com"));
            a.displayName = a.name.section(u'@', 0, 0);
            a.lastUsed = QDateTime::currentDateTimeUtc();
            accounts << a;
        }
        dialog = std::make_unique<AccountSwitcher>(accounts, accounts.first().name, &window);
    } else {
        auto *signIn = new SignInDialog(QStringLiteral("console.example.com"), &window);
        signIn->setOpensBrowser(false);
        signIn->setUrl(QUrl(QStringLiteral("https://console.example.com/authorize?x=1")));
        // A style change (the desktop's, at run time) lays the buttons out again, which shows
        // them all: "Try again" must stay hidden, and Tab still go round.
        QEvent styleChange(QEvent::StyleChange);
        QCoreApplication::sendEvent(signIn->findChild<QDialogButtonBox *>(), &styleChange);
        dialog.reset(signIn);
    }
    bool checked = false;
    QObject scope; // the timer's context, declared last: it goes first, with the row
    QTimer::singleShot(0, &scope, [&] {
        // A check that fails returns from here: the dialog is closed all the same.
        const auto done = qScopeGuard([&] {
            closeAll(&window);
            checked = true;
        });
        if (dialogClass == u"SignInDialog")
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                QVERIFY2(!b->isVisible() || b->text().remove(u'&') != u"Try again",
                         "\"Try again\" shows before anything failed");
        checkDialog(&window, dialogClass);
    });
    dialog->exec();
    QTRY_VERIFY_WITH_TIMEOUT(checked, kWaitMs);
}

void TestDialogKeyboard::checkDialog(QWidget *window, const QString &expected,
                                     const std::function<bool(QDialog *)> &ready)
{
    QDialog *dialog = nullptr;
    // The dialog the command opens, not a message that something is not ready yet.
    QTRY_VERIFY2_WITH_TIMEOUT(
        (dialog = openDialog(window)) && dialog->inherits(qPrintable(expected)),
        qPrintable(QStringLiteral("waiting for a %1; in front: %2")
                       .arg(expected, dialog
                                          ? QString::fromLatin1(dialog->metaObject()->className())
                                          : QStringLiteral("nothing"))),
        kWaitMs);
    if (ready)
        QTRY_VERIFY2_WITH_TIMEOUT(ready(dialog),
                                  qPrintable(expected + QStringLiteral(" is not ready")), kWaitMs);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QApplication::setActiveWindow(dialog);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
    QTest::qWait(200); // what the dialog fills in after it shows (a first search, a list)

    // Named for a screen reader.
    QStringList unnamed;
    TestSupport::unnamedControls(QAccessible::queryAccessibleInterface(dialog),
                                 QString::fromLatin1(dialog->metaObject()->className()), &unnamed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

    // Said as words: no mnemonic marks, no colon.
    const QList<QWidget *> stops = tabStops(dialog);
    for (QWidget *w : stops) {
        const QString name = w->accessibleName();
        QVERIFY2(!name.contains(u'&') && !name.endsWith(u':') && !name.endsWith(u'\uff1a'),
                 qPrintable(QStringLiteral("%1 is named \"%2\"").arg(nameOf(w), name)));
    }

    // The first focus: an input, when there is one.
    QWidget *first = QApplication::focusWidget();
    QVERIFY(first);
    const bool hasInput = std::any_of(stops.begin(), stops.end(), isInput);
    QVERIFY2(!hasInput || isInput(first),
             qPrintable(QStringLiteral("first focus on %1").arg(nameOf(first))));

    // Tab goes round every stop once, in reading order, and is never held by a field.
    QList<QWidget *> visited{first};
    QStringList problems;
    for (int i = 0; i < 2 * stops.size() + 2; ++i) {
        QWidget *at = QApplication::focusWidget();
        QVERIFY2(at, "the focus left the dialog");
        QTest::keyClick(at, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        // A date's Tab goes through its sections (day, month, …), then on: Qt's own way.
        if (auto *date = qobject_cast<QDateTimeEdit *>(at))
            for (int s = 1; next == at && s <= date->sectionCount(); ++s) {
                QTest::keyClick(at, Qt::Key_Tab);
                next = QApplication::focusWidget();
            }
        if (next == at) {
            if (stops.size() > 1)
                problems << QStringLiteral("Tab stays in %1").arg(nameOf(at));
            break;
        }
        if (next == first)
            break;
        if (visited.contains(next)) {
            problems << QStringLiteral("Tab comes back to %1 before %2")
                            .arg(nameOf(next), nameOf(first));
            break;
        }
        visited << next;
    }
    for (QWidget *w : stops)
        if (!visited.contains(w))
            problems << QStringLiteral("Tab never reaches %1").arg(nameOf(w));
    // Round the cycle (the last back to the first) there is one step back up: from the end
    // to the start. The first focus (a default button, say) may be anywhere in it.
    QStringList backSteps;
    for (int i = 0; i < visited.size() && visited.size() > 1; ++i) {
        QWidget *from = visited[i];
        QWidget *to = visited[(i + 1) % visited.size()];
        const QRect a(from->mapTo(dialog, QPoint()), from->size());
        const QRect b(to->mapTo(dialog, QPoint()), to->size());
        // Same row: their middles within each other's height; then left to right.
        const bool sameRow =
            std::abs(a.center().y() - b.center().y()) < std::min(a.height(), b.height()) / 2 + 1;
        const bool readingOrder = sameRow ? b.left() >= a.left() : b.top() >= a.center().y();
        if (!readingOrder)
            backSteps << QStringLiteral("%1 (%2,%3) to %4 (%5,%6)")
                             .arg(nameOf(from))
                             .arg(a.left())
                             .arg(a.top())
                             .arg(nameOf(to))
                             .arg(b.left())
                             .arg(b.top());
    }
    if (backSteps.size() > 1)
        problems << QStringLiteral("Tab goes back up more than once round the dialog: ") +
                        backSteps.join(QStringLiteral("; "));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Escape closes it, and nothing is left open.
    QPointer<QDialog> open = dialog;
    closeAnywayWhenAsked(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!open || !open->isVisible());
}

void TestDialogKeyboard::noTwoCommandsShareAKey_data()
{
    QTest::addColumn<bool>("seller");
    QTest::newRow("administrator") << false;
    QTest::newRow("seller") << true;
}

// Two commands with one key on the same page are an ambiguous shortcut: Qt runs neither.
void TestDialogKeyboard::noTwoCommandsShareAKey()
{
    QFETCH(bool, seller);
    QTemporaryDir dir;
    ConsoleApp app;
    QCOMPARE(app.start(demoArguments(dir, seller)), -1);
    QTRY_VERIFY_WITH_TIMEOUT(app.window() && app.window()->pages().size() >= 4, kWaitMs);
    MainWindow *window = app.window();
    QStringList clashes;
    for (Page *page : window->pages()) {
        window->setCurrentPage(page);
        QCoreApplication::processEvents();
        // The window's own commands, and those of the page shown (a hidden page's are not
        // live).
        QHash<QKeySequence, QStringList> byKey;
        for (QAction *a : window->findChildren<QAction *>()) {
            bool live = true;
            for (QObject *o = a->parent(); o && o != window; o = o->parent())
                if (auto *p = qobject_cast<Page *>(o); p && p != page)
                    live = false;
            if (!live || a->shortcutContext() == Qt::WidgetShortcut)
                continue;
            for (const QKeySequence &key : a->shortcuts())
                if (!key.isEmpty())
                    byKey[key] << (a->objectName().isEmpty() ? a->text() : a->objectName());
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            QStringList names = it.value();
            names.removeDuplicates();
            if (names.size() > 1)
                clashes << QStringLiteral("%1: %2 on %3")
                               .arg(it.key().toString(), names.join(u", "), page->title());
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

QTEST_MAIN(TestDialogKeyboard)
#include "tst_dialog_keyboard.moc"
