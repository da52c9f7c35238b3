#include "ThreatCatalogueDialog.h"

#include "DialogSupport.h"
#include "storage/AccessControl.h"
#include "storage/Database.h"
#include "storage/RiskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assetreg {

namespace {
enum Column { GroupColumn, CodeColumn, NameColumn, EnglishColumn, ActiveColumn, ColumnCount };
}

ThreatCatalogueDialog::ThreatCatalogueDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("threatCatalogueDialog"));
    setWindowTitle(tr("Threat Catalogue"));
    AccessControl access(db);
    const bool canAdminister =
        !db.isReadOnly() && (access.setupMode() || access.allows(Permission::Administer));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("threatsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("第3条"), tr("Code"), tr("Threat"), tr("English name"), tr("Offered")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ThreatCatalogueDialog::showSelected);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    for (const ThreatGroup& g : RiskRepository(db).catalogue().groups)
        m_group->addItem(QStringLiteral("(%1) %2").arg(g.id).arg(localText(g.nameJa, g.nameEn)),
                         g.id);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. flood (fixed once saved)"));
    m_nameJa = new QLineEdit(this);
    m_nameJa->setObjectName(QStringLiteral("nameJaEdit"));
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    m_order = new QSpinBox(this);
    m_order->setObjectName(QStringLiteral("orderSpin"));
    m_order->setRange(0, 9999);
    m_active = new QCheckBox(tr("Offered in new assessments"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_error = errorLabel(QStringLiteral("threatError"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_nameJa);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("O&rder:"), m_order);
    form->addRow(QString(), m_active);

    auto* newButton = new QPushButton(tr("Ne&w Threat"), this);
    newButton->setObjectName(QStringLiteral("newThreatButton"));
    connect(newButton, &QPushButton::clicked, this, &ThreatCatalogueDialog::newThreat);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveThreatButton"));
    connect(saveButton, &QPushButton::clicked, this, &ThreatCatalogueDialog::save);
    newButton->setEnabled(canAdminister);
    saveButton->setEnabled(canAdminister);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(newButton);
    actions->addWidget(saveButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(760, 640);
    fill(0);
    newThreat();
}

void ThreatCatalogueDialog::fill(qint64 selectId) {
    const RiskCatalogue cat = RiskRepository(m_db).catalogue();
    QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(cat.threats.size()));
    for (int row = 0; row < cat.threats.size(); ++row) {
        const Threat& t = cat.threats[row];
        m_table->setItem(row, GroupColumn, readOnlyItem(QStringLiteral("(%1)").arg(t.groupId)));
        m_table->setItem(row, CodeColumn, readOnlyItem(t.code));
        m_table->setItem(row, NameColumn, readOnlyItem(t.nameJa));
        m_table->setItem(row, EnglishColumn, readOnlyItem(t.nameEn));
        m_table->setItem(row, ActiveColumn, readOnlyItem(t.active ? tr("Yes") : tr("No")));
        QTableWidgetItem* first = m_table->item(row, GroupColumn);
        first->setData(Qt::UserRole, t.id);
        first->setData(Qt::UserRole + 1, t.groupId);
        first->setData(Qt::UserRole + 2, t.sortOrder);
        first->setData(Qt::UserRole + 3, t.active);
        if (const ThreatGroup* g = cat.group(t.groupId))
            first->setToolTip(localText(g->nameJa, g->nameEn));
        if (t.id == selectId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
}

void ThreatCatalogueDialog::showSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, GroupColumn))
        return;
    const QTableWidgetItem* first = m_table->item(row, GroupColumn);
    m_editingId = first->data(Qt::UserRole).toLongLong();
    m_group->setCurrentIndex(std::max(0, m_group->findData(first->data(Qt::UserRole + 1))));
    m_code->setText(m_table->item(row, CodeColumn)->text());
    m_code->setReadOnly(true); // assessments and templates refer to it
    m_nameJa->setText(m_table->item(row, NameColumn)->text());
    m_nameEn->setText(m_table->item(row, EnglishColumn)->text());
    m_order->setValue(first->data(Qt::UserRole + 2).toInt());
    m_active->setChecked(first->data(Qt::UserRole + 3).toBool());
    m_error->hide();
}

void ThreatCatalogueDialog::newThreat() {
    m_table->clearSelection();
    m_editingId = 0;
    m_code->clear();
    m_code->setReadOnly(false);
    m_nameJa->clear();
    m_nameEn->clear();
    m_order->setValue(0);
    m_active->setChecked(true);
    m_error->hide();
    m_code->setFocus();
}

void ThreatCatalogueDialog::save() {
    Threat t;
    t.id = m_editingId;
    t.groupId = m_group->currentData().toInt();
    t.code = m_code->text();
    t.nameJa = m_nameJa->text();
    t.nameEn = m_nameEn->text();
    t.sortOrder = m_order->value();
    t.active = m_active->isChecked();
    RiskRepository risks(m_db);
    if (!risks.saveThreat(t)) {
        showError(m_error, risks.lastError());
        return;
    }
    m_changed = true;
    fill(t.id);
    showSelected();
}

} // namespace assetreg
