#pragma once

#include <QList>
#include <QString>

// The register's schema history: versioned, forward-only SQL scripts (resources/migrations)
// plus, where data must be transformed in code, a step that runs in the same transaction.
namespace assetreg {

class Database;

struct Migration {
    int version = 0;
    QString name;
    QString script;
};

namespace Migrations {
const QList<Migration>& all();
int latestVersion();
// The data step of `version`. All steps of an update run after all its scripts, in the same
// transaction, so a step sees the final schema and may use the current repositories.
bool runCodeStep(Database& db, int version);
} // namespace Migrations

} // namespace assetreg
