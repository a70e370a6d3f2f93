#include "ui/seller/seller_debugger_page.h"

#include "models/seller/debug_check_filter.h"
#include "models/seller/debug_check_model.h"
#include "models/seller/seller_labels.h"
#include "seller/client/seller_service.h"
#include "seller/public_key_check.h"
#include "ui/seller/seller_session.h"
#include "ui/shell/desktop_notifier.h"
#include "ui/shell/plain_text.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kSplitterKey = QStringLiteral("ui/qt6/seller/debuggerSplitter");
const QString kHeaderKey = QStringLiteral("ui/qt6/seller/debuggerHeader");
// How the last run was made (never a key, nor the address: that is the account's, and the
// first of its production addresses is offered).
const QString kSuiteKey = QStringLiteral("seller/debugger/suite");
const QString kModeKey = QStringLiteral("seller/debugger/mode");

QString headersText(const DebugExchange::Headers &headers)
{
    QString out;
    for (const auto &[name, value] : headers)
        out += name + QStringLiteral(": ") + value + u'\n';
    return out;
}
} // namespace

SellerDebuggerPage::SellerDebuggerPage(SellerSession *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_desk(session->service()->debugDesk())
    , m_checks(new DebugCheckModel(this))
    , m_filter(new DebugCheckFilter(this))
    , m_address(new QComboBox)
    , m_mode(new QComboBox)
    , m_suite(new QComboBox)
    , m_encryptType(new QComboBox)
    , m_basicKey(new QLineEdit)
    , m_kitKey(new QLineEdit)
    , m_publicKey(new QComboBox)
    , m_callback(new QLineEdit)
    , m_problem(PlainText::label())
    , m_run(new QPushButton(tr("&Run")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_progress(new QProgressBar)
    , m_summary(PlainText::label())
    , m_verdictFilter(new QComboBox)
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_details(new QPlainTextEdit)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_menu(new QMenu(tr("&Debugger"), this))
    , m_runAction(new QAction(tr("&Run debugging"), this))
    , m_cancelAction(new QAction(tr("&Cancel run"), this))
    , m_exportHtml(new QAction(tr("Export report as &HTML…"), this))
    , m_exportJson(new QAction(tr("Export report as &JSON…"), this))
{
    setObjectName(QStringLiteral("SellerDebuggerPage"));
    m_runAction->setObjectName(QStringLiteral("runDebuggingAction"));
    auto *layout = new QVBoxLayout(this);

    // What to run against.
    auto *form = new QFormLayout;
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->lineEdit()->setPlaceholderText(
        QStringLiteral("https://saas.example.com/isv/produce"));
    m_address->setAccessibleName(tr("Production address"));
    form->addRow(tr("&Production address:"), m_address);
    m_mode->addItem(tr("V2 (signature headers, JSON)"), int(DebugTarget::Mode::V2));
    m_mode->addItem(tr("V1 (authToken, AES fields)"), int(DebugTarget::Mode::V1));
    m_encryptType->addItem(tr("AES-256 (encryptType 1)"), QStringLiteral("1"));
    m_encryptType->addItem(tr("AES-128 (encryptType 2)"), QStringLiteral("2"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode, 1);
    modeRow->addWidget(m_encryptType, 1);
    // A row of two fields: its label needs a buddy, or the mnemonic shows as "&".
    QLabel *modeLabel = PlainText::label(tr("&Protocol:"));
    modeLabel->setBuddy(m_mode);
    form->addRow(modeLabel, modeRow);
    for (const QString &s : {QStringLiteral("all"), QStringLiteral("basic"), QStringLiteral("kit"),
                             QStringLiteral("license"), QStringLiteral("login")})
        m_suite->addItem(SellerLabels::suite(s), s);
    form->addRow(tr("&Suite:"), m_suite);
    for (QLineEdit *key : {m_basicKey, m_kitKey}) {
        key->setEchoMode(QLineEdit::Password);
        key->setClearButtonEnabled(true);
        // A secret: not offered to input methods' dictionaries, never dragged elsewhere.
        key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                 Qt::ImhNoPredictiveText);
        key->setDragEnabled(false);
    }
    m_basicKey->setPlaceholderText(tr("the secret of the key bound for the basic interfaces"));
    m_kitKey->setPlaceholderText(tr("the secret of the key bound for Kit sync"));
    m_basicKey->setAccessibleName(tr("Basic interfaces key"));
    m_kitKey->setAccessibleName(tr("Kit sync key"));
    form->addRow(tr("&Basic key:"), m_basicKey);
    form->addRow(tr("&Kit key:"), m_kitKey);
    m_publicKey->setAccessibleName(tr("Public key for clientSecret"));
    form->addRow(tr("Public key &from:"), m_publicKey);
    m_callback->setPlaceholderText(
        tr("the credential's callback address, for the unified login (optional in All)"));
    m_callback->setClearButtonEnabled(true);
    m_callback->setAccessibleName(tr("Callback address"));
    form->addRow(tr("Call&back address:"), m_callback);
    layout->addLayout(form);
    QLabel *note = PlainText::label(
        tr("The keys stay in this window's memory for this session and are never saved. "
           "Calls carry testFlag=1."));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    layout->addLayout(runRow);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // The results.
    auto *filterRow = new QHBoxLayout;
    m_verdictFilter->addItem(tr("All checks"), -1);
    m_verdictFilter->addItem(tr("Failed"), int(DebugCheck::Verdict::Fail));
    m_verdictFilter->addItem(tr("Passed"), int(DebugCheck::Verdict::Pass));
    m_verdictFilter->addItem(tr("Skipped"), int(DebugCheck::Verdict::Skipped));
    m_verdictFilter->setAccessibleName(tr("Show checks"));
    m_search->setPlaceholderText(tr("Filter by check, rule, code or reason"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter checks"));
    filterRow->addWidget(m_verdictFilter);
    filterRow->addWidget(m_search, 1);
    layout->addLayout(filterRow);
    m_filter->setSourceModel(m_checks);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Checks"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setAccessibleName(tr("Request and answer of the selected check"));
    m_details->setPlaceholderText(tr("Select a check to see its request and answer."));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    for (QAction *a : {m_runAction, m_cancelAction, m_exportHtml, m_exportJson}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_menu->addActions({m_runAction, m_cancelAction});
    m_menu->addSeparator();
    m_menu->addActions({m_exportHtml, m_exportJson});

    connect(m_run, &QPushButton::clicked, this, &SellerDebuggerPage::run);
    connect(m_runAction, &QAction::triggered, this, &SellerDebuggerPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &SellerDebuggerPage::cancel);
    connect(m_cancelAction, &QAction::triggered, this, &SellerDebuggerPage::cancel);
    connect(m_exportHtml, &QAction::triggered, this,
            [this] { chooseExport(QStringLiteral("html")); });
    connect(m_exportJson, &QAction::triggered, this,
            [this] { chooseExport(QStringLiteral("json")); });
    connect(m_address, &QComboBox::currentTextChanged, this, &SellerDebuggerPage::updateState);
    connect(m_basicKey, &QLineEdit::textChanged, this, &SellerDebuggerPage::updateState);
    connect(m_kitKey, &QLineEdit::textChanged, this, &SellerDebuggerPage::updateState);
    connect(m_callback, &QLineEdit::textChanged, this, &SellerDebuggerPage::updateState);
    connect(m_suite, &QComboBox::currentIndexChanged, this, &SellerDebuggerPage::updateState);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SellerDebuggerPage::updateState);
    connect(m_encryptType, &QComboBox::currentIndexChanged, this, &SellerDebuggerPage::updateState);
    connect(m_publicKey, &QComboBox::currentIndexChanged, this, &SellerDebuggerPage::updateState);
    // A choice the person made (even "none") is kept across syncs.
    connect(m_publicKey, &QComboBox::activated, this, [this] { m_publicKeyChosen = true; });
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_verdictFilter->currentData().toInt();
        m_filter->setVerdict(v < 0 ? std::nullopt
                                   : std::optional<DebugCheck::Verdict>(DebugCheck::Verdict(v)));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &DebugCheckFilter::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SellerDebuggerPage::showDetails);
    connect(m_session, &SellerSession::snapshotChanged, this, &SellerDebuggerPage::onSnapshot);
    // The desk lives on the service's thread: these arrive queued.
    connect(m_desk, &SellerDebugDesk::started, this, &SellerDebuggerPage::onStarted);
    connect(m_desk, &SellerDebugDesk::checkFinished, this, &SellerDebuggerPage::onCheck);
    connect(m_desk, &SellerDebugDesk::progress, this, &SellerDebuggerPage::onProgress);
    connect(m_desk, &SellerDebugDesk::finished, this, &SellerDebuggerPage::onFinished);
    connect(m_desk, &SellerDebugDesk::exported, this,
            [this](quint64 ticket, bool ok, const QString &message) {
                if (ticket != m_exportTicket)
                    return;
                Q_EMIT statusMessage(message, ok ? 8000 : 0);
                if (!ok)
                    PlainText::warning(this, tr("Export report"), message);
                Q_EMIT exported(ok, message);
            });
    onSnapshot();
    updateState();
}

QString SellerDebuggerPage::title() const
{
    return tr("Integration debugger");
}

QList<QMenu *> SellerDebuggerPage::menus() const
{
    return {m_menu};
}

QList<QAction *> SellerDebuggerPage::pageActions(Place place) const
{
    return place == Place::ToolBar ? QList<QAction *>{m_runAction, m_cancelAction}
                                   : QList<QAction *>{};
}

void SellerDebuggerPage::setReadOnly(bool readOnly, const QString &why)
{
    Q_UNUSED(why);
    m_readOnly = readOnly;
    updateState();
}

void SellerDebuggerPage::saveLayout(QSettings &settings) const
{
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSuiteKey, m_suite->currentData().toString());
    settings.setValue(kModeKey,
                      DebugTarget::modeName(DebugTarget::Mode(m_mode->currentData().toInt())));
}

void SellerDebuggerPage::restoreLayout(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    setSuite(settings.value(kSuiteKey).toString());
    DebugTarget::Mode mode = DebugTarget::Mode::V2;
    if (DebugTarget::parseMode(settings.value(kModeKey).toString(), &mode))
        m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(mode))));
    if (!m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray())) {
        const int em = fontMetrics().averageCharWidth();
        const int widths[] = {8, 40, 28, 8, 8, 8};
        for (int i = 0; i < int(std::size(widths)); ++i)
            m_table->horizontalHeader()->resizeSection(i, widths[i] * em);
    }
}

