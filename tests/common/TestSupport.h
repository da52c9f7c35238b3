#pragma once

#include "domain/Asset.h"
#include "storage/AccessControl.h"
#include "storage/ConnectionSettings.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

// Shared test fixtures: a fresh register on the back end the test run is for (the
// ASSETREG_TEST_BACKEND environment variable set by CTest), and a small organisation in it.
namespace assetreg::test {

Backend backendUnderTest();
QString backendName();

// The admin connection string of the throwaway PostgreSQL cluster (fails the test if absent).
QString pgAdminConnInfo();

// A new, empty, migrated register. On PostgreSQL a new database that is dropped afterwards.
class TempRegister {
public:
    explicit TempRegister(Backend backend = backendUnderTest());
    ~TempRegister();

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    Database& db() { return *m_db; }
    const ConnectionSettings& settings() const { return m_settings; }
    // Arguments selecting this register for assetreg-cli: {"--db", path} or {"--pg", conninfo}.
    QStringList cliArguments() const;
    // A second, independent connection to the same register (another user, another process).
    std::unique_ptr<Database> openAnother() const;
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    ConnectionSettings m_settings;
    QString m_pgDatabase;
    QString m_pgConnInfo;
    std::unique_ptr<Database> m_db;
    bool m_valid = false;
    QString m_error;
};

struct Organisation {
    qint64 organId = 0;
    qint64 deptA = 0; // code "SOM" 総務課
    qint64 deptB = 0; // code "SHIMIN" 市民課
    qint64 ownerA = 0;
    qint64 ownerB = 0;
};

// An organ, two departments, two owners.
Organisation seedOrganisation(Database& db);

// Registers this login as administrator and `login` in `role` (set-up mode ends); false, with a
// warning naming the reason, when either is refused.
bool registerAdminAnd(Database& db, const QString& login, Role role, qint64 departmentId = 0);

// A valid information asset of department A (not yet saved).
Asset makeAsset(const Organisation& org, const QString& number, const QString& name);

QByteArray fileBytes(const QString& path);

// The text of a PDF as `pdftotext -layout` gives it (pages separated by form feeds); empty when
// pdftotext fails.
QString pdfLayoutText(const QString& path);

} // namespace assetreg::test
