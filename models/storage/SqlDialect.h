#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

// Everything SQL that differs between SQLite and PostgreSQL, one subclass per back end
// (SqliteDialect.cpp, PostgresDialect.cpp). The rest of the storage layer writes portable SQL
// and asks the dialect for the rest.
namespace assetreg {

class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    virtual Backend backend() const = 0;
    virtual QString qtDriver() const = 0;

    // Expands {{TOKENS}} and keeps only this back end's "-- @sqlite" / "-- @postgres" sections,
    // then splits the script into statements (';' at end of line, outside $$ bodies).
    QStringList prepareScript(const QString& script) const;

    // Starts a transaction that will write: SQLite takes the write lock up front so that two
    // writers never deadlock upgrading from a read lock.
    virtual QString beginWriteTransaction() const = 0;
    // Serialises writers of the audit chain for the rest of the transaction (nothing on SQLite,
    // where the write transaction already does).
    virtual QStringList lockAuditChain() const = 0;

    // A query with one bound value (the table name) returning a row if the table exists.
    virtual QString tableExistsQuery() const = 0;
    // Lists the user tables of the register's schema, one name per row.
    virtual QString listTablesQuery() const = 0;
    // A condition finding assets whose search_text contains `folded` (already foldSearch()ed),
    // appending its bound values. The base matches with LIKE; back ends with an index do better.
    virtual QString substringMatch(const QString& folded, QVariantList* values) const;

    // Statements (one bound value: the first new id) that put assets inserted since then into
    // the search index; and statements that rebuild the index from scratch (after a restore).
    virtual QStringList indexNewAssets() const { return {}; }
    virtual QStringList rebuildSearchIndex() const { return {}; }

    // Said at the start of a restore's transaction: the one time the audit log may be replaced.
    virtual QStringList beginRestore() const { return {}; }

    // Put before a column in ORDER BY to stop the planner from walking its index (SQLite's
    // unary plus); empty where the planner needs no such hint.
    virtual QString unindexedPrefix() const { return {}; }

    // After rows were inserted with explicit ids: make new ids continue after the largest.
    virtual QStringList resetIdentity(const QString& table) const = 0;

    static std::unique_ptr<SqlDialect> create(Backend backend);

protected:
    virtual QString token(const QString& name) const = 0;
    virtual QString sectionName() const = 0;
};

} // namespace assetreg
