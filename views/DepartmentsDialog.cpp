#include "DepartmentsDialog.h"

#include "DialogSupport.h"
#include "storage/AccessControl.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

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
enum Column { OrganColumn, CodeColumn, NameColumn, EnglishColumn, ActiveColumn, ColumnCount };
}

DepartmentsDialog::DepartmentsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("departmentsDialog"));
    setWindowTitle(tr("Departments"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("departmentsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Organ"), tr("Code"), tr("Name"), tr("English name"), tr("In use")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DepartmentsDialog::showSelected);

    m_organ = new QComboBox(this);
    m_organ->setObjectName(QStringLiteral("organCombo"));
    for (const Organ& organ : MasterDataRepository(db).load().organs)
        m_organ->addItem(localText(organ.nameJa, organ.nameEn), organ.id);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. KIKAKU (asset numbers begin with it)"));
    m_nameJa = new QLineEdit(this);
    m_nameJa->setObjectName(QStringLiteral("nameJaEdit"));
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    m_order = new QSpinBox(this);
    m_order->setObjectName(QStringLiteral("orderSpin"));
    m_order->setRange(0, 9999);
    m_active = new QCheckBox(tr("In use (offered when entering assets)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_error = errorLabel(QStringLiteral("departmentError"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Organ:"), m_organ);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_nameJa);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(QString(), m_active);

    m_newButton = new QPushButton(tr("&New Department"), this);
    m_newButton->setObjectName(QStringLiteral("newDepartmentButton"));
    connect(m_newButton, &QPushButton::clicked, this, &DepartmentsDialog::newDepartment);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveDepartmentButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &DepartmentsDialog::save);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_newButton);
    actions->addWidget(m_saveButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(720, 560);

    AccessControl access(db);
    const bool canAdminister =
        !db.isReadOnly() && (access.setupMode() || access.allows(Permission::Administer));
    m_newButton->setEnabled(canAdminister);
    m_saveButton->setEnabled(canAdminister);
    fill(0);
    newDepartment();
}

void DepartmentsDialog::fill(qint64 selectId) {
    const ReferenceData ref = MasterDataRepository(m_db).load();
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(ref.departments.size()));
    for (int row = 0; row < ref.departments.size(); ++row) {
        const Department& d = ref.departments[row];
        const int organ = m_organ->findData(d.organId);
        m_table->setItem(row, OrganColumn,
                         readOnlyItem(organ >= 0 ? m_organ->itemText(organ) : QString()));
        m_table->setItem(row, CodeColumn, readOnlyItem(d.code));
        m_table->setItem(row, NameColumn, readOnlyItem(d.nameJa));
        m_table->setItem(row, EnglishColumn, readOnlyItem(d.nameEn));
        m_table->setItem(row, ActiveColumn, readOnlyItem(d.active ? tr("Yes") : tr("No")));
        QTableWidgetItem* first = m_table->item(row, OrganColumn);
        first->setData(Qt::UserRole, d.id);
        first->setData(Qt::UserRole + 1, d.organId);
        first->setData(Qt::UserRole + 2, d.sortOrder);
        first->setData(Qt::UserRole + 3, d.active);
        if (d.id == selectId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

void DepartmentsDialog::showSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, OrganColumn))
        return;
    const QTableWidgetItem* first = m_table->item(row, OrganColumn);
    m_editingId = first->data(Qt::UserRole).toLongLong();
    m_organ->setCurrentIndex(std::max(0, m_organ->findData(first->data(Qt::UserRole + 1))));
    m_code->setText(m_table->item(row, CodeColumn)->text());
    m_code->setReadOnly(true); // asset numbers are made from it
    m_code->setToolTip(tr("The code of an existing department cannot change: asset numbers are "
                          "made from it"));
    m_nameJa->setText(m_table->item(row, NameColumn)->text());
    m_nameEn->setText(m_table->item(row, EnglishColumn)->text());
    m_order->setValue(first->data(Qt::UserRole + 2).toInt());
    m_active->setChecked(first->data(Qt::UserRole + 3).toBool());
    m_error->hide();
}

void DepartmentsDialog::newDepartment() {
    m_table->clearSelection();
    m_editingId = 0;
    m_code->clear();
    m_code->setReadOnly(false);
    m_code->setToolTip(QString());
    m_nameJa->clear();
    m_nameEn->clear();
    m_order->setValue(0);
    m_active->setChecked(true);
    m_error->hide();
    m_code->setFocus();
}

void DepartmentsDialog::save() {
    Department d;
    d.id = m_editingId;
    d.organId = m_organ->currentData().toLongLong();
    d.code = m_code->text();
    d.nameJa = m_nameJa->text();
    d.nameEn = m_nameEn->text();
    d.sortOrder = m_order->value();
    d.active = m_active->isChecked();
    MasterDataRepository master(m_db);
    if (!master.saveDepartment(d)) {
        const StorageError& error = master.lastError();
        QStringList messages;
        for (const FieldError& field : error.fieldErrors)
            messages.append(field.message);
        m_error->setText(messages.isEmpty() ? error.message : messages.join(QLatin1Char('\n')));
        m_error->show();
        return;
    }
    m_changed = true;
    fill(d.id);
    showSelected();
}

} // namespace assetreg
