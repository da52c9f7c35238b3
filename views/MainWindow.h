#pragma once

#include "storage/ConnectionSettings.h"
#include "storage/UndoLog.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QThread;
class QTableView;
class QTreeView;

namespace assetreg {

class AssetDetailView;
class AssetTableModel;
class Database;
class FilterBar;
class OrganisationTreeModel;
struct Asset;

// The register window: the organisation tree, search and quick filters, the register table and
// the detail of the selected asset, with everything department staff do to their assets.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() const { return *m_db; }
    AssetTableModel* model() const { return m_model; }
    // Opens another register in this window; on failure says why and keeps the current one.
    bool openRegister(const ConnectionSettings& settings, bool createIfMissing);
    // Installs translators for "ja" or "en"; the window follows through LanguageChange.
    void setLanguageSwitcher(std::function<void(const QString&)> switcher);

    QList<qint64> selectedIds() const;
    void selectAsset(qint64 id);

public slots:
    void newAsset();
    void editCurrent();
    void duplicateCurrent();
    void bulkEdit();
    void retireSelected();
    void disposeSelected();
    void undo();
    void reload();
    void importFile();
    void exportAssets();
    void printRegister();
    void printDetailSheetOfCurrent();
    void submitSelected();
    void openReviewQueue();
    void showHistory();
    void showAuditLog();
    void editRegisterSettings();
    void editUsers();
    void editOrganisation();
    void editClassificationScheme();
    void editThreatCatalogue();
    void showConsistencyReport();
    void assessRisksOfCurrent();
    void applyRiskTemplate();
    void showRiskRegister();
    void showDashboard();
    void writeRiskReport();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void attachModel();
    void applyFilters();
    void refreshOrganisation();
    void startDeferredCheck();
    void showCurrent();
    void updateStatus();
    void updateActions();
    // One line for the detail pane about the asset's assessed risks.
    QString riskSummary(qint64 assetId) const;
    void afterChange(const QList<qint64>& select);
    void recordUndo(const QString& description, const QList<Asset>& before,
                    const QList<qint64>& created, const QList<Asset>& after);
    void changeStatus(bool dispose);
    void openRegisterFile(bool create);
    void connectToServer();
    void rememberRegister();
    void fillRecentMenu();
    void fillColumnsMenu();
    void showAbout();
    QString registerTitle() const;

    std::unique_ptr<Database> m_db;
    AssetTableModel* m_model = nullptr;
    OrganisationTreeModel* m_tree = nullptr;
    QTreeView* m_treeView = nullptr;
    QTableView* m_table = nullptr;
    FilterBar* m_filters = nullptr;
    AssetDetailView* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_registerLabel = nullptr;
    QLabel* m_noticeLabel = nullptr;
    UndoLog m_undo;
    std::function<void(const QString&)> m_languageSwitcher;
    qint64 m_myDepartmentId = 0;
    QThread* m_checkThread = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newRegisterAction = nullptr;
    QAction* m_openRegisterAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_detailSheetAction = nullptr;
    QAction* m_submitAction = nullptr;
    QAction* m_reviewQueueAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_auditLogAction = nullptr;
    QAction* m_registerSettingsAction = nullptr;
    QAction* m_usersAction = nullptr;
    QAction* m_organisationAction = nullptr;
    QAction* m_schemeAction = nullptr;
    QAction* m_threatsAction = nullptr;
    QAction* m_checkAction = nullptr;
    QMenu* m_reviewMenu = nullptr;
    QMenu* m_riskMenu = nullptr;
    QAction* m_assessAction = nullptr;
    QAction* m_applyTemplateAction = nullptr;
    QAction* m_riskRegisterAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_riskReportAction = nullptr;
    QPointer<class DashboardWindow> m_dashboard;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_bulkEditAction = nullptr;
    QAction* m_retireAction = nullptr;
    QAction* m_disposeAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_treeAction = nullptr;
    QAction* m_detailAction = nullptr;
    QAction* m_japaneseAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace assetreg
