#include "OrganisationTreeModel.h"

namespace assetreg {

OrganisationTreeModel::OrganisationTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {
    m_nodes.append(Node{});
}

void OrganisationTreeModel::setOrganisation(const ReferenceData& ref,
                                            const QHash<qint64, qint64>& counts) {
    beginResetModel();
    m_nodes.clear();
    m_nodes.append(Node{});
    qint64 total = 0;
    for (const Organ& organ : ref.organs) {
        Node node;
        node.kind = Kind::Organ;
        node.id = organ.id;
        node.name = organ.nameJa;
        node.parent = 0;
        const int organIndex = int(m_nodes.size());
        m_nodes.append(node);
        m_nodes[0].children.append(organIndex);
        for (const Department& dept : ref.departments) {
            if (dept.organId != organ.id)
                continue;
            Node child;
            child.kind = Kind::Department;
            child.id = dept.id;
            child.name = dept.nameJa;
            child.count = counts.value(dept.id);
            child.parent = organIndex;
            m_nodes[organIndex].count += child.count;
            m_nodes[organIndex].children.append(int(m_nodes.size()));
            m_nodes.append(child);
        }
        total += m_nodes[organIndex].count;
    }
    m_nodes[0].count = total;
    endResetModel();
}

void OrganisationTreeModel::retranslate() {
    const QModelIndex all = allIndex();
    emit dataChanged(all, all);
}

int OrganisationTreeModel::rowInParent(int node) const {
    const int parentNode = m_nodes[node].parent;
    return parentNode < 0 ? 0 : int(m_nodes[parentNode].children.indexOf(node));
}

QModelIndex OrganisationTreeModel::allIndex() const {
    return createIndex(0, 0, quintptr(0));
}

QModelIndex OrganisationTreeModel::indexOf(Kind kind, qint64 id) const {
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == kind && (kind == Kind::All || m_nodes[i].id == id))
            return createIndex(rowInParent(i), 0, quintptr(i));
    }
    return {};
}

QModelIndex OrganisationTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 ? allIndex() : QModelIndex();
    const Node& node = m_nodes[int(parent.internalId())];
    if (row >= node.children.size())
        return {};
    return createIndex(row, 0, quintptr(node.children[row]));
}

QModelIndex OrganisationTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[int(child.internalId())].parent;
    if (parentNode < 0)
        return {};
    return createIndex(rowInParent(parentNode), 0, quintptr(parentNode));
}

int OrganisationTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int OrganisationTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant OrganisationTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = node.kind == Kind::All ? tr("All departments") : node.name;
        return QStringLiteral("%1 (%2)").arg(name).arg(node.count);
    }
    case KindRole:
        return int(node.kind);
    case IdRole:
        return node.id;
    default:
        return {};
    }
}

} // namespace assetreg
