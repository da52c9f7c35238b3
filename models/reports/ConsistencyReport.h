#pragma once

#include "domain/Asset.h"
#include "rules/ConsistencyRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

// The consistency rules run over the whole register at once, for the officer's report by
// department, the CLI's `check` and printing. Dependencies are read in bulk, not per asset.
namespace assetreg {

class Database;

struct ConsistencyItem {
    qint64 assetId = 0;
    QString assetNumber;
    QString assetName;
    QString departmentName;
    RuleFinding finding;
};

struct ConsistencyReport {
    Q_DECLARE_TR_FUNCTIONS(assetreg::ConsistencyReport)

public:
    QList<ConsistencyItem> items; // by department, then asset number, then rule
    int assetsChecked = 0;
    int errors() const;
    int warnings() const;

    // False with db.lastError() set when the register cannot be read.
    static bool run(Database& db, const QDate& today, ConsistencyReport* report);
};

} // namespace assetreg
