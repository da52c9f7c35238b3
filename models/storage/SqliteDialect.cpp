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
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name");
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
