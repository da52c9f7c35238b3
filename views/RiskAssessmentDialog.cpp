#include "RiskAssessmentDialog.h"

#include "DialogSupport.h"
#include "Prompts.h"
#include "domain/Clock.h"
#include "storage/AccessControl.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/RiskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assetreg {

namespace {
enum Column {
    ThreatColumn,
    LikelihoodColumn,
    VulnerabilityColumn,
    PossibilityColumn,
    ValueColumn,
    BandColumn,
    TreatmentColumn,
    DueColumn,
    ColumnCount
};

void fillLevels(QComboBox* box, const QStringList& labels) {
    for (int level = 3; level >= 1; --level)
        box->addItem(QStringLiteral("%1 — %2").arg(level).arg(labels.value(3 - level)), level);
}
} // namespace

RiskAssessmentDialog::RiskAssessmentDialog(Database& db, qint64 assetId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_assetId(assetId) {
    setObjectName(QStringLiteral("riskAssessmentDialog"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("riskHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("risksTable"));
    m_table->setHorizontalHeaderLabels({tr("Threat"), tr("Likelihood"), tr("Vulnerability"),
                                        tr("Possibility"), tr("Risk value"), tr("Band"),
                                        tr("Treatment"), tr("Due")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ThreatColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &RiskAssessmentDialog::showSelected);

    m_threat = new QComboBox(this);
    m_threat->setObjectName(QStringLiteral("threatCombo"));
    m_likelihood = new QComboBox(this);
    m_likelihood->setObjectName(QStringLiteral("likelihoodCombo"));
    fillLevels(m_likelihood,
               {tr("likely: has happened here or nearby"), tr("possible"), tr("unlikely")});
    m_likelihood->setToolTip(tr("脅威の起こりやすさ: how likely the threat is to occur"));
    m_vulnerability = new QComboBox(this);
    m_vulnerability->setObjectName(QStringLiteral("vulnerabilityCombo"));
    fillLevels(m_vulnerability, {tr("no controls"), tr("some controls"), tr("controls in place")});
    m_vulnerability->setToolTip(tr("脆弱性: how exposed the asset is to the threat today"));
    m_controls = new QLineEdit(this);
    m_controls->setObjectName(QStringLiteral("controlsEdit"));
    m_controls->setPlaceholderText(tr("e.g. antivirus with automatic updates"));
    m_computed = new QLabel(this);
    m_computed->setObjectName(QStringLiteral("computedLabel"));
    m_treatment = new QComboBox(this);
    m_treatment->setObjectName(QStringLiteral("treatmentCombo"));
    for (Treatment t : EnumTraits<Treatment>::all())
        m_treatment->addItem(displayName(t), int(t));
    m_plan = new QLineEdit(this);
    m_plan->setObjectName(QStringLiteral("planEdit"));
    m_plan->setPlaceholderText(tr("What will be done, e.g. introduce multi-factor sign-in"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_hasDue = new QCheckBox(tr("Due by"), this);
    m_hasDue->setObjectName(QStringLiteral("hasDueCheck"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setCalendarPopup(true);
    m_isDone = new QCheckBox(tr("Done on"), this);
    m_isDone->setObjectName(QStringLiteral("isDoneCheck"));
    m_done = new QDateEdit(this);
    m_done->setObjectName(QStringLiteral("doneEdit"));
    m_done->setCalendarPopup(true);

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_hasDue);
    dates->addWidget(m_due);
    dates->addSpacing(16);
    dates->addWidget(m_isDone);
    dates->addWidget(m_done);
    dates->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("T&hreat:"), m_threat);
    form->addRow(tr("&Likelihood:"), m_likelihood);
    form->addRow(tr("&Vulnerability:"), m_vulnerability);
    form->addRow(tr("Existing &controls:"), m_controls);
    form->addRow(tr("Result:"), m_computed);
    form->addRow(tr("&Treatment:"), m_treatment);
    form->addRow(tr("&Plan:"), m_plan);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(QString(), dates);

    for (QComboBox* box : {m_threat, m_likelihood, m_vulnerability, m_treatment, m_owner})
        connect(box, &QComboBox::currentIndexChanged, this, &RiskAssessmentDialog::formEdited);
    for (QLineEdit* edit : {m_controls, m_plan})
        connect(edit, &QLineEdit::textEdited, this, &RiskAssessmentDialog::formEdited);
    for (QCheckBox* box : {m_hasDue, m_isDone})
        connect(box, &QCheckBox::toggled, this, &RiskAssessmentDialog::formEdited);
    for (QDateEdit* edit : {m_due, m_done})
        connect(edit, &QDateEdit::dateChanged, this, &RiskAssessmentDialog::formEdited);

    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_applyButton = new QPushButton(tr("A&pply Template"), this);
    m_applyButton->setObjectName(QStringLiteral("applyTemplateButton"));
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_template->currentData().toLongLong();
        const RiskTemplate* tmpl = nullptr;
        for (const RiskTemplate& t : std::as_const(m_catalogue.templates))
            if (t.id == id)
                tmpl = &t;
        if (!tmpl)
            return;
        const qsizetype overlap =
            std::count_if(tmpl->rows.cbegin(), tmpl->rows.cend(), [this](const auto& t) {
                return std::any_of(m_rows.cbegin(), m_rows.cend(), [&t](const RiskAssessment& r) {
                    return r.threatId == t.threatId;
                });
            });
        bool replace = false;
        if (overlap > 0) {
            const auto answer = prompts::question(
                this, tr("Apply Template"),
                tr("%n threat(s) of the template are already assessed. Replace them with the "
                   "template's values? (No adds only the threats not yet assessed.)",
                   nullptr, int(overlap)),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
            if (answer == QMessageBox::Cancel)
                return;
            replace = answer == QMessageBox::Yes;
        }
        applyTemplate(id, replace);
    });
    m_addButton = new QPushButton(tr("&Add Threat"), this);
    m_addButton->setObjectName(QStringLiteral("addThreatButton"));
    m_addButton->setToolTip(tr("Adds a row for a threat not yet assessed (Insert)"));
    connect(m_addButton, &QPushButton::clicked, this, &RiskAssessmentDialog::addThreat);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeThreatButton"));
    m_removeButton->setToolTip(tr("Removes the selected row (Delete)"));
    connect(m_removeButton, &QPushButton::clicked, this, &RiskAssessmentDialog::removeRow);
    m_saveTemplateButton = new QPushButton(tr("Save as Te&mplate…"), this);
    m_saveTemplateButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveTemplateButton->setToolTip(
        tr("Makes these rows the template of this sub-type, to assess similar assets in one "
           "step (administrators)"));
    connect(m_saveTemplateButton, &QPushButton::clicked, this,
            &RiskAssessmentDialog::saveAsTemplate);
    auto* rowActions = new QHBoxLayout;
    rowActions->addWidget(new QLabel(tr("Template:"), this));
    rowActions->addWidget(m_template, 1);
    rowActions->addWidget(m_applyButton);
    rowActions->addSpacing(16);
    rowActions->addWidget(m_addButton);
    rowActions->addWidget(m_removeButton);
    rowActions->addWidget(m_saveTemplateButton);

    (new QShortcut(QKeySequence(Qt::Key_Insert), m_table))->setContext(Qt::WidgetShortcut);
    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    connect(insert, &QShortcut::activated, this, &RiskAssessmentDialog::addThreat);
    auto* remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &RiskAssessmentDialog::removeRow);

    m_error = errorLabel(QStringLiteral("riskError"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveRisksButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    connect(m_saveButton, &QPushButton::clicked, this, &RiskAssessmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &RiskAssessmentDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(rowActions);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(960, 720);
    load();
}

void RiskAssessmentDialog::load() {
    AssetRepository assets(m_db);
    m_ref = assets.reference();
    m_asset = assets.findById(m_assetId).value_or(Asset{});
    RiskRepository risks(m_db);
    m_rows = risks.forAsset(m_assetId, &m_catalogue);
    m_importance = m_catalogue.importance(m_asset, m_ref);
    for (RiskAssessment& r : m_rows)
        r.importance = m_importance;

    AccessControl access(m_db);
    m_canEdit =
        m_asset.id && !m_db.isReadOnly() && access.allows(Permission::Edit, m_asset.departmentId);
    m_canAdminister =
        !m_db.isReadOnly() && (access.setupMode() || access.allows(Permission::Administer));

    setWindowTitle(tr("Risk Assessment — %1").arg(m_asset.assetNumber));
    const AssetType* type = m_ref.assetType(m_asset.subType);
    m_header->setText(
        tr("<b>%1</b> %2 (%3)<br>Classification %4: importance <b>%5</b>. Risk value = "
           "importance × possibility (from likelihood and vulnerability).")
            .arg(m_asset.assetNumber.toHtmlEscaped(), m_asset.name.toHtmlEscaped(),
                 type ? localText(type->nameJa, type->nameEn).toHtmlEscaped() : m_asset.subType,
                 m_asset.classificationLabel())
            .arg(m_importance));

    {
        QSignalBlocker b1(m_threat), b2(m_owner), b3(m_template);
        m_threat->clear();
        for (const Threat& t : std::as_const(m_catalogue.threats)) {
            const ThreatGroup* g = m_catalogue.group(t.groupId);
            m_threat->addItem(localText(t.nameJa, t.nameEn), t.id);
            m_threat->setItemData(
                m_threat->count() - 1,
                g ? tr("第3条(%1) %2").arg(g->id).arg(localText(g->nameJa, g->nameEn)) : QString(),
                Qt::ToolTipRole);
        }
        m_owner->clear();
        m_owner->addItem(tr("(none)"), qint64(0));
        for (const Person& p : std::as_const(m_ref.people))
            if (p.active)
                m_owner->addItem(
                    p.title.isEmpty() ? p.name : QStringLiteral("%1（%2）").arg(p.name, p.title),
                    p.id);
        m_template->clear();
        for (const RiskTemplate* t : m_catalogue.templatesFor(m_asset.subType))
            m_template->addItem(localText(t->nameJa, t->nameEn), t->id);
    }
    m_modified = false;
    fillTable(m_rows.isEmpty() ? -1 : 0);
}

void RiskAssessmentDialog::fillTable(int selectRow) {
    m_filling = true;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row)
        fillRow(row);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ThreatColumn, QHeaderView::Stretch);
    m_filling = false;
    if (selectRow >= 0 && selectRow < m_table->rowCount())
        m_table->selectRow(selectRow);
    showSelected();
}

void RiskAssessmentDialog::fillRow(int row) {
    const RiskAssessment& r = m_rows.at(row);
    const Threat* threat = m_catalogue.threat(r.threatId);
    const RiskBand* band = m_catalogue.band(r.value());
    const auto cell = [this, row](int column, const QString& text) {
        QTableWidgetItem* item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(text);
        if (column != ThreatColumn && column != TreatmentColumn)
            item->setTextAlignment(Qt::AlignCenter);
        return item;
    };
    cell(ThreatColumn, threat ? localText(threat->nameJa, threat->nameEn) : QString());
    cell(LikelihoodColumn, QString::number(r.likelihood));
    cell(VulnerabilityColumn, QString::number(r.vulnerability));
    cell(PossibilityColumn, QString::number(r.possibility()));
    cell(ValueColumn, r.value() ? QString::number(r.value()) : QStringLiteral("—"));
    QTableWidgetItem* bandItem =
        cell(BandColumn, band ? localText(band->labelJa, band->labelEn) : QString());
    bandItem->setBackground(band ? QColor(band->color).lighter(160) : QBrush());
    cell(TreatmentColumn, r.treatmentDone.isValid() ? tr("%1 (done)").arg(displayName(r.treatment))
                                                    : displayName(r.treatment));
    QTableWidgetItem* due =
        cell(DueColumn, r.treatmentDue.isValid()
                            ? QLocale().toString(r.treatmentDue, QLocale::ShortFormat)
                            : QString());
    due->setForeground(r.overdue(Clock::today()) ? QColor(0xb0, 0x00, 0x20) : QBrush());
    due->setToolTip(r.overdue(Clock::today()) ? tr("Overdue") : QString());
}

void RiskAssessmentDialog::showSelected() {
    const int row = m_table->currentRow();
    const bool has = row >= 0 && row < m_rows.size() && !m_table->selectedItems().isEmpty();
    m_filling = true;
    if (has) {
        const RiskAssessment& r = m_rows.at(row);
        m_threat->setCurrentIndex(std::max(0, m_threat->findData(r.threatId)));
        m_likelihood->setCurrentIndex(m_likelihood->findData(r.likelihood));
        m_vulnerability->setCurrentIndex(m_vulnerability->findData(r.vulnerability));
        m_controls->setText(r.existingControls);
        m_treatment->setCurrentIndex(std::max(0, m_treatment->findData(int(r.treatment))));
        m_plan->setText(r.treatmentPlan);
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(r.treatmentOwnerId)));
        m_hasDue->setChecked(r.treatmentDue.isValid());
        m_due->setDate(r.treatmentDue.isValid() ? r.treatmentDue : Clock::today().addMonths(3));
        m_isDone->setChecked(r.treatmentDone.isValid());
        m_done->setDate(r.treatmentDone.isValid() ? r.treatmentDone : Clock::today());
        const RiskBand* band = m_catalogue.band(r.value());
        m_computed->setText(tr("possibility %1 × importance %2 = risk value %3 %4")
                                .arg(r.possibility())
                                .arg(m_importance)
                                .arg(r.value())
                                .arg(band ? localText(band->labelJa, band->labelEn) : QString()));
    } else {
        m_controls->clear();
        m_plan->clear();
        m_computed->clear();
    }
    m_filling = false;
    updateButtons();
}

void RiskAssessmentDialog::updateButtons() {
    const int row = m_table->currentRow();
    const bool has = row >= 0 && row < m_rows.size() && !m_table->selectedItems().isEmpty();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_threat, m_likelihood, m_vulnerability, m_controls,
                                         m_treatment, m_plan, m_owner, m_hasDue, m_isDone})
        w->setEnabled(has && m_canEdit);
    m_due->setEnabled(has && m_canEdit && m_hasDue->isChecked());
    m_done->setEnabled(has && m_canEdit && m_isDone->isChecked());
    m_addButton->setEnabled(m_canEdit);
    m_removeButton->setEnabled(has && m_canEdit);
    m_template->setEnabled(m_canEdit && m_template->count() > 0);
    m_applyButton->setEnabled(m_canEdit && m_template->count() > 0);
    m_saveTemplateButton->setEnabled(m_canAdminister && !m_rows.isEmpty());
    m_saveButton->setEnabled(m_canEdit && m_modified);
}

void RiskAssessmentDialog::formEdited() {
    if (m_filling)
        return;
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    RiskAssessment& r = m_rows[row];
    r.threatId = m_threat->currentData().toLongLong();
    r.likelihood = m_likelihood->currentData().toInt();
    r.vulnerability = m_vulnerability->currentData().toInt();
    r.existingControls = m_controls->text();
    r.treatment = Treatment(m_treatment->currentData().toInt());
    r.treatmentPlan = m_plan->text();
    r.treatmentOwnerId = m_owner->currentData().toLongLong();
    r.treatmentDue = m_hasDue->isChecked() ? m_due->date() : QDate();
    r.treatmentDone = m_isDone->isChecked() ? m_done->date() : QDate();
    m_modified = true;
    m_filling = true;
    fillRow(row);
    m_filling = false;
    showSelected();
}

void RiskAssessmentDialog::addThreat() {
    if (!m_canEdit)
        return;
    for (const Threat& t : std::as_const(m_catalogue.threats)) {
        if (!t.active || std::any_of(m_rows.cbegin(), m_rows.cend(),
                                     [&t](const auto& r) { return r.threatId == t.id; }))
            continue;
        RiskAssessment r;
        r.assetId = m_assetId;
        r.threatId = t.id;
        r.importance = m_importance;
        m_rows.append(r);
        m_modified = true;
        fillTable(int(m_rows.size()) - 1);
        m_threat->setFocus();
        return;
    }
    prompts::information(this, tr("Add Threat"),
                         tr("Every threat of the catalogue is already assessed for this asset."));
}

void RiskAssessmentDialog::removeRow() {
    const int row = m_table->currentRow();
    if (!m_canEdit || row < 0 || row >= m_rows.size())
        return;
    m_rows.removeAt(row);
    m_modified = true;
    fillTable(std::min(row, int(m_rows.size()) - 1));
}

void RiskAssessmentDialog::applyTemplate(qint64 templateId, bool replace) {
    for (const RiskTemplate& t : std::as_const(m_catalogue.templates)) {
        if (t.id != templateId)
            continue;
        t.mergeInto(&m_rows, m_assetId, replace);
        for (RiskAssessment& r : m_rows)
            r.importance = m_importance;
        m_modified = true;
        fillTable(0);
        return;
    }
}

void RiskAssessmentDialog::saveAsTemplate() {
    if (!m_canAdminister || m_rows.isEmpty())
        return;
    const AssetType* type = m_ref.assetType(m_asset.subType);
    const QList<const RiskTemplate*> existing = m_catalogue.templatesFor(m_asset.subType);
    const QString suggested =
        !existing.isEmpty()
            ? existing.first()->nameJa
            : tr("Standard assessment of %1")
                  .arg(type ? localText(type->nameJa, type->nameEn) : m_asset.subType);
    const auto name = prompts::text(this, tr("Save as Template"),
                                    tr("Name of the template for this sub-type (a template of "
                                       "the same name is replaced):"),
                                    suggested);
    if (!name)
        return;
    RiskTemplate t;
    for (const RiskTemplate* e : existing)
        if (e->nameJa == name->trimmed())
            t.id = e->id;
    t.subType = m_asset.subType;
    t.nameJa = *name;
    for (const RiskAssessment& r : std::as_const(m_rows))
        t.rows.append({r.threatId, r.likelihood, r.vulnerability, r.existingControls, r.treatment,
                       r.treatmentPlan});
    RiskRepository risks(m_db);
    if (!risks.saveTemplate(t)) {
        showError(m_error, risks.lastError());
        return;
    }
    m_error->hide();
    m_catalogue = risks.catalogue();
    QSignalBlocker block(m_template);
    m_template->clear();
    for (const RiskTemplate* each : m_catalogue.templatesFor(m_asset.subType))
        m_template->addItem(localText(each->nameJa, each->nameEn), each->id);
    m_template->setCurrentIndex(std::max(0, m_template->findData(t.id)));
    updateButtons();
}

bool RiskAssessmentDialog::save() {
    if (!m_canEdit)
        return false;
    RiskRepository risks(m_db);
    BusyCursor busy;
    if (!risks.saveAssessment(m_assetId, m_rows)) {
        showError(m_error, risks.lastError());
        return false;
    }
    m_error->hide();
    m_saved = true;
    const int row = m_table->currentRow();
    load();
    fillTable(std::min(row, int(m_rows.size()) - 1));
    return true;
}

void RiskAssessmentDialog::reject() {
    if (m_modified) {
        const auto answer = prompts::question(
            this, tr("Risk Assessment"),
            tr("The assessment has unsaved changes. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace assetreg
