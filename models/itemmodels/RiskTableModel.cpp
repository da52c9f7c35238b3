#include "RiskTableModel.h"

#include "domain/Normalize.h"

#include <QColor>

namespace assetreg {

RiskTableModel::RiskTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void RiskTableModel::setRisks(const QList<RiskAssessment>& risks, const RiskCatalogue& catalogue,
                              const QDate& today) {
    beginResetModel();
    m_risks = risks;
    m_catalogue = catalogue;
    m_today = today;
    endResetModel();
}

int RiskTableModel::overdueCount() const {
    return int(std::count_if(m_risks.cbegin(), m_risks.cend(),
                             [this](const RiskAssessment& r) { return r.overdue(m_today); }));
}

int RiskTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_risks.size());
}

int RiskTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_risks.size())
        return {};
    const RiskAssessment& r = m_risks.at(index.row());
    const RiskBand* band = m_catalogue.band(r.value());
    const bool overdue = r.overdue(m_today);
    switch (role) {
    case AssetIdRole:
        return r.assetId;
    case DepartmentIdRole:
        return r.departmentId;
    case BandCodeRole:
        return band ? band->code : QString();
    case OverdueRole:
        return overdue;
    case Qt::BackgroundRole:
        if (index.column() == BandColumn || index.column() == ValueColumn)
            return band ? QColor(band->color).lighter(160) : QVariant();
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == TreatmentColumn))
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::ToolTipRole:
        if (overdue && index.column() == DueColumn)
            return tr("The treatment is overdue: it was due on %1")
                .arg(QLocale().toString(r.treatmentDue, QLocale::ShortFormat));
        if (index.column() == TreatmentColumn && !r.treatmentPlan.isEmpty())
            return r.treatmentPlan;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= ImportanceColumn && index.column() <= ValueColumn)
            return int(Qt::AlignCenter);
        return {};
    case SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case AssetNumberColumn:
        return r.assetNumber;
    case AssetNameColumn:
        return r.assetName;
    case DepartmentColumn:
        return r.departmentName;
    case ThreatColumn:
        return r.threatName;
    case ImportanceColumn:
        return r.importance;
    case LikelihoodColumn:
        return r.likelihood;
    case VulnerabilityColumn:
        return r.vulnerability;
    case PossibilityColumn:
        return r.possibility();
    case ValueColumn:
        return r.value();
    case BandColumn:
        if (sort)
            return r.value();
        return band ? localisedName(band->labelJa, band->labelEn) : QString();
    case TreatmentColumn:
        if (sort)
            return int(r.treatment);
        if (r.treatmentDone.isValid())
            return tr("%1 (done)").arg(displayName(r.treatment));
        return displayName(r.treatment);
    case OwnerColumn:
        return r.ownerName;
    case DueColumn:
        if (sort)
            return r.treatmentDue.isValid() ? r.treatmentDue.toString(Qt::ISODate) : QString();
        if (!r.treatmentDue.isValid())
            return QString();
        return overdue
                   ? tr("%1 overdue").arg(QLocale().toString(r.treatmentDue, QLocale::ShortFormat))
                   : QLocale().toString(r.treatmentDue, QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AssetNumberColumn:
        return tr("Asset number");
    case AssetNameColumn:
        return tr("Asset");
    case DepartmentColumn:
        return tr("Department");
    case ThreatColumn:
        return tr("Threat");
    case ImportanceColumn:
        return tr("Importance");
    case LikelihoodColumn:
        return tr("Likelihood");
    case VulnerabilityColumn:
        return tr("Vulnerability");
    case PossibilityColumn:
        return tr("Possibility");
    case ValueColumn:
        return tr("Risk value");
    case BandColumn:
        return tr("Band");
    case TreatmentColumn:
        return tr("Treatment");
    case OwnerColumn:
        return tr("Treatment owner");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

RiskFilterModel::RiskFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(RiskTableModel::SortRole);
}

void RiskFilterModel::setDepartment(qint64 departmentId) {
    m_department = departmentId;
    invalidateFilter();
}

void RiskFilterModel::setBand(const QString& bandCode) {
    m_band = bandCode;
    invalidateFilter();
}

void RiskFilterModel::setOverdueOnly(bool on) {
    m_overdueOnly = on;
    invalidateFilter();
}

void RiskFilterModel::setText(const QString& text) {
    m_text = foldSearch(text.trimmed());
    invalidateFilter();
}

bool RiskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const auto* model = qobject_cast<const RiskTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const RiskAssessment& r = model->risk(sourceRow);
    const QModelIndex first = model->index(sourceRow, 0);
    if (m_department && r.departmentId != m_department)
        return false;
    if (!m_band.isEmpty() && first.data(RiskTableModel::BandCodeRole).toString() != m_band)
        return false;
    if (m_overdueOnly && !first.data(RiskTableModel::OverdueRole).toBool())
        return false;
    if (!m_text.isEmpty()) {
        const QString haystack = foldSearch(r.assetNumber + QLatin1Char(' ') + r.assetName +
                                            QLatin1Char(' ') + r.threatName + QLatin1Char(' ') +
                                            r.treatmentPlan + QLatin1Char(' ') + r.ownerName);
        if (!haystack.contains(m_text))
            return false;
    }
    return true;
}

} // namespace assetreg
