#pragma once

#include "domain/Risk.h"

#include <QDate>
#include <QList>
#include <QString>

// The numbers of the risk dashboard and the committee's risk summary, computed from the register
// (in-use assets only) so that views, reports and the CLI only display them.
namespace assetreg {

class Database;

// Risks by department: how many fall in each band (in RiskCatalogue::bands order).
struct DepartmentRisk {
    qint64 departmentId = 0;
    QString name;
    QList<int> perBand;
    int total = 0;
    int highest = 0;        // the highest risk value
    int openTreatments = 0; // decided, not done
    int overdueTreatments = 0;
};

// One month of the register's history, from the audit log.
struct MonthCount {
    QDate month;        // the first day of the month
    qint64 inUse = 0;   // assets in use at the end of the month
    qint64 added = 0;   // registered during the month
    qint64 removed = 0; // retired or disposed during the month
    qint64 changes = 0; // every audited change to assets during the month
};

struct RiskStatistics {
    QList<RiskBand> bands;
    qint64 assetsInUse = 0;
    qint64 assessedAssets = 0;
    qint64 risks = 0;
    QList<int> risksPerBand; // in `bands` order
    qint64 overdueTreatments = 0;
    qint64 openTreatments = 0;
    // heat[importance - 1][possibility - 1]: how many risks fall in each cell.
    int heat[3][3] = {};
    QList<DepartmentRisk> byDepartment;  // highest first
    QList<RiskAssessment> top;           // the highest risks, at most `topCount`
    QList<RiskAssessment> treatmentsDue; // open treatments with a due date, soonest first
    QList<MonthCount> history;           // the last `months` months, oldest first

    // The band a risk value falls in (as RiskCatalogue::band); nullptr outside every band.
    const RiskBand* band(int value) const;
    // Risks in a band that must be treated: the headline "high risks" of the dashboard.
    qint64 risksToTreat() const;

    // The in-use assets that have a risk in the cell (for "click a cell to filter the register").
    static QList<qint64> assetsInCell(const QList<RiskAssessment>& risks, int importance,
                                      int possibility);

    // Fills from the register; false with db.lastError() set on failure.
    static bool compute(Database& db, RiskStatistics* out, const QDate& today, int topCount = 20,
                        int months = 12);
};

} // namespace assetreg
