#include "MainWindow.h"

#include "ApplyRiskTemplateDialog.h"
#include "AssetDetailView.h"
#include "AssetEditorDialog.h"
#include "AssetHistoryDialog.h"
#include "AuditLogDialog.h"
#include "BulkEditDialog.h"
#include "ClassificationSchemeDialog.h"
#include "ConsistencyReportDialog.h"
#include "DashboardWindow.h"
#include "DialogSupport.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "ImportDialog.h"
#include "OrganisationDialog.h"
#include "PrintDialogs.h"
#include "Prompts.h"
#include "RegisterOpener.h"
#include "RegisterSettingsDialog.h"
#include "RetireDialog.h"
#include "ReviewQueueDialog.h"
#include "RiskAssessmentDialog.h"
#include "RiskRegisterDialog.h"
#include "ThreatCatalogueDialog.h"
#include "UsersDialog.h"
#include "domain/Clock.h"
#include "itemmodels/AssetTableModel.h"
#include "itemmodels/OrganisationTreeModel.h"
#include "reports/RiskReport.h"
#include "rules/ConsistencyRules.h"
#include "storage/AccessControl.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"
#include "storage/RiskRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace assetreg {
namespace {

const QString kRecentKey = QStringLiteral("registers/recent");
const QString kLastKey = QStringLiteral("registers/last");
constexpr int kMaxRecent = 8;

QString encodeRegister(const ConnectionSettings& s) {
    return s.backend == Backend::SQLite ? QStringLiteral("sqlite:") + s.sqlitePath
                                        : QStringLiteral("pg:") + s.toConnInfo();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db)) {
    setObjectName(QStringLiteral("mainWindow"));

    m_tree = new OrganisationTreeModel(this);
    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("organisationTreeView"));
    m_treeView->setModel(m_tree);
    m_treeView->setHeaderHidden(true);
    m_treeView->setMinimumWidth(140);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    // What the user must know about this register (read-only, network drive), always in view.
    m_noticeLabel = new QLabel(centre);
    m_noticeLabel->setObjectName(QStringLiteral("registerNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setFrameShape(QFrame::StyledPanel);
    m_noticeLabel->setMargin(6);
    m_noticeLabel->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2e00;"));
    m_noticeLabel->setVisible(false);
    centreLayout->addWidget(m_noticeLabel);
    m_filters = new FilterBar(centre);
    centreLayout->addWidget(m_filters);
    m_table = new QTableView(centre);
    m_table->setObjectName(QStringLiteral("assetTableView"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    centreLayout->addWidget(m_table, 1);

    m_detail = new AssetDetailView(this);
    m_detail->setMinimumWidth(200);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_treeView);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_registerLabel = new QLabel(this);
    m_registerLabel->setObjectName(QStringLiteral("registerLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_registerLabel);

    createActions();
    createMenus();

    connect(m_filters, &FilterBar::changed, this, &MainWindow::applyFilters);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::applyFilters);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::editCurrent);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                fillColumnsMenu();
                m_columnsMenu->exec(m_table->horizontalHeader()->mapToGlobal(pos));
            });

    attachModel();
    retranslateUi();
    startDeferredCheck();

    QSettings settings;
    // A laptop screen is the common case: fit it rather than a fixed size.
    const QRect screenArea = screen()->availableGeometry();
    resize(std::min(1366, screenArea.width()), std::min(820, screenArea.height() - 40));
    // Tree, register and details in proportion, so the details pane is never off screen.
    const int width = std::min(1366, screenArea.width());
    m_splitter->setSizes({width * 16 / 100, width * 58 / 100, width * 26 / 100});
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    rememberRegister();
}

MainWindow::~MainWindow() {
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
    }
    // The models read from the database: they go first.
    delete m_model;
    m_model = nullptr;
}

void MainWindow::setLanguageSwitcher(std::function<void(const QString&)> switcher) {
    m_languageSwitcher = std::move(switcher);
}

