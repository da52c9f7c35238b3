#include "AssetTableModel.h"

#include "storage/Database.h"

#include <QBrush>
#include <QColor>

namespace assetreg {

AssetTableModel::AssetTableModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repo(db) {
    m_query.withRelations = false;
    reload();
}

void AssetTableModel::setQuery(const AssetQuery& query) {
    m_query = query;
    m_query.withRelations = false;
    reload();
}

void AssetTableModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_repo.reloadReference();
    AssetQuery countQuery = m_query;
    m_total = std::max<qint64>(0, m_repo.count(countQuery));
    if (m_repo.lastError().isError())
        emit loadFailed(m_repo.lastError().message);
    // The first rows come with the reset, so a view shows them without a second round.
    AssetQuery first = m_query;
    first.limit = kChunkSize;
    m_rows = m_repo.list(first);
    endResetModel();
}

const Asset* AssetTableModel::assetAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AssetTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool AssetTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void AssetTableModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid())
        return;
    AssetQuery chunk = m_query;
    chunk.offset = int(m_rows.size());
    chunk.limit = kChunkSize;
    const QList<Asset> more = m_repo.list(chunk);
    if (more.isEmpty()) {
        if (m_repo.lastError().isError())
            emit loadFailed(m_repo.lastError().message);
        m_total = m_rows.size(); // the register shrank meanwhile: stop asking
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QVariant AssetTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Asset& a = m_rows[index.row()];
    if (role == AssetIdRole)
        return a.id;
    if (role == Qt::ForegroundRole && a.status != AssetStatus::InUse)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !a.description.isEmpty())
        return a.description;
    if (role != Qt::DisplayRole)
        return {};
    const ReferenceData& ref = m_repo.reference();
    switch (index.column()) {
    case NumberColumn:
        return a.assetNumber;
    case NameColumn:
        return a.name;
    case CategoryColumn:
        return QStringLiteral("(%1)").arg(int(a.category));
    case TypeColumn: {
        const AssetType* type = ref.assetType(a.subType);
        return type ? type->nameJa : a.subType;
    }
    case DepartmentColumn:
        return a.departmentName;
    case OwnerColumn:
        return a.ownerName;
    case SegmentColumn:
        return displayName(a.segment);
    case ClassificationColumn:
        return a.classificationLabel();
    case PersonalInfoColumn:
        return a.personalInfo == PersonalInfo::None ? QString() : displayName(a.personalInfo);
    case StatusColumn:
        return displayName(a.status);
    case ReviewStateColumn:
        return displayName(a.reviewState);
    case LastReviewedColumn:
        return a.lastReviewedOn.isValid() ? a.lastReviewedOn.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Asset number");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Art. 5");
    case TypeColumn:
        return tr("Type");
    case DepartmentColumn:
        return tr("Department");
    case OwnerColumn:
        return tr("Owner");
    case SegmentColumn:
        return tr("Segment");
    case ClassificationColumn:
        return tr("Classification");
    case PersonalInfoColumn:
        return tr("Personal information");
    case StatusColumn:
        return tr("Status");
    case ReviewStateColumn:
        return tr("Review");
    case LastReviewedColumn:
        return tr("Last reviewed");
    default:
        return {};
    }
}

} // namespace assetreg
