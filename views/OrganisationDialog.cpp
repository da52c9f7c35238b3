#include "OrganisationDialog.h"

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
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assetreg {

namespace {
enum Column { ParentColumn, CodeColumn, NameColumn, EnglishColumn, ActiveColumn, ColumnCount };
enum Role { IdRole = Qt::UserRole, ParentRole, OrderRole, ActiveRole };

std::optional<OrgLevel> parentLevel(OrgLevel level) {
    switch (level) {
    case OrgLevel::Organ:
        return std::nullopt;
    case OrgLevel::Department:
        return OrgLevel::Organ;
    case OrgLevel::Section:
        break;
    }
    return OrgLevel::Department;
}
} // namespace

OrgUnitsPage::OrgUnitsPage(Database& db, OrgLevel level, bool canAdminister, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_level(level) {
    const bool hasParent = parentLevel(level).has_value();
    const bool hasActive = level != OrgLevel::Organ; // organs are always in use

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("unitsTable"));
    m_table->setHorizontalHeaderLabels({level == OrgLevel::Section ? tr("Department") : tr("Organ"),
                                        tr("Code"), tr("Name"), tr("English name"), tr("In use")});
    m_table->setColumnHidden(ParentColumn, !hasParent);
    m_table->setColumnHidden(ActiveColumn, !hasActive);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OrgUnitsPage::showSelected);

    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parentCombo"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(level == OrgLevel::Department
                                   ? tr("e.g. KIKAKU (asset numbers begin with it)")
                                   : tr("e.g. KIKAKU-1 (fixed once saved)"));
    m_nameJa = new QLineEdit(this);
    m_nameJa->setObjectName(QStringLiteral("nameJaEdit"));
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    m_order = new QSpinBox(this);
    m_order->setObjectName(QStringLiteral("orderSpin"));
    m_order->setRange(0, 9999);
    m_order->setToolTip(tr("Lower numbers come first in the tree, the pickers and printed "
                           "registers"));
    m_active = new QCheckBox(tr("In use (offered when entering assets)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_error = errorLabel(QStringLiteral("unitError"), this);

    auto* form = new QFormLayout;
    if (hasParent)
        form->addRow(level == OrgLevel::Section ? tr("&Department:") : tr("&Organ:"), m_parent);
    else
        m_parent->hide();
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_nameJa);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("O&rder:"), m_order);
    if (hasActive)
        form->addRow(QString(), m_active);
    else
        m_active->hide();

    auto* newButton = new QPushButton(level == OrgLevel::Organ        ? tr("Ne&w Organ")
                                      : level == OrgLevel::Department ? tr("Ne&w Department")
                                                                      : tr("Ne&w Section"),
                                      this);
    newButton->setObjectName(QStringLiteral("newUnitButton"));
    connect(newButton, &QPushButton::clicked, this, &OrgUnitsPage::newUnit);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveUnitButton"));
    connect(saveButton, &QPushButton::clicked, this, &OrgUnitsPage::save);
    newButton->setEnabled(canAdminister);
    saveButton->setEnabled(canAdminister);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(newButton);
    actions->addWidget(saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    refresh();
    newUnit();
}

