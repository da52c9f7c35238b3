#pragma once

#include <QCoreApplication>

#include "domain/AssetFields.h"

#include <QHash>
#include <QSet>
#include <QString>

// The second half of verify: the audit chain proves that no entry was changed, inserted or
// removed; this proves that the register's tables say what the entries say. It rebuilds, from
// the log's field changes, the state of every asset (with its restrictions and dependencies),
// user, master-data row, setting and risk, and compares it with the rows as they are. A row
// changed with the sqlite3 shell or plain SQL without going through the application (and so
// without an entry) shows up here, named, even when its version was left alone.
namespace assetreg {

class Database;

class AuditStateCheck {
    Q_DECLARE_TR_FUNCTIONS(assetreg::AuditStateCheck)

public:
    explicit AuditStateCheck(Database& db);

    // Empty when every table agrees with the log; otherwise the first difference, in the
    // user's language. Only what this login can read is compared (row security on PostgreSQL).
    QString firstDifference();

    // Every column of one row, as the field changes of a "create" or "baseline" entry (the
    // column names are the field keys; NULL reads as empty).
    static QList<FieldChange> rowFields(Database& db, const QString& table, qint64 id);
    // Appends a "baseline" entry for every row of the audited master-data tables, users and
    // risks that has no entry yet (schema version 9), so that the log covers them from then on.
    static bool baselineUnrecordedRows(Database& db);

    // Audit entity → table, for the generic row comparison.
    struct AuditedTable {
        const char* entity;
        const char* table;
    };
    static const QList<AuditedTable>& auditedTables();

private:
    QString checkAssets();
    QString checkRows(const AuditedTable& audited);
    QString checkSettings();
    void collectNames();
    // A difference found: stops the check (returns true) with it as the first, or, when
    // collecting for a baseline, notes the row and goes on.
    bool report(qint64 id, const QString& message);

    Database& m_db;
    QList<qint64>* m_collect = nullptr;
    QString m_first;
    // Every name a section or person was ever recorded with: an asset's entry names them as
    // they were then, and renaming them is not a change of the asset.
    QHash<QString, QSet<QString>> m_sectionNames; // keyed by id as text
    QHash<QString, QSet<QString>> m_personNames;
};

} // namespace assetreg