void MainWindow::createActions() {
    auto make = [this](const QString& objectName, QKeySequence shortcut, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(objectName);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newRegisterAction = make(QStringLiteral("newRegisterAction"), QKeySequence(),
                               [this] { openRegisterFile(true); });
    m_openRegisterAction = make(QStringLiteral("openRegisterAction"), QKeySequence::Open,
                                [this] { openRegisterFile(false); });
    m_connectAction =
        make(QStringLiteral("connectAction"), QKeySequence(), &MainWindow::connectToServer);
    m_quitAction = make(QStringLiteral("quitAction"), QKeySequence::Quit, &QWidget::close);
    m_importAction = make(QStringLiteral("importAction"), QKeySequence(Qt::CTRL | Qt::Key_I),
                          &MainWindow::importFile);
    m_exportAction = make(QStringLiteral("exportAction"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          &MainWindow::exportAssets);
    m_printAction =
        make(QStringLiteral("printAction"), QKeySequence::Print, &MainWindow::printRegister);
    m_detailSheetAction = make(QStringLiteral("detailSheetAction"), QKeySequence(),
                               &MainWindow::printDetailSheetOfCurrent);
    m_submitAction = make(QStringLiteral("submitAction"), QKeySequence(Qt::CTRL | Qt::Key_U),
                          &MainWindow::submitSelected);
    m_reviewQueueAction = make(QStringLiteral("reviewQueueAction"),
                               QKeySequence(Qt::CTRL | Qt::Key_R), &MainWindow::openReviewQueue);
    m_historyAction = make(QStringLiteral("historyAction"), QKeySequence(Qt::CTRL | Qt::Key_H),
                           &MainWindow::showHistory);
    m_auditLogAction =
        make(QStringLiteral("auditLogAction"), QKeySequence(), &MainWindow::showAuditLog);
    m_checkAction = make(QStringLiteral("checkAction"), QKeySequence(Qt::CTRL | Qt::Key_K),
                         &MainWindow::showConsistencyReport);

    m_newAction = make(QStringLiteral("newAssetAction"), QKeySequence::New, &MainWindow::newAsset);
    m_editAction =
        make(QStringLiteral("editAssetAction"), QKeySequence(Qt::Key_F2), &MainWindow::editCurrent);
    // Enter edits too, but only in the table: elsewhere Enter belongs to the focused widget.
    auto* enter = new QAction(m_table);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, this, &MainWindow::editCurrent);
    m_table->addAction(enter);
    m_duplicateAction = make(QStringLiteral("duplicateAssetAction"),
                             QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateCurrent);
    m_bulkEditAction = make(QStringLiteral("bulkEditAction"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::bulkEdit);
    m_retireAction = make(QStringLiteral("retireAction"), QKeySequence(Qt::Key_Delete),
                          &MainWindow::retireSelected);
    m_retireAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_disposeAction =
        make(QStringLiteral("disposeAction"), QKeySequence(), &MainWindow::disposeSelected);
    m_undoAction = make(QStringLiteral("undoAction"), QKeySequence::Undo, &MainWindow::undo);
    m_findAction = make(QStringLiteral("findAction"), QKeySequence::Find, [this] {
        m_filters->searchEdit()->setFocus();
        m_filters->searchEdit()->selectAll();
    });
    m_reloadAction =
        make(QStringLiteral("reloadAction"), QKeySequence::Refresh, &MainWindow::reload);
    m_treeAction = make(QStringLiteral("treeAction"), QKeySequence(),
                        [this](bool on) { m_treeView->setVisible(on); });
    m_treeAction->setCheckable(true);
    m_treeAction->setChecked(true);
    m_detailAction = make(QStringLiteral("detailAction"), QKeySequence(),
                          [this](bool on) { m_detail->setVisible(on); });
    m_detailAction->setCheckable(true);
    m_detailAction->setChecked(true);

    auto* languages = new QActionGroup(this);
    m_japaneseAction = make(QStringLiteral("japaneseAction"), QKeySequence(), [this] {
        if (m_languageSwitcher)
            m_languageSwitcher(QStringLiteral("ja"));
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("ja"));
    });
    m_englishAction = make(QStringLiteral("englishAction"), QKeySequence(), [this] {
        if (m_languageSwitcher)
            m_languageSwitcher(QStringLiteral("en"));
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    });
    for (QAction* action : {m_japaneseAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    (QLocale().language() == QLocale::Japanese ? m_japaneseAction : m_englishAction)
        ->setChecked(true);
    m_assessAction =
        make(QStringLiteral("assessRisksAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
             &MainWindow::assessRisksOfCurrent);
    m_applyTemplateAction = make(QStringLiteral("applyRiskTemplateAction"), QKeySequence(),
                                 &MainWindow::applyRiskTemplate);
    m_riskRegisterAction =
        make(QStringLiteral("riskRegisterAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
             &MainWindow::showRiskRegister);
    m_dashboardAction = make(QStringLiteral("dashboardAction"), QKeySequence(Qt::Key_F9),
                             &MainWindow::showDashboard);
    m_riskReportAction =
        make(QStringLiteral("riskReportAction"), QKeySequence(), &MainWindow::writeRiskReport);
    m_aboutAction = make(QStringLiteral("aboutAction"), QKeySequence(), &MainWindow::showAbout);
    m_usersAction = make(QStringLiteral("usersAction"), QKeySequence(), &MainWindow::editUsers);
    m_organisationAction =
        make(QStringLiteral("organisationAction"), QKeySequence(), &MainWindow::editOrganisation);
    m_schemeAction = make(QStringLiteral("classificationSchemeAction"), QKeySequence(),
                          &MainWindow::editClassificationScheme);
    m_threatsAction = make(QStringLiteral("threatCatalogueAction"), QKeySequence(),
                           &MainWindow::editThreatCatalogue);
    m_registerSettingsAction = make(QStringLiteral("registerSettingsAction"), QKeySequence(),
                                    &MainWindow::editRegisterSettings);

    // The table's own context menu: what one does to the rows under the mouse.
    m_table->addActions(
        {m_editAction, m_duplicateAction, m_bulkEditAction, m_retireAction, m_disposeAction});
    m_retireAction->setParent(this);
    addAction(m_retireAction);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newRegisterAction);
    m_fileMenu->addAction(m_openRegisterAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_importAction, m_exportAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_printAction, m_detailSheetAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_newAction, m_editAction, m_duplicateAction, m_bulkEditAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_retireAction, m_disposeAction});

    m_reviewMenu = menuBar()->addMenu(QString());
    m_reviewMenu->addActions({m_submitAction, m_reviewQueueAction});
    m_reviewMenu->addSeparator();
    m_reviewMenu->addActions({m_historyAction, m_auditLogAction, m_checkAction});

    m_riskMenu = menuBar()->addMenu(QString());
    m_riskMenu->addActions({m_assessAction, m_applyTemplateAction});
    m_riskMenu->addSeparator();
    m_riskMenu->addActions({m_riskRegisterAction, m_dashboardAction, m_riskReportAction});

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_findAction, m_reloadAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_treeAction, m_detailAction});
    m_columnsMenu = m_viewMenu->addMenu(QString());
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &MainWindow::fillColumnsMenu);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions({m_japaneseAction, m_englishAction});
    m_settingsMenu->addSeparator();
    m_settingsMenu->addActions({m_organisationAction, m_schemeAction, m_threatsAction,
                                m_usersAction, m_registerSettingsAction});

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    QToolBar* tools = addToolBar(QString());
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_editAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_duplicateAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_retireAction->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_reloadAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    tools->addActions({m_newAction, m_editAction, m_duplicateAction, m_bulkEditAction});
    tools->addSeparator();
    tools->addActions({m_retireAction, m_undoAction, m_reloadAction});
}

