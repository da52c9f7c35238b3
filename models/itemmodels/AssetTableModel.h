#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"
#include "storage/AssetRepository.h"

#include <QAbstractTableModel>
#include <QHash>

// The register as a table for views. It holds only the ordered ids of the matching assets;
// rows are read in blocks when a view first shows them and a bounded number of blocks is kept,
// so a register of 100k assets opens at once, scrolls anywhere and stays small in memory.
namespace assetreg {

class Database;

class AssetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        CategoryColumn,
        TypeColumn,
        DepartmentColumn,
        OwnerColumn,
        SegmentColumn,
        ClassificationColumn,
        PersonalInfoColumn,
        StatusColumn,
        ReviewStateColumn,
        LastReviewedColumn,
        ColumnCount
    };
    enum Role { AssetIdRole = Qt::UserRole + 1 };

    explicit AssetTableModel(Database& db, QObject* parent = nullptr);

    // Filters and order; sorting keeps the filters and vice versa.
    void setQuery(const AssetQuery& query);
    const AssetQuery& query() const { return m_query; }
    // Re-reads the matching ids and drops cached rows (after changes elsewhere).
    void reload();
    // Drops the cached rows of these assets so the next paint reads them again.
    void refreshAssets(const QList<qint64>& ids);

    const Asset* assetAt(int row) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    const ReferenceData& reference() const { return m_repo.reference(); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // After a language change: headers and vocabulary cells are drawn again.
    void retranslate();

    static constexpr int kBlockSize = 200;
    static constexpr int kMaxCachedBlocks = 64;

signals:
    void loadFailed(const QString& message);

private:
    const Asset* load(int row) const;

    mutable AssetRepository m_repo;
    AssetQuery m_query;
    QList<qint64> m_ids;
    mutable QHash<int, QList<Asset>> m_blocks;
    mutable QList<int> m_blockOrder; // least recently loaded first
};

} // namespace assetreg
