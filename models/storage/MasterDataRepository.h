#pragma once

#include <QCoreApplication>

#include "StorageError.h"
#include "domain/MasterData.h"

// Reads and writes the master data: organs, departments, sections, people, and the reference
// data (asset types, schemes, restrictions) as one ReferenceData snapshot.
namespace assetreg {

class Database;

// The register-wide settings an administrator changes (DOMAIN.md section 6).
struct RegisterSettings {
    static constexpr int kMinReviewMonths = 1;
    static constexpr int kMaxReviewMonths = 60;
    static constexpr int kMaxOrganisationName = 100;

    QString organisationName;         // printed on registers and reports
    int reviewPeriodMonths = 12;      // annual re-review: due this long after the last approval
    bool sectionHeadApproval = false; // a section head approves before the officer

    bool operator==(const RegisterSettings&) const = default;
};

class MasterDataRepository {
    Q_DECLARE_TR_FUNCTIONS(assetreg::MasterDataRepository)

public:
    explicit MasterDataRepository(Database& db);

    // The whole snapshot; empty lists and lastError() set on failure.
    ReferenceData load();

    // Administrators (or set-up mode) only, like every write of master data.
    bool addOrgan(Organ& organ);
    bool addDepartment(Department& department);
    bool addSection(Section& section);
    bool addPerson(Person& person);
    // Administrators (or set-up mode): adds a department (id 0) or changes the names, organ, order
    // and active flag of an existing one; its code, which asset numbers are made from, stays.
    // One message per field; a department with assets in use cannot be made inactive. Audited.
    bool saveDepartment(Department& department);
    // The same for organs, departments and sections: a section cannot be made inactive while
    // assets in use name it; organs are always active.
    bool saveUnit(OrgUnit& unit);

    // Administrators (or set-up mode): adds a level to a classification scheme (level.id 0) or
    // changes an existing level's labels, definitions and default restrictions. Axis, code and
    // rank stay once created: assets, the consistency rules and row security refer to them.
    // Default restrictions must be restriction codes of the level's axis. One message per field;
    // one audited change in one transaction.
    bool saveLevel(qint64 schemeId, ClassificationLevel& level);

    QString setting(const QString& key, const QString& fallback = QString());
    bool setSetting(const QString& key, const QString& value);

    RegisterSettings registerSettings();
    // The re-review period in months (12 when unset or invalid) and whether a section head
    // approves before the officer: the two settings the workflow and the rules read.
    int reviewPeriodMonths();
    bool sectionHeadApproval();
    // Validates (one message per field), needs the administrator role (or set-up mode), and
    // saves every changed setting with one audit entry in one transaction.
    bool saveRegisterSettings(const RegisterSettings& settings);

    const StorageError& lastError() const;

private:
    enum class UnitMessage { Saving, Gone, NoCode, CodeTaken, NoName, NoParent };
    static QString unitMessage(OrgLevel level, UnitMessage message);
    qint64 insertReturningId(const QString& sql, const QVariantList& values,
                             const QString& context);
    bool writeSetting(const QString& key, const QString& value); // unaudited: callers record it
    bool recordCreated(const QString& table, const QString& entity, qint64 id, const QString& key);
    Database& m_db;
};

} // namespace assetreg
