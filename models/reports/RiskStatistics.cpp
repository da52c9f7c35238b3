#include "RiskStatistics.h"

#include "storage/Database.h"
#include "storage/RiskRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace assetreg {

const RiskBand* RiskStatistics::band(int value) const {
    for (const RiskBand& b : bands)
        if (value >= b.minValue && value <= b.maxValue)
            return &b;
    return nullptr;
}

qint64 RiskStatistics::risksToTreat() const {
    qint64 n = 0;
    for (qsizetype i = 0; i < bands.size() && i < risksPerBand.size(); ++i)
        if (bands[i].mustTreat)
            n += risksPerBand[i];
    return n;
}

QList<qint64> RiskStatistics::assetsInCell(const QList<RiskAssessment>& risks, int importance,
                                           int possibility) {
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const RiskAssessment& r : risks)
        if (r.importance == importance && r.possibility() == possibility &&
            !seen.contains(r.assetId)) {
            seen.insert(r.assetId);
            ids.append(r.assetId);
        }
    return ids;
}

bool RiskStatistics::compute(Database& db, RiskStatistics* out, const QDate& today, int topCount,
                             int months) {
    const QString context = QCoreApplication::translate("RiskStatistics", "Counting the risks");
    // The checks below read lastError(); one left over from earlier work is not this one's.
    db.clearError();
    RiskRepository repo(db);
    const RiskCatalogue cat = repo.catalogue();
    if (db.lastError().isError() && cat.threats.isEmpty())
        return false;
    RiskStatistics s;
    s.bands = cat.bands;
    s.risksPerBand = QList<int>(cat.bands.size(), 0);
    const QList<RiskAssessment> risks = repo.list();
    if (db.lastError().isError() && risks.isEmpty())
        return false;

    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM assets WHERE status = 'in_use'")) ||
        !q.next()) {
        db.setSqlError(q, context);
        return false;
    }
    s.assetsInUse = q.value(0).toLongLong();

    QHash<qint64, qsizetype> departmentIndex;
    QSet<qint64> assessed;
    for (const RiskAssessment& r : risks) {
        ++s.risks;
        assessed.insert(r.assetId);
        const int value = r.value();
        qsizetype band = -1;
        for (qsizetype i = 0; i < cat.bands.size(); ++i)
            if (value >= cat.bands[i].minValue && value <= cat.bands[i].maxValue)
                band = i;
        if (band >= 0)
            ++s.risksPerBand[band];
        if (r.importance >= 1 && r.importance <= 3 && r.possibility() >= 1)
            ++s.heat[r.importance - 1][r.possibility() - 1];
        const bool open = r.treatment != Treatment::None && r.treatment != Treatment::Accept &&
                          !r.treatmentDone.isValid();
        const bool overdue = r.overdue(today);
        s.openTreatments += open;
        s.overdueTreatments += overdue;
        if (open && r.treatmentDue.isValid())
            s.treatmentsDue.append(r);

        auto it = departmentIndex.find(r.departmentId);
        if (it == departmentIndex.end()) {
            it = departmentIndex.insert(r.departmentId, s.byDepartment.size());
            DepartmentRisk d;
            d.departmentId = r.departmentId;
            d.name = r.departmentName;
            d.perBand = QList<int>(cat.bands.size(), 0);
            s.byDepartment.append(d);
        }
        DepartmentRisk& d = s.byDepartment[*it];
        ++d.total;
        if (band >= 0)
            ++d.perBand[band];
        d.highest = std::max(d.highest, value);
        d.openTreatments += open;
        d.overdueTreatments += overdue;
    }
    s.assessedAssets = assessed.size();
    // Highest risk first, then the most high-band risks, then the name.
    std::sort(s.byDepartment.begin(), s.byDepartment.end(),
              [](const DepartmentRisk& a, const DepartmentRisk& b) {
                  if (a.highest != b.highest)
                      return a.highest > b.highest;
                  const int highA = a.perBand.isEmpty() ? 0 : a.perBand.last();
                  const int highB = b.perBand.isEmpty() ? 0 : b.perBand.last();
                  if (highA != highB)
                      return highA > highB;
                  return a.name < b.name;
              });
    s.top = risks.mid(0, topCount); // list() is highest first
    std::stable_sort(s.treatmentsDue.begin(), s.treatmentsDue.end(),
                     [](const RiskAssessment& a, const RiskAssessment& b) {
                         return a.treatmentDue < b.treatmentDue;
                     });

    // History: registrations, retirements and disposals per month from the audit log, and the
    // number in use at each month's end counted back from today's.
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(months - 1));
    QHash<QString, qsizetype> monthIndex;
    for (int i = 0; i < months; ++i) {
        const QDate m = first.addMonths(i);
        monthIndex.insert(m.toString(QStringLiteral("yyyy-MM")), s.history.size());
        s.history.append({m, 0, 0, 0, 0});
    }
    q.prepare(QStringLiteral("SELECT substr(occurred_at, 1, 7), action, COUNT(*) FROM audit_log "
                             "WHERE entity = 'asset' AND occurred_at >= ? "
                             "GROUP BY substr(occurred_at, 1, 7), action"));
    q.addBindValue(first.toString(Qt::ISODate));
    if (!db.run(q, context))
        return false;
    while (q.next()) {
        const qsizetype index = monthIndex.value(q.value(0).toString(), -1);
        if (index < 0)
            continue;
        const QString action = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        MonthCount& m = s.history[index];
        m.changes += n;
        if (action == QLatin1String("create"))
            m.added += n;
        else if (action == QLatin1String("retire") || action == QLatin1String("dispose"))
            m.removed += n;
    }
    qint64 inUse = s.assetsInUse;
    for (qsizetype i = s.history.size() - 1; i >= 0; --i) {
        s.history[i].inUse = inUse;
        inUse = std::max<qint64>(0, inUse - s.history[i].added + s.history[i].removed);
    }
    *out = s;
    return true;
}

} // namespace assetreg
