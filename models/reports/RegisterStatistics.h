#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

// Counts over the whole register (by category, segment, level, status, review, department),
// computed in the database. Views and the CLI only display them. The register's summary counts
// every asset ever registered; the dashboard counts only the assets in use.
namespace assetreg {

class Database;

struct CountRow {
    QString key;   // stable key or code
    QString label; // for people
    qint64 count = 0;
};

struct RegisterStatistics {
    qint64 total = 0;
    qint64 inUse = 0;
    qint64 reviewOverdue = 0; // in use, no approved review within the review period
    int reviewPeriodMonths = 12;
    QList<CountRow> byCategory;
    QList<CountRow> bySegment;
    QList<CountRow> byConfidentiality;
    QList<CountRow> byIntegrity;
    QList<CountRow> byAvailability;
    QList<CountRow> byPersonalInfo;
    QList<CountRow> byStatus;
    QList<CountRow> byReviewState;
    QList<CountRow> byDepartment;
    qint64 dependencies = 0;
    qint64 auditEntries = 0;

    // Fills from the register; false with db.lastError() set on failure. With `inUseOnly` every
    // count leaves out retired and disposed assets (total then equals inUse); departments without
    // an asset in use stay listed with zero.
    static bool compute(Database& db, RegisterStatistics* out, const QDate& today,
                        bool inUseOnly = false);
};

} // namespace assetreg