void SellerDebuggerPage::setKnownKeys(const QByteArray &basicKey, const QByteArray &kitKey)
{
    m_basicKey->setText(QString::fromUtf8(basicKey));
    m_kitKey->setText(QString::fromUtf8(kitKey));
}

void SellerDebuggerPage::setCallback(const QString &url)
{
    m_callback->setText(url);
}

void SellerDebuggerPage::setAddress(const QString &url)
{
    m_address->setCurrentText(url);
}

void SellerDebuggerPage::setSuite(const QString &suite)
{
    m_suite->setCurrentIndex(std::max(0, m_suite->findData(suite)));
}

void SellerDebuggerPage::onSnapshot()
{
    const SellerSnapshotPtr s = m_session->snapshot();
    // Keep what was typed or chosen; offer what the Seller Center knows.
    const QString typed = m_address->currentText();
    const QString chosenKey = m_publicKey->currentData().toString();
    m_address->clear();
    m_publicKey->clear();
    m_publicKey->addItem(tr("none (skip the clientSecret checks)"), QString());
    if (s) {
        for (const ProductionAddress &a : s->addresses)
            m_address->addItem(a.url);
        for (const Credential &c : s->credentials) {
            if (!c.form.publicKey.isEmpty()) {
                m_publicKey->addItem(tr("credential %1 (%2)").arg(c.appId, c.form.appName),
                                     c.form.publicKey);
                // applicationSync and authSync of the login suite name this app.
                m_publicKey->setItemData(m_publicKey->count() - 1, c.appId, Qt::UserRole + 1);
            }
        }
    }
    m_address->setCurrentText(typed.isEmpty() && m_address->count() > 0 ? m_address->itemText(0)
                                                                        : typed);
    const int keep = m_publicKey->findData(chosenKey);
    // Until the person chooses, the first credential's key: applicationSync's checks need one.
    m_publicKey->setCurrentIndex(
        m_publicKeyChosen && keep >= 0 ? keep : std::min(1, m_publicKey->count() - 1));
}

