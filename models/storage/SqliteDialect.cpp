#include "SqlDialect.h"

namespace assetreg {
namespace {

class SqliteDialect final : public SqlDialect {
public:
    Backend backend() const override { return Backend::SQLite; }
    QString qtDriver() const override { return QStringLiteral("QSQLITE"); }

    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QStringList lockAuditChain() const override { return {}; }

    QString tableExistsQuery() const override {
        return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    }
    QString listTablesQuery() const override {
        // The search index (a virtual table and its shadow tables) is derived data.
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'asset_search%' "
                              "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
    }
    QString substringMatch(const QString& folded, QVariantList* values) const override {
        // The trigram index answers three characters or more; shorter queries scan the one
        // folded column, with instr (a plain byte search, faster than LIKE).
        if (folded.size() < 3) {
            values->append(folded);
            return QStringLiteral("instr(a.search_text, ?) > 0");
        }
        QString phrase = folded;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        values->append(QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
        return QStringLiteral(
            "a.id IN (SELECT rowid FROM asset_search WHERE asset_search MATCH ?)");
    }

    QString unindexedPrefix() const override { return QStringLiteral("+"); }

    QStringList indexNewAssets() const override {
        return {QStringLiteral("INSERT INTO asset_search (rowid, search_text) "
                               "SELECT id, search_text FROM assets WHERE id >= ?")};
    }
    QStringList rebuildSearchIndex() const override {
        return {QStringLiteral("INSERT INTO asset_search (asset_search) VALUES ('rebuild')")};
    }

    QStringList resetIdentity(const QString&) const override {
        return {}; // INTEGER PRIMARY KEY continues after the largest rowid by itself
    }

protected:
    QString token(const QString& name) const override {
        if (name == QLatin1String("ID"))
            return QStringLiteral("INTEGER PRIMARY KEY");
        return QString();
    }
    QString sectionName() const override { return QStringLiteral("sqlite"); }
};

} // namespace

std::unique_ptr<SqlDialect> createSqliteDialect() {
    return std::make_unique<SqliteDialect>();
}

} // namespace assetreg
