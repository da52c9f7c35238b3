#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"
#include "storage/AssetRepository.h"

#include <QAbstractTableModel>

// The register as a table for views: rows are fetched from storage in chunks as the view
// scrolls (canFetchMore/fetchMore), so a large register opens at once.
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

    void setQuery(const AssetQuery& query);
    // Re-reads the register from the start (after changes elsewhere).
    void reload();
    qint64 totalCount() const { return m_total; }
    const Asset* assetAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int kChunkSize = 500;

signals:
    void loadFailed(const QString& message);

private:
    AssetRepository m_repo;
    AssetQuery m_query;
    QList<Asset> m_rows;
    qint64 m_total = 0;
};

} // namespace assetreg