bool SellerDebuggerPage::buildTarget(DebugTarget *target, QString *problem) const
{
    target->address = QUrl(m_address->currentText().trimmed(), QUrl::StrictMode);
    target->mode = DebugTarget::Mode(m_mode->currentData().toInt());
    target->encryptType = m_encryptType->currentData().toString();
    target->basicKey = m_basicKey->text().toUtf8();
    target->kitKey = m_kitKey->text().toUtf8();
    const QString callback = m_callback->text().trimmed();
    if (!callback.isEmpty())
        target->loginCallback = QUrl(callback, QUrl::StrictMode);
    target->appId = m_publicKey->currentData(Qt::UserRole + 1).toString();
    if (const QString key = m_publicKey->currentData().toString(); !key.isEmpty()) {
        const SellerResult<RsaKey> parsed = PublicKeyCheck::check(key);
        if (!parsed) {
            *problem = tr("The credential's public key cannot be used: %1").arg(parsed.error());
            return false;
        }
        target->publicKey = parsed.value();
    }
    if (m_address->currentText().trimmed().isEmpty()) {
        *problem = tr("Choose or type the production address to debug.");
        return false;
    }
    *problem = target->problem();
    if (problem->isEmpty()) {
        const QString suite = m_suite->currentData().toString();
        if (suite == u"login" && callback.isEmpty())
            *problem = tr("The login suite needs the credential's callback address.");
        else if (suite == u"login" || (suite == u"all" && !callback.isEmpty()))
            *problem = target->loginProblem();
        if (suite == u"login" && problem->isEmpty() && target->publicKey.isNull())
            *problem = tr("The login suite sends the client secret encrypted with the "
                          "credential's public key: choose the credential.");
    }
    return problem->isEmpty();
}

