#include "ClassificationSchemeDialog.h"

#include "DialogSupport.h"
#include "storage/AccessControl.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assetreg {

namespace {
enum Column { AxisColumn, CodeColumn, RankColumn, LabelColumn, DefaultsColumn, ColumnCount };
}

ClassificationSchemeDialog::ClassificationSchemeDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ref(MasterDataRepository(db).load()) {
    setObjectName(QStringLiteral("classificationSchemeDialog"));
    setWindowTitle(tr("Classification Scheme"));
    AccessControl access(db);
    const bool canAdminister =
        !db.isReadOnly() && (access.setupMode() || access.allows(Permission::Administer));

    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    for (const ClassificationScheme& s : std::as_const(m_ref.schemes))
        m_scheme->addItem(s.isDefault ? tr("%1 (default)").arg(localText(s.nameJa, s.nameEn))
                                      : localText(s.nameJa, s.nameEn),
                          s.id);
    if (const ClassificationScheme* def = m_ref.defaultScheme())
        m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(def->id)));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        fill(0);
        newLevel();
    });
    auto* schemeRow = new QFormLayout;
    schemeRow->addRow(tr("Sc&heme:"), m_scheme);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("levelsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Axis"), tr("Code"), tr("Rank"), tr("Label"), tr("Default restrictions")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DefaultsColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ClassificationSchemeDialog::showSelected);

    m_axis = new QComboBox(this);
    m_axis->setObjectName(QStringLiteral("axisCombo"));
    for (Axis axis : EnumTraits<Axis>::all())
        m_axis->addItem(displayName(axis), int(axis));
    connect(m_axis, &QComboBox::currentIndexChanged, this, [this] {
        if (m_editingId == 0)
            fillRestrictions(Axis(m_axis->currentData().toInt()), {});
    });
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. 3C (fixed once saved)"));
    m_rank = new QSpinBox(this);
    m_rank->setObjectName(QStringLiteral("rankSpin"));
    m_rank->setRange(1, 9);
    m_rank->setToolTip(tr("1 is public; higher ranks are stricter. Fixed once saved."));
    m_labelJa = new QLineEdit(this);
    m_labelJa->setObjectName(QStringLiteral("labelJaEdit"));
    m_labelEn = new QLineEdit(this);
    m_labelEn->setObjectName(QStringLiteral("labelEnEdit"));
    m_definitionJa = new QPlainTextEdit(this);
    m_definitionJa->setObjectName(QStringLiteral("definitionJaEdit"));
    m_definitionJa->setTabChangesFocus(true);
    m_definitionJa->setMaximumHeight(72);
    m_definitionEn = new QPlainTextEdit(this);
    m_definitionEn->setObjectName(QStringLiteral("definitionEnEdit"));
    m_definitionEn->setTabChangesFocus(true);
    m_definitionEn->setMaximumHeight(72);
    m_restrictions = new QListWidget(this);
    m_restrictions->setObjectName(QStringLiteral("restrictionsList"));
    m_restrictions->setMaximumHeight(110);
    m_restrictions->setToolTip(
        tr("Suggested in the editor when this level is chosen; staff may still change them"));
    m_error = errorLabel(QStringLiteral("levelError"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Axis:"), m_axis);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Rank:"), m_rank);
    form->addRow(tr("&Label:"), m_labelJa);
    form->addRow(tr("&English label:"), m_labelEn);
    form->addRow(tr("&Definition:"), m_definitionJa);
    form->addRow(tr("English de&finition:"), m_definitionEn);
    form->addRow(tr("Default restric&tions:"), m_restrictions);

    auto* newButton = new QPushButton(tr("Ne&w Level"), this);
    newButton->setObjectName(QStringLiteral("newLevelButton"));
    connect(newButton, &QPushButton::clicked, this, &ClassificationSchemeDialog::newLevel);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("saveLevelButton"));
    connect(saveButton, &QPushButton::clicked, this, &ClassificationSchemeDialog::save);
    newButton->setEnabled(canAdminister);
    saveButton->setEnabled(canAdminister);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(newButton);
    actions->addWidget(saveButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(schemeRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(860, 800);

    fill(0);
    newLevel();
}

const ClassificationScheme* ClassificationSchemeDialog::scheme() const {
    const qint64 id = m_scheme->currentData().toLongLong();
    for (const ClassificationScheme& s : m_ref.schemes)
        if (s.id == id)
            return &s;
    return nullptr;
}

void ClassificationSchemeDialog::fill(qint64 selectId) {
    QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(0);
    const ClassificationScheme* s = scheme();
    if (!s)
        return;
    // Confidentiality, integrity, availability; strictest first within each axis.
    QList<ClassificationLevel> levels;
    for (Axis axis : EnumTraits<Axis>::all())
        levels.append(s->levelsOf(axis));
    m_table->setRowCount(int(levels.size()));
    for (int row = 0; row < levels.size(); ++row) {
        const ClassificationLevel& l = levels[row];
        QStringList defaults;
        for (const QString& code : l.defaultRestrictions)
            if (const HandlingRestriction* r = m_ref.restriction(code))
                defaults.append(localText(r->labelJa, r->labelEn));
        m_table->setItem(row, AxisColumn, readOnlyItem(displayName(l.axis)));
        m_table->setItem(row, CodeColumn, readOnlyItem(l.code));
        m_table->setItem(row, RankColumn, readOnlyItem(QString::number(l.rank)));
        m_table->setItem(row, LabelColumn, readOnlyItem(localText(l.labelJa, l.labelEn)));
        m_table->setItem(row, DefaultsColumn, readOnlyItem(defaults.join(QStringLiteral("、"))));
        m_table->item(row, AxisColumn)->setData(Qt::UserRole, l.id);
        if (l.id == selectId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

void ClassificationSchemeDialog::fillRestrictions(Axis axis, const QStringList& checked) {
    m_restrictions->clear();
    for (const HandlingRestriction& r : std::as_const(m_ref.restrictions)) {
        if (r.axis != axis)
            continue;
        auto* item = new QListWidgetItem(localText(r.labelJa, r.labelEn), m_restrictions);
        item->setData(Qt::UserRole, r.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(r.code) ? Qt::Checked : Qt::Unchecked);
    }
}

void ClassificationSchemeDialog::showSelected() {
    const int row = m_table->currentRow();
    const ClassificationScheme* s = scheme();
    if (row < 0 || !s || !m_table->item(row, AxisColumn))
        return;
    const auto level =
        s->levelById(m_table->item(row, AxisColumn)->data(Qt::UserRole).toLongLong());
    if (!level)
        return;
    m_editingId = level->id;
    m_axis->setCurrentIndex(std::max(0, m_axis->findData(int(level->axis))));
    m_axis->setEnabled(false);
    m_code->setText(level->code);
    m_code->setReadOnly(true);
    m_rank->setValue(level->rank);
    m_rank->setEnabled(false);
    m_labelJa->setText(level->labelJa);
    m_labelEn->setText(level->labelEn);
    m_definitionJa->setPlainText(level->definitionJa);
    m_definitionEn->setPlainText(level->definitionEn);
    fillRestrictions(level->axis, level->defaultRestrictions);
    m_error->hide();
}

void ClassificationSchemeDialog::newLevel() {
    m_table->clearSelection();
    m_editingId = 0;
    m_axis->setEnabled(true);
    m_code->clear();
    m_code->setReadOnly(false);
    m_rank->setEnabled(true);
    m_rank->setValue(1);
    m_labelJa->clear();
    m_labelEn->clear();
    m_definitionJa->clear();
    m_definitionEn->clear();
    fillRestrictions(Axis(m_axis->currentData().toInt()), {});
    m_error->hide();
    m_code->setFocus();
}

void ClassificationSchemeDialog::save() {
    const ClassificationScheme* s = scheme();
    if (!s)
        return;
    ClassificationLevel level;
    level.id = m_editingId;
    level.axis = Axis(m_axis->currentData().toInt());
    level.code = m_code->text();
    level.rank = m_rank->value();
    level.labelJa = m_labelJa->text();
    level.labelEn = m_labelEn->text();
    level.definitionJa = m_definitionJa->toPlainText();
    level.definitionEn = m_definitionEn->toPlainText();
    for (int i = 0; i < m_restrictions->count(); ++i)
        if (m_restrictions->item(i)->checkState() == Qt::Checked)
            level.defaultRestrictions.append(
                m_restrictions->item(i)->data(Qt::UserRole).toString());
    MasterDataRepository master(m_db);
    if (!master.saveLevel(s->id, level)) {
        showError(m_error, master.lastError());
        return;
    }
    m_changed = true;
    m_ref = master.load();
    fill(level.id);
    showSelected();
}

} // namespace assetreg