void MainWindow::retranslateUi() {
    setWindowTitle(registerTitle());
    m_fileMenu->setTitle(tr("&File"));
    m_newRegisterAction->setText(tr("&New Register…"));
    m_openRegisterAction->setText(tr("&Open Register…"));
    m_connectAction->setText(tr("&Connect to a PostgreSQL Register…"));
    m_recentMenu->setTitle(tr("&Recent Registers"));
    m_quitAction->setText(tr("&Quit"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setToolTip(tr("Import assets from a CSV or Excel file (Ctrl+I)"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Export assets to CSV or Excel (Ctrl+E)"));
    m_printAction->setText(tr("&Print Register…"));
    m_detailSheetAction->setText(tr("Print &Detail Sheet…"));
    m_reviewMenu->setTitle(tr("&Review"));
    m_submitAction->setText(tr("&Submit for Review"));
    m_submitAction->setToolTip(tr("Send the selected assets to the security officers (Ctrl+U)"));
    m_reviewQueueAction->setText(tr("Review &Queue…"));
    m_historyAction->setText(tr("&History of the Asset…"));
    m_auditLogAction->setText(tr("&Audit Log…"));
    m_checkAction->setText(tr("&Consistency Check…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_newAction->setText(tr("&New Asset…"));
    m_newAction->setToolTip(tr("Register a new asset (Ctrl+N)"));
    m_editAction->setText(tr("&Edit Asset…"));
    m_editAction->setToolTip(tr("Edit the selected asset (Enter, F2)"));
    m_duplicateAction->setText(tr("D&uplicate Asset…"));
    m_duplicateAction->setToolTip(tr("A new asset with the same values (Ctrl+D)"));
    m_bulkEditAction->setText(tr("Edit &Selected Assets Together…"));
    m_bulkEditAction->setIconText(tr("Bulk edit"));
    // Toolbar buttons: short words, without the menu's accelerators.
    m_newAction->setIconText(tr("New"));
    m_editAction->setIconText(tr("Edit"));
    m_duplicateAction->setIconText(tr("Duplicate"));
    m_retireAction->setIconText(tr("Retire"));
    m_undoAction->setIconText(tr("Undo"));
    m_reloadAction->setIconText(tr("Reload"));
    m_retireAction->setText(tr("&Retire…"));
    m_retireAction->setToolTip(tr("Take the selected assets out of use (Delete)"));
    m_disposeAction->setText(tr("Record &Disposal…"));
    m_findAction->setText(tr("&Find"));
    m_reloadAction->setText(tr("Re&load"));
    m_treeAction->setText(tr("&Organisation Tree"));
    m_detailAction->setText(tr("&Details Pane"));
    m_riskMenu->setTitle(tr("R&isk"));
    m_assessAction->setText(tr("&Assess Risks…"));
    m_assessAction->setStatusTip(
        tr("Threats, likelihood, vulnerability and treatment of the selected asset (第9条)"));
    m_applyTemplateAction->setText(tr("Apply Risk &Template to Selection…"));
    m_applyTemplateAction->setStatusTip(
        tr("Assess every selected asset of one sub-type from its template in one step"));
    m_riskRegisterAction->setText(tr("Risk &Register…"));
    m_riskRegisterAction->setStatusTip(tr("Every assessed risk, highest first"));
    m_dashboardAction->setText(tr("&Dashboard"));
    m_dashboardAction->setStatusTip(tr("Charts of the register and where the risk is"));
    m_riskReportAction->setText(tr("Risk &Summary for the Committee…"));
    m_riskReportAction->setStatusTip(
        tr("The risk summary for the information security committee as PDF or Excel"));
    m_viewMenu->setTitle(tr("&View"));
    m_columnsMenu->setTitle(tr("&Columns"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_organisationAction->setText(tr("&Organisation…"));
    m_organisationAction->setStatusTip(
        tr("Organs, departments and sections: add, rename, reorder or deactivate "
           "(administrators)"));
    m_schemeAction->setText(tr("&Classification Scheme…"));
    m_schemeAction->setStatusTip(
        tr("Levels, their definitions and default handling restrictions (administrators)"));
    m_threatsAction->setText(tr("&Threat Catalogue…"));
    m_threatsAction->setStatusTip(
        tr("The threats of 第3条 that risk assessments choose from (administrators)"));
    m_usersAction->setText(tr("&Users and Roles…"));
    m_usersAction->setStatusTip(tr("Who may use the register, in which role (administrators)"));
    m_registerSettingsAction->setText(tr("&Register Settings…"));
    m_registerSettingsAction->setStatusTip(
        tr("Organisation name, review period and section-head approval (administrators)"));
    m_japaneseAction->setText(QStringLiteral("日本語"));
    m_englishAction->setText(QStringLiteral("English"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Information Asset Register"));
    if (auto* tools = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        tools->setWindowTitle(tr("Main Toolbar"));
    updateActions();
    updateStatus();
    if (m_model)
        m_model->retranslate();
    m_tree->retranslate();
    showCurrent();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        const bool japanese = QLocale().language() == QLocale::Japanese;
        m_japaneseAction->setChecked(japanese);
        m_englishAction->setChecked(!japanese);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::attachModel() {
    auto* model = new AssetTableModel(*m_db, this);
    connect(model, &AssetTableModel::loadFailed, this, [this](const QString& message) {
        prompts::warning(this, tr("Information Asset Register"), message);
    });
    QAbstractItemModel* old = m_table->model();
    m_table->setModel(model);
    delete old;
    m_model = model;
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrent();
        updateActions();
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);

    // Who is working: their department makes "my department" and the default for new assets.
    MasterDataRepository master(*m_db);
    const ReferenceData& ref = m_model->reference();
    m_myDepartmentId = 0;
    for (const Person& p : ref.people) {
        if (!p.login.isEmpty() && p.login.compare(m_db->currentUser(), Qt::CaseInsensitive) == 0)
            m_myDepartmentId = p.departmentId;
    }
    m_filters->setReference(ref);
    m_filters->setMyDepartment(m_myDepartmentId, m_db->currentUser());
    m_filters->setReviewCutoff(Clock::today().addMonths(-master.reviewPeriodMonths()));
    refreshOrganisation();

    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(QStringLiteral("table/header")).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        m_table->resizeColumnsToContents();
        const int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22;
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
        header->setSortIndicator(AssetTableModel::NumberColumn, Qt::AscendingOrder);
    }
    applyFilters();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void MainWindow::startDeferredCheck() {
    if (!m_db->integrityCheckDeferred() || m_checkThread)
        return;
    // A large register opened at once; its integrity check runs now, beside the user's work.
    const QString path = m_db->settings().sqlitePath;
    auto result = std::make_shared<StorageError>();
    m_checkThread = QThread::create([path, result] { *result = Database::runDeferredCheck(path); });
    connect(m_checkThread, &QThread::finished, this, [this, result] {
        m_checkThread->deleteLater();
        m_checkThread = nullptr;
        if (result->isError())
            prompts::critical(this, tr("Register damaged"),
                              tr("%1\n\nDo not continue working in this register: close it and "
                                 "restore the latest backup.")
                                  .arg(result->message));
    });
    m_checkThread->start(QThread::LowPriority);
}

void MainWindow::refreshOrganisation() {
    AssetRepository repo(*m_db);
    const QModelIndex current = m_treeView->currentIndex();
    const auto kind =
        OrganisationTreeModel::Kind(current.data(OrganisationTreeModel::KindRole).toInt());
    const qint64 id = current.data(OrganisationTreeModel::IdRole).toLongLong();
    {
        QSignalBlocker block(m_treeView->selectionModel());
        m_tree->setOrganisation(repo.reference(), repo.countsByDepartment());
        m_treeView->expandToDepth(1);
        const QModelIndex again = m_tree->indexOf(kind, id);
        m_treeView->setCurrentIndex(again.isValid() ? again : m_tree->allIndex());
    }
}

void MainWindow::applyFilters() {
    AssetQuery query = m_model->query();
    query.organId = 0;
    query.departmentIds.clear();
    const QModelIndex node = m_treeView->currentIndex();
    const auto kind =
        OrganisationTreeModel::Kind(node.data(OrganisationTreeModel::KindRole).toInt());
    if (kind == OrganisationTreeModel::Kind::Organ)
        query.organId = node.data(OrganisationTreeModel::IdRole).toLongLong();
    else if (kind == OrganisationTreeModel::Kind::Department)
        query.departmentIds = {node.data(OrganisationTreeModel::IdRole).toLongLong()};
    m_filters->apply(query);
    const qint64 keep = m_model->idAt(m_table->currentIndex().row());
    m_model->setQuery(query);
    if (keep && m_model->rowOfId(keep) >= 0)
        selectAsset(keep);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateStatus();
    showCurrent();
}

QList<qint64> MainWindow::selectedIds() const {
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void MainWindow::selectAsset(qint64 id) {
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void MainWindow::showCurrent() {
    if (!m_model || !m_detailAction->isChecked())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        m_detail->showNothing(int(ids.size()));
        return;
    }
    AssetRepository repo(*m_db);
    const auto asset = repo.findById(ids.first());
    if (!asset) {
        m_detail->showNothing();
        return;
    }
    RuleContext context;
    context.ref = &repo.reference();
    context.livesOn = repo.byIds(asset->livesOnIds, false);
    const QList<Asset> hosted = repo.livingOn(asset->id);
    context.hostedInformation = hosted;
    context.today = Clock::today();
    context.reviewPeriodMonths = MasterDataRepository(*m_db).reviewPeriodMonths();
    m_detail->showAsset(*asset, repo.reference(), hosted, ConsistencyRules::check(*asset, context),
                        riskSummary(asset->id));
}

QString MainWindow::riskSummary(qint64 assetId) const {
    RiskRepository risks(*m_db);
    RiskCatalogue catalogue;
    const QList<RiskAssessment> rows = risks.forAsset(assetId, &catalogue);
    if (rows.isEmpty())
        return tr("not assessed (Risk → Assess Risks…)");
    const auto highest = std::max_element(
        rows.cbegin(), rows.cend(),
        [](const RiskAssessment& a, const RiskAssessment& b) { return a.value() < b.value(); });
    const RiskBand* band = catalogue.band(highest->value());
    const int overdue = int(std::count_if(rows.cbegin(), rows.cend(),
                                          [](const auto& r) { return r.overdue(Clock::today()); }));
    QString text = tr("%n threat(s) assessed, highest risk value %1", nullptr, int(rows.size()))
                       .arg(highest->value());
    if (band)
        text += QStringLiteral(" (%1)").arg(localText(band->labelJa, band->labelEn));
    if (overdue)
        text += QLatin1Char('\n') + tr("%n treatment(s) overdue", nullptr, overdue);
    return text;
}

void MainWindow::updateStatus() {
    if (!m_model)
        return;
    const int selected =
        int(m_table->selectionModel() ? m_table->selectionModel()->selectedRows().size() : 0);
    QString text = tr("%n asset(s) shown", nullptr, m_model->rowCount());
    if (selected > 1)
        text += QStringLiteral("  ·  ") + tr("%n selected", nullptr, selected);
    m_countLabel->setText(text);
    m_registerLabel->setText(tr("Register: %1").arg(m_db->settings().displayName()) +
                             (m_db->isReadOnly() ? tr(" (read-only)") : QString()));
    const QStringList notices = m_db->warnings();
    m_noticeLabel->setText(notices.join(QStringLiteral("\n")));
    m_noticeLabel->setVisible(!notices.isEmpty());
}

void MainWindow::updateActions() {
    const int selected =
        m_table->selectionModel() ? int(m_table->selectionModel()->selectedRows().size()) : 0;
    // What a role cannot do is not offered (the storage layer refuses it anyway).
    AccessControl access(*m_db);
    const bool canEdit = !m_db->isReadOnly() && access.effectiveRole() != Role::Reader;
    m_newAction->setEnabled(canEdit);
    m_importAction->setEnabled(canEdit);
    m_editAction->setEnabled(canEdit && selected == 1);
    m_duplicateAction->setEnabled(canEdit && selected == 1);
    m_bulkEditAction->setEnabled(canEdit && selected >= 1);
    m_retireAction->setEnabled(canEdit && selected >= 1);
    m_disposeAction->setEnabled(canEdit && selected >= 1);
    m_submitAction->setEnabled(canEdit && selected >= 1);
    m_undoAction->setEnabled(canEdit && m_undo.canUndo());
    m_undoAction->setText(m_undo.canUndo() ? tr("&Undo %1").arg(m_undo.undoDescription())
                                           : tr("&Undo"));
    m_detailSheetAction->setEnabled(selected == 1);
    m_assessAction->setEnabled(selected == 1);
    m_applyTemplateAction->setEnabled(canEdit && selected >= 1);
    m_historyAction->setEnabled(selected == 1);
    const bool canAdminister =
        !m_db->isReadOnly() && (access.setupMode() || access.allows(Permission::Administer));
    m_usersAction->setEnabled(canAdminister);
    m_organisationAction->setEnabled(canAdminister);
    m_schemeAction->setEnabled(canAdminister);
    m_threatsAction->setEnabled(canAdminister);
    m_registerSettingsAction->setEnabled(canAdminister);
    m_reviewQueueAction->setEnabled(
        !m_db->isReadOnly() &&
        (access.allows(Permission::Approve) || access.effectiveRole() == Role::SectionHead));
}

QString MainWindow::registerTitle() const {
    const QString organisation =
        MasterDataRepository(*m_db).setting(QStringLiteral("organisation_name"));
    return organisation.isEmpty() ? tr("Information Asset Register")
                                  : tr("Information Asset Register — %1").arg(organisation);
}

void MainWindow::afterChange(const QList<qint64>& select) {
    m_model->reload();
    refreshOrganisation();
    m_table->clearSelection();
    for (qint64 id : select) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_table->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!select.isEmpty()) {
        const int row = m_model->rowOfId(select.first());
        if (row >= 0) {
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::NoUpdate);
            m_table->scrollTo(m_model->index(row, 0));
        }
    }
    updateActions();
    updateStatus();
    showCurrent();
}

void MainWindow::recordUndo(const QString& description, const QList<Asset>& before,
                            const QList<qint64>& created, const QList<Asset>& after) {
    UndoLog::Step step;
    step.description = description;
    step.before = before;
    step.created = created;
    for (const Asset& a : after)
        step.versionAfter.insert(a.id, a.version);
    m_undo.record(step);
}

void MainWindow::newAsset() {
    if (m_db->isReadOnly())
        return;
    AssetRepository repo(*m_db);
    Asset asset;
    if (const ClassificationScheme* scheme = repo.reference().defaultScheme())
        asset.schemeCode = scheme->code;
    // New assets start in the department being looked at, or else the user's own.
    const QModelIndex node = m_treeView->currentIndex();
    if (OrganisationTreeModel::Kind(node.data(OrganisationTreeModel::KindRole).toInt()) ==
        OrganisationTreeModel::Kind::Department)
        asset.departmentId = node.data(OrganisationTreeModel::IdRole).toLongLong();
    else
        asset.departmentId = m_myDepartmentId;
    AssetEditorDialog dialog(*m_db, asset, EditorMode::Create, this);
    if (prompts::exec(&dialog) != QDialog::Accepted)
        return;
    const Asset saved = dialog.savedAsset();
    recordUndo(tr("Registration of %1").arg(saved.assetNumber), {}, {saved.id}, {saved});
    afterChange({saved.id});
}

void MainWindow::editCurrent() {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || m_db->isReadOnly())
        return;
    AssetRepository repo(*m_db);
    const auto asset = repo.findById(ids.first());
    if (!asset)
        return;
    AssetEditorDialog dialog(*m_db, *asset, EditorMode::Edit, this);
    if (prompts::exec(&dialog) != QDialog::Accepted)
        return;
    const Asset saved = dialog.savedAsset();
    // Undo returns to the version this save replaced: after "keep my version" that is the
    // other user's, whose change must not be thrown away.
    if (saved.version != dialog.replacedAsset().version)
        recordUndo(tr("Edit of %1").arg(saved.assetNumber), {dialog.replacedAsset()}, {}, {saved});
    afterChange({saved.id});
}

void MainWindow::duplicateCurrent() {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || m_db->isReadOnly())
        return;
    AssetRepository repo(*m_db);
    auto asset = repo.findById(ids.first());
    if (!asset)
        return;
    Asset copy = *asset;
    copy.id = 0;
    copy.version = 0;
    const Department* dept = repo.reference().department(copy.departmentId);
    copy.assetNumber = dept ? repo.nextAssetNumber(dept->code, Clock::today().year()) : QString();
    copy.status = AssetStatus::InUse;
    copy.statusDate = QDate();
    copy.statusReason.clear();
    copy.disposalWitness.clear();
    copy.reviewState = ReviewState::Draft;
    copy.lastReviewedOn = QDate();
    AssetEditorDialog dialog(*m_db, copy, EditorMode::Create, this);
    if (prompts::exec(&dialog) != QDialog::Accepted)
        return;
    const Asset saved = dialog.savedAsset();
    recordUndo(tr("Registration of %1").arg(saved.assetNumber), {}, {saved.id}, {saved});
    afterChange({saved.id});
}

void MainWindow::bulkEdit() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_db->isReadOnly())
        return;
    AssetRepository repo(*m_db);
    BulkEditDialog dialog(repo.reference(), int(ids.size()), this);
    if (prompts::exec(&dialog) != QDialog::Accepted || !dialog.hasChanges())
        return;
    const QList<Asset> before = repo.byIds(ids, true);
    QList<Asset> changed = before;
    for (Asset& asset : changed) {
        QString error;
        if (!dialog.applyTo(asset, &error)) {
            prompts::warning(this, tr("Edit selected assets"),
                             tr("Nothing was changed. %1").arg(error));
            return;
        }
    }
    if (!repo.updateMany(changed)) {
        prompts::warning(this, tr("Edit selected assets"),
                         tr("Nothing was changed. %1").arg(repo.lastError().message));
        return;
    }
    QList<Asset> reallyBefore;
    QList<Asset> after;
    for (int i = 0; i < changed.size(); ++i) {
        if (changed[i].version != before[i].version) {
            reallyBefore.append(before[i]);
            after.append(changed[i]);
        }
    }
    if (!after.isEmpty())
        recordUndo(tr("Edit of %n asset(s)", nullptr, int(after.size())), reallyBefore, {}, after);
    afterChange(ids);
}

void MainWindow::retireSelected() {
    changeStatus(false);
}
void MainWindow::disposeSelected() {
    changeStatus(true);
}

void MainWindow::changeStatus(bool dispose) {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_db->isReadOnly())
        return;
    AssetRepository repo(*m_db);
    const QList<Asset> before = repo.byIds(ids, true);
    QStringList labels;
    for (const Asset& a : before)
        labels.append(a.assetNumber + QLatin1Char(' ') + a.name);
    RetireDialog dialog(dispose ? RetireDialog::Mode::Dispose : RetireDialog::Mode::Retire, labels,
                        this);
    if (prompts::exec(&dialog) != QDialog::Accepted)
        return;
    bool ok = true;
    {
        Transaction tx(*m_db);
        ok = tx.isActive();
        for (const Asset& a : before) {
            if (!ok)
                break;
            ok = dispose ? repo.dispose(a.id, a.version, dialog.method(), dialog.witness(),
                                        dialog.reason(), dialog.date())
                         : repo.retire(a.id, a.version, dialog.reason(), dialog.date());
            if (!ok) {
                StorageError error = repo.lastError();
                error.message = a.assetNumber + QLatin1String(": ") + error.message;
                m_db->setError(error);
            }
        }
        ok = ok && tx.commit();
    }
    if (!ok) {
        prompts::warning(this, dispose ? tr("Record disposal") : tr("Retire"),
                         tr("Nothing was changed. %1").arg(m_db->errorString()));
        return;
    }
    const QList<Asset> after = repo.byIds(ids, false);
    const QString what = before.size() == 1 ? before.first().assetNumber
                                            : tr("%n assets", nullptr, int(before.size()));
    recordUndo(dispose ? tr("Disposal of %1").arg(what) : tr("Retirement of %1").arg(what), before,
               {}, after);
    afterChange(ids);
}

void MainWindow::undo() {
    if (!m_undo.canUndo())
        return;
    AssetRepository repo(*m_db);
    QList<qint64> ids;
    QString error;
    if (!m_undo.undo(repo, &error)) {
        prompts::warning(this, tr("Undo"), error);
        return;
    }
    afterChange(ids);
}

void MainWindow::importFile() {
    if (m_db->isReadOnly())
        return;
    const QString path = prompts::openFileName(
        this, tr("Import Assets"), QString(),
        tr("Registers (*.csv *.txt *.tsv *.xlsx);;CSV (*.csv *.txt *.tsv);;Excel (*.xlsx);;All "
           "files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(*m_db, path, this);
    if (prompts::exec(&dialog) != QDialog::Accepted || !dialog.lastReport().committed)
        return;
    // An import is not undone from here: it can be thousands of assets (a backup is the way).
    m_undo.clear();
    afterChange({});
}

void MainWindow::exportAssets() {
    ExportDialog dialog(*m_db, m_model->query(), selectedIds(), this);
    prompts::exec(&dialog);
}

void MainWindow::printRegister() {
    RegisterPrintSetupDialog dialog(*m_db, m_model->query(), selectedIds(), this);
    prompts::exec(&dialog);
}

void MainWindow::printDetailSheetOfCurrent() {
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 1)
        printDetailSheet(*m_db, ids.first(), this);
}

void MainWindow::submitSelected() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    AssetRepository repo(*m_db);
    if (!repo.review(ids, ReviewDecision::Submit, QString())) {
        prompts::warning(this, tr("Submit for Review"), repo.lastError().message);
        return;
    }
    afterChange(ids);
    statusBar()->showMessage(tr("%n asset(s) submitted for review.", nullptr, int(ids.size())),
                             5000);
}

void MainWindow::openReviewQueue() {
    ReviewQueueDialog dialog(*m_db, this);
    prompts::exec(&dialog);
    afterChange(selectedIds());
}

void MainWindow::showHistory() {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    AssetHistoryDialog dialog(*m_db, ids.first(), this);
    prompts::exec(&dialog);
    if (dialog.restored())
        afterChange(ids);
}

void MainWindow::showAuditLog() {
    AuditLogDialog dialog(*m_db, this);
    prompts::exec(&dialog);
}

void MainWindow::editRegisterSettings() {
    RegisterSettingsDialog dialog(*m_db, this);
    if (prompts::exec(&dialog) != QDialog::Accepted)
        return;
    // The title carries the organisation's name; due and overdue depend on the period.
    setWindowTitle(registerTitle());
    reload();
}

void MainWindow::editOrganisation() {
    OrganisationDialog dialog(*m_db, this);
    prompts::exec(&dialog);
    if (dialog.changed())
        reload(); // the tree, the filters and the editor's pickers show departments
}

void MainWindow::editClassificationScheme() {
    ClassificationSchemeDialog dialog(*m_db, this);
    prompts::exec(&dialog);
    if (dialog.changed())
        reload(); // the editor, the guide and the detail pane show the levels
}

void MainWindow::editThreatCatalogue() {
    ThreatCatalogueDialog dialog(*m_db, this);
    prompts::exec(&dialog);
}

void MainWindow::editUsers() {
    UsersDialog dialog(*m_db, this);
    prompts::exec(&dialog);
    reload(); // what this login may do can have changed
}

void MainWindow::assessRisksOfCurrent() {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    RiskAssessmentDialog dialog(*m_db, ids.first(), this);
    prompts::exec(&dialog);
    if (dialog.changed() && m_dashboard)
        m_dashboard->refresh();
}

void MainWindow::applyRiskTemplate() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_db->isReadOnly())
        return;
    AssetRepository repo(*m_db);
    QSet<QString> subTypes;
    for (const Asset& a : repo.byIds(ids, false))
        subTypes.insert(a.subType);
    if (subTypes.size() != 1) {
        prompts::warning(this, tr("Apply Risk Template"),
                         tr("Select assets of one sub-type: a template is made for one kind of "
                            "asset (e.g. PCs)."));
        return;
    }
    const QString subType = *subTypes.cbegin();
    const AssetType* type = repo.reference().assetType(subType);
    const QString typeName = type ? localText(type->nameJa, type->nameEn) : subType;
    RiskRepository risks(*m_db);
    const RiskCatalogue catalogue = risks.catalogue();
    const QList<const RiskTemplate*> templates = catalogue.templatesFor(subType);
    if (templates.isEmpty()) {
        prompts::information(this, tr("Apply Risk Template"),
                             tr("There is no risk template for %1 yet. Assess one asset, then "
                                "use \"Save as Template\" in its assessment (administrators).")
                                 .arg(typeName));
        return;
    }
    ApplyRiskTemplateDialog dialog(templates, int(ids.size()), typeName, this);
    if (prompts::exec(&dialog) != QDialog::Accepted)
        return;
    std::optional<RiskRepository::ApplyResult> result;
    {
        BusyCursor busy;
        result = risks.applyTemplate(dialog.templateId(), ids, dialog.replaceAssessed());
    }
    if (!result) {
        prompts::warning(this, tr("Apply Risk Template"), risks.lastError().message);
        return;
    }
    statusBar()->showMessage(
        tr("%n asset(s) assessed: %1 threats added, %2 replaced, %3 kept", nullptr, result->assets)
            .arg(result->added)
            .arg(result->replaced)
            .arg(result->kept),
        8000);
    if (m_dashboard)
        m_dashboard->refresh();
}

void MainWindow::showRiskRegister() {
    RiskRegisterDialog dialog(*m_db, this);
    connect(&dialog, &RiskRegisterDialog::assetShown, this, [this](qint64 id) {
        if (m_model->rowOfId(id) < 0) {
            m_filters->clear();
            m_treeView->setCurrentIndex(m_tree->allIndex());
        }
        selectAsset(id);
    });
    connect(&dialog, &RiskRegisterDialog::risksChanged, this, [this] {
        if (m_dashboard)
            m_dashboard->refresh();
    });
    prompts::exec(&dialog);
}

void MainWindow::writeRiskReport() {
    const QString pdf = tr("PDF document (*.pdf)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString path = prompts::saveFileName(
        this, tr("Risk Summary"),
        documentsPath(tr("risk-summary-%1.pdf").arg(Clock::today().toString(Qt::ISODate))),
        pdf + QStringLiteral(";;") + xlsx);
    if (path.isEmpty())
        return;
    const bool asXlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!asXlsx)
        path = withSuffix(path, QStringLiteral("pdf"));
    QString error;
    bool ok = false;
    {
        BusyCursor busy;
        RiskReportData report;
        ok = RiskReport::load(*m_db, Clock::today(), &report, &error);
        // Written beside the target and renamed at the end: a failed write keeps the old file.
        QSaveFile file(path);
        if (ok && !file.open(QIODevice::WriteOnly)) {
            ok = false;
            error = file.errorString();
        }
        if (ok)
            ok = asXlsx ? RiskReport::writeXlsx(report, &file, &error)
                        : RiskReport::writePdf(report, &file, &error);
        if (ok && !file.commit()) {
            ok = false;
            error = file.errorString();
        }
    }
    if (!ok) {
        prompts::warning(this, tr("Risk Summary"),
                         tr("The risk summary was not written to %1: %2")
                             .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    statusBar()->showMessage(tr("Risk summary written to %1").arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::showDashboard() {
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(*m_db, this);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        // Clicking a heat-map cell narrows the register to the assets with a risk there.
        connect(m_dashboard, &DashboardWindow::cellActivated, this,
                [this](int importance, int possibility, const QList<qint64>& assetIds) {
                    m_treeView->setCurrentIndex(m_tree->allIndex());
                    m_filters->setAssetSubset(
                        assetIds, tr("Risk: importance %1 × possibility %2 (%n asset(s))", nullptr,
                                     int(assetIds.size()))
                                      .arg(importance)
                                      .arg(possibility));
                    raise();
                    activateWindow();
                });
    } else {
        m_dashboard->refresh();
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::showConsistencyReport() {
    ConsistencyReportDialog dialog(*m_db, this);
    prompts::exec(&dialog);
}

void MainWindow::reload() {
    const QList<qint64> keep = selectedIds();
    afterChange(keep);
}

bool MainWindow::openRegister(const ConnectionSettings& settings, bool createIfMissing) {
    auto db = std::make_unique<Database>();
    db->setDeferLargeChecks(true);
    if (!RegisterOpener::open(this, *db, settings,
                              createIfMissing ? Database::OpenMode::CreateIfMissing
                                              : Database::OpenMode::ExistingOnly))
        return false;
    // The table model reads the old database until it is replaced: swap in this order.
    QSettings().setValue(QStringLiteral("table/header"), m_table->horizontalHeader()->saveState());
    std::unique_ptr<Database> old = std::move(m_db);
    m_db = std::move(db);
    m_model = nullptr;
    attachModel();
    old.reset();
    m_undo.clear();
    rememberRegister();
    retranslateUi();
    startDeferredCheck();
    return true;
}

void MainWindow::openRegisterFile(bool create) {
    const QString dir = QFileInfo(m_db->settings().sqlitePath).absolutePath();
    const QString filter = tr("Asset registers (*.db *.sqlite);;All files (*)");
    const QString path = create ? prompts::saveFileName(this, tr("New Register"), dir, filter)
                                : prompts::openFileName(this, tr("Open Register"), dir, filter);
    if (path.isEmpty())
        return;
    openRegister(ConnectionSettings::forSqlite(path), create);
}

void MainWindow::connectToServer() {
    const auto conninfo = prompts::text(
        this, tr("Connect to a PostgreSQL Register"),
        tr("Connection (for example: host=db.city.local port=5432 dbname=assets user=tanaka):"),
        m_db->backend() == Backend::PostgreSQL ? m_db->settings().toConnInfo() : QString());
    if (!conninfo || conninfo->trimmed().isEmpty())
        return;
    QString error;
    const auto settings = ConnectionSettings::fromPgConnInfo(*conninfo, &error);
    if (!settings) {
        prompts::warning(this, tr("Connect to a PostgreSQL Register"), error);
        return;
    }
    openRegister(*settings, false);
}

void MainWindow::rememberRegister() {
    QSettings settings;
    const QString current = encodeRegister(m_db->settings());
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(current);
    recent.prepend(current);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastKey, current);
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& entry : recent) {
        std::optional<ConnectionSettings> settings;
        if (entry.startsWith(QLatin1String("sqlite:")))
            settings = ConnectionSettings::forSqlite(entry.mid(7));
        else if (entry.startsWith(QLatin1String("pg:")))
            settings = ConnectionSettings::fromPgConnInfo(entry.mid(3), nullptr);
        if (!settings)
            continue;
        QAction* action = m_recentMenu->addAction(settings->displayName());
        connect(action, &QAction::triggered, this,
                [this, s = *settings] { openRegister(s, false); });
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::fillColumnsMenu() {
    m_columnsMenu->clear();
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action =
            m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The asset number identifies the row: it stays.
        action->setEnabled(column != AssetTableModel::NumberColumn);
        connect(action, &QAction::toggled, this,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
}

void MainWindow::showAbout() {
    prompts::information(
        this, tr("About Information Asset Register"),
        tr("Information Asset Register %1\n\n"
           "The register of information assets required by the information "
           "security policy (Articles 5 and 7).\n\n"
           "Register: %2\nSchema version: %3\nSigned in as: %4")
            .arg(QApplication::applicationVersion(), m_db->settings().displayName())
            .arg(m_db->schemaVersion())
            .arg(m_db->currentUser()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("table/header"), m_table->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace assetreg
