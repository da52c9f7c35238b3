#pragma once

#include "domain/Risk.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

// The risk register as a table: every assessed risk with its computed possibility, value and
// band, the treatment and whether it is overdue. Sorting uses numbers, not display text.
namespace assetreg {

class RiskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AssetNumberColumn,
        AssetNameColumn,
        DepartmentColumn,
        ThreatColumn,
        ImportanceColumn,
        LikelihoodColumn,
        VulnerabilityColumn,
        PossibilityColumn,
        ValueColumn,
        BandColumn,
        TreatmentColumn,
        OwnerColumn,
        DueColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and ISO dates, for sorting
        AssetIdRole,
        DepartmentIdRole,
        BandCodeRole,
        OverdueRole,
    };

    explicit RiskTableModel(QObject* parent = nullptr);

    void setRisks(const QList<RiskAssessment>& risks, const RiskCatalogue& catalogue,
                  const QDate& today);
    const RiskAssessment& risk(int row) const { return m_risks.at(row); }
    const RiskCatalogue& catalogue() const { return m_catalogue; }
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RiskAssessment> m_risks;
    RiskCatalogue m_catalogue;
    QDate m_today;
};

// Narrows the risk register: a department, a band, overdue treatments only, and text found in
// the asset number, asset name, threat or plan.
class RiskFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RiskFilterModel(QObject* parent = nullptr);

    void setDepartment(qint64 departmentId); // 0: all
    void setBand(const QString& bandCode);   // empty: all
    void setOverdueOnly(bool on);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    qint64 m_department = 0;
    QString m_band;
    bool m_overdueOnly = false;
    QString m_text;
};

} // namespace assetreg