QString SellerDebuggerPage::targetProblem() const
{
    DebugTarget target;
    QString problem;
    buildTarget(&target, &problem);
    return problem;
}

void SellerDebuggerPage::run()
{
    if (m_running || m_readOnly)
        return;
    DebugTarget target;
    QString problem;
    if (!buildTarget(&target, &problem)) {
        m_problem->setText(problem);
        return;
    }
    DebugRun::Suite suite = DebugRun::Suite::All;
    DebugRun::parseSuite(m_suite->currentData().toString(), &suite);
    m_running = true;
    m_haveOutcome = false;
    m_checks->clear();
    m_details->clear();
    m_verdictFilter->setCurrentIndex(0); // a new run shows all its checks
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Running against %1…").arg(target.address.toString()));
    m_ticket = SellerService::newTicket();
    updateState();
    QMetaObject::invokeMethod(
        m_desk, [d = m_desk, t = m_ticket, target, suite] { d->run(t, target, suite); });
}

void SellerDebuggerPage::cancel()
{
    if (!m_running)
        return;
    m_summary->setText(tr("Cancelling…"));
    QMetaObject::invokeMethod(m_desk, [d = m_desk] { d->cancel(); });
}

void SellerDebuggerPage::onStarted(quint64 ticket, const QList<DebugCheck> &checks)
{
    if (ticket != m_ticket)
        return;
    m_checks->setChecks(checks);
    m_progress->setRange(0, int(checks.size()));
    m_progress->setValue(0);
}

void SellerDebuggerPage::onCheck(quint64 ticket, int index, const DebugCheck &check)
{
    if (ticket != m_ticket)
        return;
    m_checks->updateCheck(index, check);
}

