#include "AssetTableModel.h"

#include "storage/Database.h"

#include <QBrush>
#include <QColor>

namespace assetreg {
namespace {

AssetSort sortFor(int column) {
    switch (column) {
    case AssetTableModel::NameColumn:
        return AssetSort::Name;
    case AssetTableModel::CategoryColumn:
        return AssetSort::Category;
    case AssetTableModel::TypeColumn:
        return AssetSort::Type;
    case AssetTableModel::DepartmentColumn:
        return AssetSort::Department;
    case AssetTableModel::OwnerColumn:
        return AssetSort::Owner;
    case AssetTableModel::SegmentColumn:
        return AssetSort::Segment;
    case AssetTableModel::ClassificationColumn:
        return AssetSort::Classification;
    case AssetTableModel::PersonalInfoColumn:
        return AssetSort::PersonalInfo;
    case AssetTableModel::StatusColumn:
        return AssetSort::Status;
    case AssetTableModel::ReviewStateColumn:
        return AssetSort::ReviewState;
    case AssetTableModel::LastReviewedColumn:
        return AssetSort::LastReviewed;
    default:
        return AssetSort::Number;
    }
}

} // namespace

AssetTableModel::AssetTableModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repo(db) {
    m_query.withRelations = false;
    reload();
}

void AssetTableModel::setQuery(const AssetQuery& query) {
    m_query = query;
    m_query.withRelations = false;
    m_query.limit = -1;
    m_query.offset = 0;
    reload();
}

void AssetTableModel::reload() {
    beginResetModel();
    m_blocks.clear();
    m_blockOrder.clear();
    m_repo.reloadReference();
    m_ids = m_repo.ids(m_query);
    endResetModel();
    if (m_repo.lastError().isError())
        emit loadFailed(m_repo.lastError().message);
}

void AssetTableModel::refreshAssets(const QList<qint64>& ids) {
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        const int block = row / kBlockSize;
        m_blocks.remove(block);
        m_blockOrder.removeAll(block);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const Asset* AssetTableModel::load(int row) const {
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int block = row / kBlockSize;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        const int first = block * kBlockSize;
        const QList<qint64> ids = m_ids.mid(first, kBlockSize);
        QList<Asset> assets = m_repo.byIds(ids, false);
        if (assets.size() != ids.size()) {
            // Rows vanished or the read failed: keep positions stable with placeholders.
            QHash<qint64, Asset> byId;
            for (const Asset& a : assets)
                byId.insert(a.id, a);
            assets.clear();
            for (qint64 id : ids) {
                Asset a = byId.value(id);
                a.id = id;
                assets.append(a);
            }
        }
        if (m_blockOrder.size() >= kMaxCachedBlocks)
            m_blocks.remove(m_blockOrder.takeFirst());
        it = m_blocks.insert(block, assets);
        m_blockOrder.append(block);
    }
    const int offset = row - block * kBlockSize;
    return offset < it->size() ? &(*it)[offset] : nullptr;
}

const Asset* AssetTableModel::assetAt(int row) const {
    return load(row);
}

qint64 AssetTableModel::idAt(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int AssetTableModel::rowOfId(qint64 id) const {
    return int(m_ids.indexOf(id));
}

int AssetTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AssetTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == AssetIdRole)
        return m_ids[index.row()];
    if (role != Qt::DisplayRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole)
        return {};
    const Asset* a = load(index.row());
    if (!a)
        return {};
    if (role == Qt::ForegroundRole)
        return a->status != AssetStatus::InUse ? QVariant(QBrush(QColor(0x80, 0x80, 0x80)))
                                               : QVariant();
    if (role == Qt::ToolTipRole)
        return index.column() == NameColumn && !a->description.isEmpty() ? QVariant(a->description)
                                                                         : QVariant();
    const ReferenceData& ref = m_repo.reference();
    switch (index.column()) {
    case NumberColumn:
        return a->assetNumber;
    case NameColumn:
        return a->name;
    case CategoryColumn:
        return QStringLiteral("(%1)").arg(int(a->category));
    case TypeColumn: {
        const AssetType* type = ref.assetType(a->subType);
        return type ? type->nameJa : a->subType;
    }
    case DepartmentColumn:
        return a->departmentName;
    case OwnerColumn:
        return a->ownerName;
    case SegmentColumn:
        return displayName(a->segment);
    case ClassificationColumn:
        return a->classificationLabel();
    case PersonalInfoColumn:
        return a->personalInfo == PersonalInfo::None ? QString() : displayName(a->personalInfo);
    case StatusColumn:
        return displayName(a->status);
    case ReviewStateColumn:
        return displayName(a->reviewState);
    case LastReviewedColumn:
        return a->lastReviewedOn.isValid() ? a->lastReviewedOn.toString(Qt::ISODate) : QString();
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

void AssetTableModel::sort(int column, Qt::SortOrder order) {
    AssetQuery query = m_query;
    query.sort = sortFor(column);
    query.descending = order == Qt::DescendingOrder;
    if (query.sort == m_query.sort && query.descending == m_query.descending)
        return;
    // A new order of the same rows: a layout change keeps the view's selection.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    for (const QModelIndex& index : before)
        beforeIds.append(idAt(index.row()));
    m_query = query;
    m_blocks.clear();
    m_blockOrder.clear();
    m_ids = m_repo.ids(m_query);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfId(beforeIds[i]);
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (m_repo.lastError().isError())
        emit loadFailed(m_repo.lastError().message);
}

void AssetTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace assetreg
