#pragma once

#include <QCoreApplication>

#include "StorageError.h"
#include "domain/MasterData.h"

// Reads and writes the master data: organs, departments, sections, people, and the reference
// data (asset types, schemes, restrictions) as one ReferenceData snapshot.
namespace assetreg {

class Database;

class MasterDataRepository {
    Q_DECLARE_TR_FUNCTIONS(assetreg::MasterDataRepository)

public:
    explicit MasterDataRepository(Database& db);

    // The whole snapshot; empty lists and lastError() set on failure.
    ReferenceData load();

    bool addOrgan(Organ& organ);
    bool addDepartment(Department& department);
    bool addSection(Section& section);
    bool addPerson(Person& person);

    QString setting(const QString& key, const QString& fallback = QString());
    bool setSetting(const QString& key, const QString& value);

    const StorageError& lastError() const;

private:
    qint64 insertReturningId(const QString& sql, const QVariantList& values,
                             const QString& context);
    Database& m_db;
};

} // namespace assetreg
