#include "MainWindow.h"

#include "itemmodels/AssetTableModel.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace assetreg {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("mainWindow"));
    MasterDataRepository master(db);
    const QString organisation = master.setting(QStringLiteral("organisation_name"));
    setWindowTitle(organisation.isEmpty()
                       ? tr("Information Asset Register")
                       : tr("Information Asset Register — %1").arg(organisation));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Asset number, name, description, location…"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_model = new AssetTableModel(db, this);
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("assetTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    fitColumns();
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_registerLabel = new QLabel(this);
    m_registerLabel->setObjectName(QStringLiteral("registerLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_registerLabel);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_model, &AssetTableModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &AssetTableModel::loadFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Information Asset Register"), message);
    });

    createMenus();
    updateStatus();
    resize(1280, 760);
}

void MainWindow::fitColumns() {
    // Fit the loaded rows, but never let one long name push the rest off screen.
    m_table->resizeColumnsToContents();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    }
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Find"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* reload = view->addAction(tr("&Reload"), m_model, &AssetTableModel::reload);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Information Asset Register"), this, &MainWindow::showAbout);
}

void MainWindow::applySearch() {
    AssetQuery query;
    query.text = m_search->text();
    m_model->setQuery(query);
}

void MainWindow::updateStatus() {
    m_countLabel->setText(tr("%n asset(s)", nullptr, int(m_model->totalCount())));
    m_registerLabel->setText(tr("Register: %1").arg(m_db.settings().displayName()) +
                             (m_db.isReadOnly() ? tr(" (read-only)") : QString()));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Information Asset Register"),
        tr("<h3>Information Asset Register %1</h3>"
           "<p>The register of information assets required by the information "
           "security policy (Articles 5 and 7).</p>"
           "<p>Register: %2<br>Schema version: %3</p>")
            .arg(QApplication::applicationVersion(), m_db.settings().displayName().toHtmlEscaped())
            .arg(m_db.schemaVersion()));
}

} // namespace assetreg
