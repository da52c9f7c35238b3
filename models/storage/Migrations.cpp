#include "Migrations.h"

#include "AssetRepository.h"
#include "AuditLog.h"
#include "AuditStateCheck.h"
#include "Database.h"
#include "domain/AssetFields.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace assetreg {
namespace {

QList<Migration> loadMigrations() {
    QList<Migration> result;
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = namePattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return result;
}

// Version 2 introduced the audit log. Assets that existed before get one "baseline" entry
// recording their state as found, so that the chain covers every asset from then on.
bool baselineExistingAssets(Database& db) {
    AssetRepository assets(db);
    AuditLog audit(db);
    AssetQuery all;
    const QList<Asset> existing = assets.list(all);
    if (db.lastError().isError())
        return false;
    for (const Asset& asset : existing) {
        if (!audit.append(QStringLiteral("baseline"), QStringLiteral("asset"), asset.id,
                          asset.assetNumber, asset.version,
                          initialValues(asset, assets.reference()),
                          QStringLiteral("audit log started; state as found")))
            return false;
    }
    return true;
}

// Version 3 added the search column; existing assets get theirs (no new version: derived data).
bool fillSearchText(Database& db) {
    AssetRepository assets(db);
    AssetQuery all;
    all.withRelations = false;
    const QList<Asset> existing = assets.list(all);
    if (db.lastError().isError())
        return false;
    QSqlQuery update = db.query();
    update.prepare(QStringLiteral("UPDATE assets SET search_text = ? WHERE id = ?"));
    for (const Asset& asset : existing) {
        update.addBindValue(asset.searchText());
        update.addBindValue(asset.id);
        if (!db.run(update, Database::tr("Updating the register to schema version %1").arg(3)))
            return false;
    }
    return true;
}

} // namespace

const QList<Migration>& Migrations::all() {
    static const QList<Migration> migrations = loadMigrations();
    return migrations;
}

int Migrations::latestVersion() {
    return all().isEmpty() ? 0 : all().last().version;
}

bool Migrations::runCodeStep(Database& db, int version) {
    switch (version) {
    case 2:
        return baselineExistingAssets(db);
    case 3:
        return fillSearchText(db);
    case 9:
        return AuditStateCheck::baselineUnrecordedRows(db);
    default:
        return true;
    }
}

} // namespace assetreg
