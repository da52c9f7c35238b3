#include "BulkEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace assetreg {

BulkEditDialog::BulkEditDialog(const ReferenceData& ref, int assetCount, QWidget* parent)
    : QDialog(parent)
    , m_ref(ref) {
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit %n assets", nullptr, assetCount));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tick the fields to change. All %n selected assets are saved "
                                "together, or none is.",
                                nullptr, assetCount),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_department = new QComboBox(this);
    for (const Organ& organ : ref.organs) {
        for (const Department& d : ref.departments) {
            if (d.organId == organ.id && d.active)
                m_department->addItem(organ.nameJa + QStringLiteral(" / ") + d.nameJa, d.id);
        }
    }
    m_useDepartment =
        addRow(form, QStringLiteral("departmentComboBox"), tr("&Department"), m_department);
    m_owner = new QComboBox(this);
    for (const Person& p : ref.people) {
        if (!p.active)
            continue;
        const Department* d = ref.department(p.departmentId);
        m_owner->addItem(p.name + (p.title.isEmpty() ? QString() : QLatin1Char(' ') + p.title) +
                             (d ? QStringLiteral(" (") + d->nameJa + QLatin1Char(')') : QString()),
                         p.id);
    }
    m_useOwner = addRow(form, QStringLiteral("ownerComboBox"), tr("&Owner"), m_owner);
    m_segment = new QComboBox(this);
    for (Segment s : EnumTraits<Segment>::all())
        m_segment->addItem(displayName(s), toKey(s));
    m_useSegment =
        addRow(form, QStringLiteral("segmentComboBox"), tr("Network &segment"), m_segment);

    const ClassificationScheme* scheme = ref.defaultScheme();
    auto levelCombo = [&](Axis axis) {
        auto* combo = new QComboBox(this);
        if (scheme) {
            for (const ClassificationLevel& level : scheme->levelsOf(axis))
                combo->addItem(level.labelJa, level.code);
        }
        return combo;
    };
    m_confidentiality = levelCombo(Axis::Confidentiality);
    m_useConfidentiality = addRow(form, QStringLiteral("confidentialityComboBox"),
                                  tr("&Confidentiality"), m_confidentiality);
    m_integrity = levelCombo(Axis::Integrity);
    m_useIntegrity =
        addRow(form, QStringLiteral("integrityComboBox"), tr("&Integrity"), m_integrity);
    m_availability = levelCombo(Axis::Availability);
    m_useAvailability =
        addRow(form, QStringLiteral("availabilityComboBox"), tr("&Availability"), m_availability);
    layout->addLayout(form);

    auto* restrictions = new QHBoxLayout;
    auto makeList = [&](const QString& title, const QString& objectName) {
        auto* box = new QGroupBox(title, this);
        auto* boxLayout = new QVBoxLayout(box);
        auto* list = new QListWidget(box);
        list->setObjectName(objectName);
        for (const HandlingRestriction& r : ref.restrictions) {
            if (r.takesParameter)
                continue; // needs a value per asset: set it in the editor
            auto* item = new QListWidgetItem(r.labelJa, list);
            item->setData(Qt::UserRole, r.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        boxLayout->addWidget(list);
        restrictions->addWidget(box);
        connect(list, &QListWidget::itemChanged, this, &BulkEditDialog::updateState);
        return list;
    };
    m_addRestrictions =
        makeList(tr("Add restrictions"), QStringLiteral("addRestrictionsListWidget"));
    m_removeRestrictions =
        makeList(tr("Remove restrictions"), QStringLiteral("removeRestrictionsListWidget"));
    layout->addLayout(restrictions);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("applyButton"));
    m_ok->setText(tr("Apply to %n assets", nullptr, assetCount));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QCheckBox* BulkEditDialog::addRow(QFormLayout* form, const QString& objectName,
                                  const QString& label, QWidget* editor) {
    editor->setObjectName(objectName);
    editor->setEnabled(false);
    auto* box = new QCheckBox(label, this);
    box->setObjectName(
        QString(objectName).replace(QStringLiteral("ComboBox"), QStringLiteral("CheckBox")));
    connect(box, &QCheckBox::toggled, editor, &QWidget::setEnabled);
    connect(box, &QCheckBox::toggled, this, &BulkEditDialog::updateState);
    form->addRow(box, editor);
    return box;
}

bool BulkEditDialog::hasChanges() const {
    bool any = false;
    for (QCheckBox* box : {m_useDepartment, m_useOwner, m_useSegment, m_useConfidentiality,
                           m_useIntegrity, m_useAvailability})
        any = any || box->isChecked();
    for (QListWidget* list : {m_addRestrictions, m_removeRestrictions}) {
        for (int i = 0; i < list->count(); ++i)
            any = any || list->item(i)->checkState() == Qt::Checked;
    }
    return any;
}

void BulkEditDialog::updateState() {
    m_ok->setEnabled(hasChanges());
}

bool BulkEditDialog::applyTo(Asset& asset, QString* error) const {
    if (m_useDepartment->isChecked()) {
        const qint64 department = m_department->currentData().toLongLong();
        if (asset.departmentId != department)
            asset.sectionId = 0; // sections belong to the old department
        asset.departmentId = department;
    }
    if (m_useOwner->isChecked())
        asset.ownerId = m_owner->currentData().toLongLong();
    if (m_useSegment->isChecked())
        asset.segment = *parseEnum<Segment>(m_segment->currentData().toString());
    const ClassificationScheme* scheme = m_ref.scheme(asset.schemeCode);
    const QList<QPair<QCheckBox*, QPair<QComboBox*, Axis>>> levels{
        {m_useConfidentiality, {m_confidentiality, Axis::Confidentiality}},
        {m_useIntegrity, {m_integrity, Axis::Integrity}},
        {m_useAvailability, {m_availability, Axis::Availability}}};
    for (const auto& [box, pair] : levels) {
        if (!box->isChecked())
            continue;
        const QString code = pair.first->currentData().toString();
        if (!scheme || !scheme->findLevel(pair.second, code)) {
            *error = tr("%1 uses the scheme %2, which has no level %3.")
                         .arg(asset.assetNumber, asset.schemeCode, code);
            return false;
        }
        QString& target = pair.second == Axis::Confidentiality ? asset.confidentiality
                          : pair.second == Axis::Integrity     ? asset.integrity
                                                               : asset.availability;
        target = code;
    }
    for (int i = 0; i < m_removeRestrictions->count(); ++i) {
        const QListWidgetItem* item = m_removeRestrictions->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString code = item->data(Qt::UserRole).toString();
        asset.restrictions.erase(
            std::remove_if(asset.restrictions.begin(), asset.restrictions.end(),
                           [&](const AssetRestriction& r) { return r.code == code; }),
            asset.restrictions.end());
    }
    for (int i = 0; i < m_addRestrictions->count(); ++i) {
        const QListWidgetItem* item = m_addRestrictions->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString code = item->data(Qt::UserRole).toString();
        bool present = false;
        for (const AssetRestriction& r : asset.restrictions)
            present = present || r.code == code;
        if (!present)
            asset.restrictions.append({code, QString()});
    }
    return true;
}

} // namespace assetreg