void SellerDebuggerPage::onProgress(quint64 ticket, int done, int total)
{
    if (ticket != m_ticket)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void SellerDebuggerPage::onFinished(quint64 ticket, const DebugOutcome &outcome)
{
    if (ticket != m_ticket)
        return;
    m_running = false;
    m_haveOutcome = outcome.error.isEmpty();
    m_outcome = outcome;
    m_checks->setChecks(outcome.checks);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    const DebugTally t = outcome.tally();
    QString text = outcome.error.isEmpty()
                       ? tr("%1: %2 passed, %3 failed, %4 skipped of %5 checks in %6 ms (run %7).")
                             .arg(SellerLabels::verdict(outcome.verdict()))
                             .arg(t.passed)
                             .arg(t.failed)
                             .arg(t.skipped)
                             .arg(outcome.checks.size())
                             .arg(outcome.elapsedMs)
                             .arg(outcome.runId)
                       : tr("The run could not start: %1").arg(outcome.error);
    if (!outcome.journalProblem.isEmpty())
        text += u'\n' + outcome.journalProblem;
    m_summary->setText(text);
    if (t.failed > 0 && outcome.error.isEmpty())
        m_verdictFilter->setCurrentIndex(m_verdictFilter->findData(int(DebugCheck::Verdict::Fail)));
    // The first check shown is selected, so its request and answer are there at once.
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    Q_EMIT statusMessage(text, 0);
    DesktopNotifier::notifyIfInBackground(tr("Integration debugging run finished"), text);
    updateState();
    Q_EMIT runFinished(outcome);
}

void SellerDebuggerPage::showDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const DebugCheck &c = m_checks->check(current.row());
    QString text = tr("%1 (%2, %3)\n%4: %5\n")
                       .arg(c.title, c.id, c.rule, DebugCheck::verdictText(c.verdict), c.reason);
    if (c.hasExchange) {
        const DebugExchange &e = c.exchange;
        text += u'\n' + tr("Request") + u'\n' + e.method + u' ' + e.url + u'\n' +
                headersText(e.requestHeaders) + u'\n' + e.requestBody + u"\n\n";
        if (e.httpStatus == 0)
            text += tr("No answer: %1").arg(e.transportError) + u'\n';
        else
            text += tr("Answer: HTTP %1 in %2 ms, result code %3")
                        .arg(e.httpStatus)
                        .arg(e.elapsedMs)
                        .arg(e.resultCode.isEmpty() ? tr("none") : e.resultCode) +
                    u'\n' + headersText(e.responseHeaders) + u'\n' + e.responseBody + u'\n';
    }
    m_details->setPlainText(text);
}

void SellerDebuggerPage::updateState()
{
    const QString problem = m_running ? QString() : targetProblem();
    const bool address = !m_address->currentText().trimmed().isEmpty();
    // An empty form is not scolded; it only keeps Run off.
    m_problem->setText(address ? problem : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    const bool canRun = !m_running && !m_readOnly && problem.isEmpty();
    m_run->setEnabled(canRun);
    m_runAction->setEnabled(canRun);
    m_cancel->setEnabled(m_running);
    m_cancelAction->setEnabled(m_running);
    m_exportHtml->setEnabled(!m_running && m_haveOutcome);
    m_exportJson->setEnabled(!m_running && m_haveOutcome);
    m_encryptType->setEnabled(m_mode->currentData().toInt() == int(DebugTarget::Mode::V1));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_address, m_mode, m_suite, m_encryptType, m_basicKey,
                                          m_kitKey, m_publicKey, m_callback})
        w->setEnabled(!m_running && (w != m_encryptType || m_encryptType->isEnabled()));
}

void SellerDebuggerPage::chooseExport(const QString &suffix)
{
    if (!m_haveOutcome)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), QStringLiteral("debug-%1.%2").arg(m_outcome.runId, suffix),
        suffix == u"html" ? tr("HTML files (*.html)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    // A name typed without its ending gets the one chosen (the report's format follows it).
    exportTo(QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix : path);
}

void SellerDebuggerPage::exportTo(const QString &path)
{
    m_exportTicket = SellerService::newTicket();
    QMetaObject::invokeMethod(m_desk,
                              [d = m_desk, t = m_exportTicket, path] { d->exportReport(t, path); });
}
