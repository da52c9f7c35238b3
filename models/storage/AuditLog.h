#pragma once

#include <QCoreApplication>

#include "domain/AssetFields.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QSqlQuery;

// The register's tamper-evident history. Every change appends an entry in the same transaction
// as the change itself; entries are chained with SHA-256 so that editing, inserting or removing
// one afterwards is detected by verify().
namespace assetreg {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime occurredAt;
    QString actor;
    QString action; // create, update, retire, dispose, baseline, restore
    QString entity; // "asset", "register", ...
    qint64 entityId = 0;
    QString entityKey; // the asset number at the time
    int version = 0;   // the entity's version after this change
    QString comment;
    QList<FieldChange> changes;
    QString payload; // the stored JSON, exactly as hashed
    QString prevHash;
    QString hash;
};

struct AuditVerification {
    bool ok = true;
    qint64 entriesChecked = 0;
    qint64 firstBrokenId = 0; // 0 when ok or when the problem is not one entry
    QString message;          // in the user's language
    QString lastHash;         // head of the chain, for printed evidence
};

// Which entries of the whole log to show; empty members mean "all".
struct AuditFilter {
    QString actor;
    QDate from;              // inclusive, UTC dates
    QDate to;                // inclusive
    qint64 departmentId = 0; // the asset's current department
    QString action;
    QString entityKey; // asset number, exactly
    int limit = 2000;
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(assetreg::AuditLog)

public:
    explicit AuditLog(Database& db);
    ~AuditLog();

    static constexpr const char* kGenesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    // Must be called inside the caller's write transaction. On SQLite the chain's head is read
    // at the first append of the transaction and kept by the Database for every AuditLog in it;
    // on PostgreSQL the server appends the entry (assetreg_audit_append) and fixes its actor.
    bool append(const QString& action, const QString& entity, qint64 entityId,
                const QString& entityKey, int version, const QList<FieldChange>& changes,
                const QString& comment = QString());

    QList<AuditEntry> entriesFor(const QString& entity, qint64 entityId);
    QList<AuditEntry> latest(int limit);
    // Newest first.
    QList<AuditEntry> search(const AuditFilter& filter);
    QStringList actors();
    // The newest entry's id and hash: printed on registers as evidence of the state they show.
    std::pair<qint64, QString> head();
    qint64 count();

    AuditVerification verify();

    static QString computeHash(const AuditEntry& entry);

    // PostgreSQL at schema 9 or later: entries are appended by the server's
    // assetreg_audit_append(), never inserted by the application.
    static bool serverAppendsEntries(Database& db);

private:
    static AuditEntry entryFromQuery(const QSqlQuery& q);
    AuditVerification verifyChain();
    AuditVerification verifyChainOnServer();
    Database& m_db;
    bool m_prepared = false;
    bool m_serverSide = false;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace assetreg
