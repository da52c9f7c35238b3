#include "RegisterStatistics.h"

#include "domain/Enums.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace assetreg {
namespace {

template <typename E> QString labelFor(const QString& key) {
    const auto value = parseEnum<E>(key);
    return value ? displayName(*value) : key;
}

bool groupCount(Database& db, const QString& sql, QList<CountRow>* rows,
                QString (*label)(const QString&)) {
    QSqlQuery q = db.query();
    if (!q.exec(sql)) {
        db.setSqlError(q,
                       QCoreApplication::translate("RegisterStatistics", "Counting the register"));
        return false;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        rows->append({key, label ? label(key) : q.value(2).toString(), q.value(1).toLongLong()});
    }
    return true;
}

QString categoryLabel(const QString& key) {
    return displayName(AssetCategory(key.toInt()));
}

} // namespace

bool RegisterStatistics::compute(Database& db, RegisterStatistics* out, const QDate& today,
                                 bool inUseOnly) {
    RegisterStatistics s;
    MasterDataRepository master(db);
    s.reviewPeriodMonths = master.reviewPeriodMonths();
    const QString cutoff = today.addMonths(-s.reviewPeriodMonths).toString(Qt::ISODate);

    QSqlQuery q = db.query();
    q.prepare(
        QStringLiteral(
            "SELECT COUNT(*), "
            "SUM(CASE WHEN status = 'in_use' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN status = 'in_use' AND ((last_reviewed_on IS NULL AND created_at < ?) "
            "OR last_reviewed_on < ?) THEN 1 ELSE 0 END) FROM assets") +
        (inUseOnly ? QStringLiteral(" WHERE status = 'in_use'") : QString()));
    q.addBindValue(cutoff);
    q.addBindValue(cutoff);
    if (!db.run(q, QCoreApplication::translate("RegisterStatistics", "Counting the register")) ||
        !q.next())
        return false;
    s.total = q.value(0).toLongLong();
    s.inUse = q.value(1).toLongLong();
    s.reviewOverdue = q.value(2).toLongLong();

    // The filter is a fixed literal, never user input.
    const QString where = inUseOnly ? QStringLiteral(" WHERE status = 'in_use'") : QString();
    const QString levelCount =
        QStringLiteral(
            "SELECT l.code, COUNT(*), MAX(l.label_ja) FROM assets a JOIN classification_levels l "
            "ON l.id = a.%1") +
        (inUseOnly ? QStringLiteral(" WHERE a.status = 'in_use'") : QString()) +
        QStringLiteral(" GROUP BY l.code, l.rank ORDER BY l.rank DESC");
    bool ok =
        groupCount(db,
                   QStringLiteral("SELECT category, COUNT(*) FROM assets%1 GROUP BY category "
                                  "ORDER BY category")
                       .arg(where),
                   &s.byCategory, categoryLabel) &&
        groupCount(db,
                   QStringLiteral("SELECT segment, COUNT(*) FROM assets%1 GROUP BY segment "
                                  "ORDER BY segment")
                       .arg(where),
                   &s.bySegment, labelFor<Segment>) &&
        groupCount(db, levelCount.arg(QStringLiteral("conf_level_id")), &s.byConfidentiality,
                   nullptr) &&
        groupCount(db, levelCount.arg(QStringLiteral("integ_level_id")), &s.byIntegrity, nullptr) &&
        groupCount(db, levelCount.arg(QStringLiteral("avail_level_id")), &s.byAvailability,
                   nullptr) &&
        groupCount(db,
                   QStringLiteral("SELECT personal_info, COUNT(*) FROM assets%1 "
                                  "GROUP BY personal_info ORDER BY personal_info")
                       .arg(where),
                   &s.byPersonalInfo, labelFor<PersonalInfo>) &&
        groupCount(db,
                   QStringLiteral("SELECT status, COUNT(*) FROM assets%1 GROUP BY status "
                                  "ORDER BY status")
                       .arg(where),
                   &s.byStatus, labelFor<AssetStatus>) &&
        groupCount(db,
                   QStringLiteral("SELECT review_state, COUNT(*) FROM assets%1 "
                                  "GROUP BY review_state ORDER BY review_state")
                       .arg(where),
                   &s.byReviewState, labelFor<ReviewState>) &&
        groupCount(db,
                   QStringLiteral("SELECT d.code, COUNT(a.id), d.name_ja FROM departments d "
                                  "LEFT JOIN assets a ON a.department_id = d.id%1 "
                                  "GROUP BY d.id, d.code, d.name_ja, d.sort_order "
                                  "ORDER BY d.sort_order, d.id")
                       .arg(inUseOnly ? QStringLiteral(" AND a.status = 'in_use'") : QString()),
                   &s.byDepartment, nullptr);
    if (!ok)
        return false;
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM asset_dependencies")) && q.next())
        s.dependencies = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next())
        s.auditEntries = q.value(0).toLongLong();
    *out = s;
    return true;
}

} // namespace assetreg
