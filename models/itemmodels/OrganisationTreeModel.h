#pragma once

#include "domain/MasterData.h"

#include <QAbstractItemModel>
#include <QHash>

// The organisation as a tree to narrow the register: "all" → 第4条 organs → departments, each
// with the number of assets under it.
namespace assetreg {

class OrganisationTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { All, Organ, Department };
    enum Role { KindRole = Qt::UserRole + 1, IdRole };

    explicit OrganisationTreeModel(QObject* parent = nullptr);

    // counts: assets per department id.
    void setOrganisation(const ReferenceData& ref, const QHash<qint64, qint64>& counts);
    void retranslate();

    QModelIndex allIndex() const;
    QModelIndex indexOf(Kind kind, qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Kind kind = Kind::All;
        qint64 id = 0;
        QString name;
        qint64 count = 0;
        int parent = -1; // index into m_nodes
        QList<int> children;
    };
    QList<Node> m_nodes; // m_nodes[0] is "all"
    int rowInParent(int node) const;
};

} // namespace assetreg