void OrgUnitsPage::refresh(qint64 selectId) {
    const ReferenceData ref = MasterDataRepository(m_db).load();
    if (const auto parents = parentLevel(m_level)) {
        const QVariant keep = m_parent->currentData();
        QSignalBlocker blockParent(m_parent);
        m_parent->clear();
        for (const OrgUnit& p : ref.units(*parents))
            if (p.active || p.id == keep.toLongLong())
                m_parent->addItem(localText(p.nameJa, p.nameEn), p.id);
        m_parent->setCurrentIndex(std::max(0, m_parent->findData(keep)));
    }
    QHash<qint64, QString> parentNames;
    if (const auto parents = parentLevel(m_level))
        for (const OrgUnit& p : ref.units(*parents))
            parentNames.insert(p.id, localText(p.nameJa, p.nameEn));

    const QList<OrgUnit> units = ref.units(m_level);
    QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(units.size()));
    for (int row = 0; row < units.size(); ++row) {
        const OrgUnit& u = units[row];
        m_table->setItem(row, ParentColumn, readOnlyItem(parentNames.value(u.parentId)));
        m_table->setItem(row, CodeColumn, readOnlyItem(u.code));
        m_table->setItem(row, NameColumn, readOnlyItem(u.nameJa));
        m_table->setItem(row, EnglishColumn, readOnlyItem(u.nameEn));
        m_table->setItem(row, ActiveColumn, readOnlyItem(u.active ? tr("Yes") : tr("No")));
        QTableWidgetItem* first = m_table->item(row, ParentColumn);
        first->setData(IdRole, u.id);
        first->setData(ParentRole, u.parentId);
        first->setData(OrderRole, u.sortOrder);
        first->setData(ActiveRole, u.active);
        if (u.id == selectId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

void OrgUnitsPage::showSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, ParentColumn))
        return;
    const QTableWidgetItem* first = m_table->item(row, ParentColumn);
    m_editingId = first->data(IdRole).toLongLong();
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(first->data(ParentRole))));
    m_code->setText(m_table->item(row, CodeColumn)->text());
    m_code->setReadOnly(true); // imports and asset numbers refer to it
    m_code->setToolTip(tr("The code cannot change once saved: imports and asset numbers refer to "
                          "it"));
    m_nameJa->setText(m_table->item(row, NameColumn)->text());
    m_nameEn->setText(m_table->item(row, EnglishColumn)->text());
    m_order->setValue(first->data(OrderRole).toInt());
    m_active->setChecked(first->data(ActiveRole).toBool());
    m_error->hide();
}

void OrgUnitsPage::newUnit() {
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

void OrgUnitsPage::save() {
    OrgUnit unit;
    unit.level = m_level;
    unit.id = m_editingId;
    unit.parentId = m_parent->currentData().toLongLong();
    unit.code = m_code->text();
    unit.nameJa = m_nameJa->text();
    unit.nameEn = m_nameEn->text();
    unit.sortOrder = m_order->value();
    unit.active = m_active->isChecked();
    MasterDataRepository master(m_db);
    if (!master.saveUnit(unit)) {
        showError(m_error, master.lastError());
        return;
    }
    refresh(unit.id);
    showSelected();
    emit saved();
}

OrganisationDialog::OrganisationDialog(Database& db, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("organisationDialog"));
    setWindowTitle(tr("Organisation"));
    AccessControl access(db);
    const bool canAdminister =
        !db.isReadOnly() && (access.setupMode() || access.allows(Permission::Administer));

    m_tabs = new QTabWidget(this);
    const struct {
        OrgLevel level;
        const char* name;
        QString title;
    } levels[] = {{OrgLevel::Organ, "organsPage", tr("Organs")},
                  {OrgLevel::Department, "departmentsPage", tr("Departments")},
                  {OrgLevel::Section, "sectionsPage", tr("Sections")}};
    for (const auto& l : levels) {
        auto* page = new OrgUnitsPage(db, l.level, canAdminister, m_tabs);
        page->setObjectName(QString::fromLatin1(l.name));
        m_tabs->addTab(page, l.title);
        m_pages.append(page);
        // A new or renamed organ or department is offered as a parent on the other tabs.
        connect(page, &OrgUnitsPage::saved, this, [this, page] {
            m_changed = true;
            for (OrgUnitsPage* other : std::as_const(m_pages))
                if (other != page)
                    other->refresh();
        });
    }
    m_tabs->setCurrentIndex(1); // departments are what administrators change most

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    if (!canAdminister) {
        auto* note =
            new QLabel(tr("Only administrators change the organisation; you can look."), this);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        layout->addWidget(note);
    }
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 600);
}

OrgUnitsPage* OrganisationDialog::page(OrgLevel level) const {
    for (OrgUnitsPage* p : m_pages)
        if (p->level() == level)
            return p;
    return nullptr;
}

} // namespace assetreg
