// Every dialog the console opens from its menus, in the administrator's and in the seller's
// demo, works from the keyboard and is named for a screen reader: each control a person operates
// has an accessible name (through Qt's accessibility interfaces); Tab from the first focus
// visits every control that takes focus, once each, in reading order (top to bottom, left to
// right), never stuck in a field, and comes back round; the first focus is an input when the
// dialog has one; Escape closes the dialog.
#include "common/translations.h"
#include "console/console_app.h"
#include "console/seller_section.h"
#include "console/window_picture.h"
#include "models/org/member_table_model.h"
#include "support/accessible_controls.h"
#include "ui/org/org_page.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
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
    // first input.
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QCheckBox *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w);
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
    void noTwoCommandsShareAKey_data();
    void noTwoCommandsShareAKey();

private:
    // Runs while the dialog is open (inside its exec() when it is modal).
    void checkDialog(QWidget *window);

    QString m_expected; // the class of the dialog the command opens
};

void TestDialogKeyboard::dialog_data()
{
    QTest::addColumn<bool>("seller");
    QTest::addColumn<int>("page"); // its place in the navigation, from 1
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialogClass");
    QTest::addColumn<QString>("lang");

    using Row = std::tuple<const char *, bool, int, const char *, const char *>;
    const QList<Row> rows{
        {"add member", false, 1, "addMemberAction", "MemberDialog"},
        {"edit member", false, 1, "editMemberAction", "MemberDialog"},
        {"disable member", false, 1, "disableAction", "ConfirmBatchDialog"},
        {"add department", false, 1, "addDepartmentAction", "DepartmentDialog"},
        {"edit department", false, 1, "editDepartmentAction", "DepartmentDialog"},
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
                           << QString::fromLatin1(dialogClass) << QStringLiteral("en");
    // In Chinese the labels carry "(&N)" and "：": the names a screen reader says must not.
    for (const auto &[row, seller, page, action, dialogClass] : rows)
        if (std::string_view(row) == "add member" || std::string_view(row) == "add account" ||
            std::string_view(row) == "apply for a credential")
            QTest::newRow(qPrintable(QStringLiteral("%1 (zh_CN)").arg(QLatin1String(row))))
                << seller << page << QString::fromLatin1(action) << QString::fromLatin1(dialogClass)
                << QStringLiteral("zh_CN");
}

void TestDialogKeyboard::dialog()
{
    QFETCH(bool, seller);
    QFETCH(int, page);
    QFETCH(QString, action);
    QFETCH(QString, dialogClass);
    QFETCH(QString, lang);
    m_expected = dialogClass;
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
    // The checks run inside the dialog's own event loop when it is modal (exec() returns only
    // when it closes); one that fails leaves it open, and it is closed after them.
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        checkDialog(window);
        if (QDialog *left = openDialog(window))
            left->reject();
        checked = true;
    });
    command->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(checked, kWaitMs);
}

void TestDialogKeyboard::checkDialog(QWidget *window)
{
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog(window)) != nullptr, kWaitMs);
    // The dialog the command opens, not a message that something is not ready yet.
    QCOMPARE(QString::fromLatin1(dialog->metaObject()->className()), m_expected);
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
