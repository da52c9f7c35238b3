#include "RiskRegisterDialog.h"

#include "DialogSupport.h"
#include "Prompts.h"
#include "RiskAssessmentDialog.h"
#include "domain/Clock.h"
#include "itemmodels/RiskTableModel.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"
#include "storage/RiskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace assetreg {

RiskRegisterDialog::RiskRegisterDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("riskRegisterDialog"));
    setWindowTitle(tr("Risk Register"));
    m_model = new RiskTableModel(this);
    m_filter = new RiskFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->addItem(tr("All departments"), qint64(0));
    for (const Department& d : MasterDataRepository(db).load().departments)
        m_department->addItem(localText(d.nameJa, d.nameEn), d.id);
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setDepartment(m_department->currentData().toLongLong());
        updateSummary();
    });
    m_band = new QComboBox(this);
    m_band->setObjectName(QStringLiteral("bandFilter"));
    m_band->addItem(tr("All bands"), QString());
    for (const RiskBand& b : RiskRepository(db).catalogue().bands)
        m_band->addItem(localText(b.labelJa, b.labelEn), b.code);
    connect(m_band, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setBand(m_band->currentData().toString());
        updateSummary();
    });
    m_overdue = new QCheckBox(tr("&Overdue treatments only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOverdueOnly(on);
        updateSummary();
    });
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("riskSearch"));
    m_search->setPlaceholderText(tr("Search asset, threat, plan or owner"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateSummary();
    });
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_department);
    filters->addWidget(m_band);
    filters->addWidget(m_overdue);
    filters->addWidget(m_search, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("risksView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(RiskTableModel::ValueColumn, Qt::DescendingOrder);
    connect(m_view, &QTableView::activated, this, &RiskRegisterDialog::openCurrent);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("riskSummary"));

    auto* open = new QPushButton(tr("&Assess…"), this);
    open->setObjectName(QStringLiteral("openAssessmentButton"));
    connect(open, &QPushButton::clicked, this, &RiskRegisterDialog::openCurrent);
    auto* show = new QPushButton(tr("Show in &Register"), this);
    show->setObjectName(QStringLiteral("showInRegisterButton"));
    connect(show, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAssetId()) {
            emit assetShown(id);
            accept();
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(open, QDialogButtonBox::ActionRole);
    buttons->addButton(show, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1180, 720);
    refresh();
}

void RiskRegisterDialog::refresh() {
    BusyCursor busy;
    RiskRepository risks(m_db);
    m_model->setRisks(risks.list(), risks.catalogue(), Clock::today());
    m_view->resizeColumnsToContents();
    // Long names must not push the value, band, treatment and due date out of sight.
    for (const auto& [column, width] : {std::pair{RiskTableModel::AssetNameColumn, 260},
                                        std::pair{RiskTableModel::ThreatColumn, 200},
                                        std::pair{RiskTableModel::DepartmentColumn, 130},
                                        std::pair{RiskTableModel::OwnerColumn, 120}})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), width));
    updateSummary();
}

void RiskRegisterDialog::updateSummary() {
    int overdue = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        overdue += m_filter->index(row, 0).data(RiskTableModel::OverdueRole).toBool();
    m_summary->setText(tr("%n risk(s) shown", nullptr, m_filter->rowCount()) +
                       QStringLiteral("　") + tr("%n overdue treatment(s)", nullptr, overdue));
}

qint64 RiskRegisterDialog::currentAssetId() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(RiskTableModel::AssetIdRole).toLongLong()
                           : 0;
}

void RiskRegisterDialog::openCurrent() {
    const qint64 id = currentAssetId();
    if (!id)
        return;
    RiskAssessmentDialog dialog(m_db, id, this);
    prompts::exec(&dialog);
    if (dialog.changed()) {
        refresh();
        emit risksChanged();
    }
}

} // namespace assetreg
