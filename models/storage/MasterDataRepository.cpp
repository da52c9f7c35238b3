#include "MasterDataRepository.h"

#include "AccessControl.h"
#include "AuditLog.h"
#include "AuditStateCheck.h"
#include "Database.h"
#include "SqlValues.h"
#include "domain/Normalize.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace assetreg {
namespace {

Axis axisFromLetter(const QString& letter) {
    if (letter == QLatin1String("I"))
        return Axis::Integrity;
    if (letter == QLatin1String("A"))
        return Axis::Availability;
    return Axis::Confidentiality;
}

} // namespace

MasterDataRepository::MasterDataRepository(Database& db)
    : m_db(db) {
}

const StorageError& MasterDataRepository::lastError() const {
    return m_db.lastError();
}

ReferenceData MasterDataRepository::load() {
    ReferenceData ref;
    const QString context = tr("Reading the master data");
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);

    if (!q.exec(QStringLiteral("SELECT id, code, name_ja, name_en, sort_order FROM organs "
                               "ORDER BY sort_order, id"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next())
        ref.organs.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toInt()});

    if (!q.exec(QStringLiteral("SELECT id, organ_id, code, name_ja, name_en, sort_order, active "
                               "FROM departments ORDER BY sort_order, id"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next())
        ref.departments.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                q.value(5).toInt(), q.value(6).toBool()});

    if (!q.exec(QStringLiteral("SELECT id, department_id, code, name_ja, name_en, sort_order, "
                               "active FROM sections ORDER BY sort_order, id"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next())
        ref.sections.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                             q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                             q.value(5).toInt(), q.value(6).toBool()});

    if (!q.exec(QStringLiteral("SELECT id, login, name, title, department_id, section_id, email, "
                               "phone, active FROM people ORDER BY id"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next())
        ref.people.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                           q.value(6).toString(), q.value(7).toString(), q.value(8).toBool()});

    if (!q.exec(QStringLiteral("SELECT code, category, name_ja, name_en, sort_order FROM "
                               "asset_types ORDER BY sort_order, code"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next())
        ref.assetTypes.append({q.value(0).toString(), AssetCategory(q.value(1).toInt()),
                               q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()});

    if (!q.exec(QStringLiteral("SELECT id, code, name_ja, name_en, is_default FROM "
                               "classification_schemes ORDER BY id"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    QHash<qint64, int> schemeIndex;
    while (q.next()) {
        ClassificationScheme scheme;
        scheme.id = q.value(0).toLongLong();
        scheme.code = q.value(1).toString();
        scheme.nameJa = q.value(2).toString();
        scheme.nameEn = q.value(3).toString();
        scheme.isDefault = q.value(4).toBool();
        schemeIndex.insert(scheme.id, int(ref.schemes.size()));
        ref.schemes.append(scheme);
    }

    if (!q.exec(QStringLiteral("SELECT id, code, axis, label_ja, label_en, takes_parameter, "
                               "sort_order FROM handling_restrictions ORDER BY sort_order, id"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    QHash<qint64, QString> restrictionCode;
    while (q.next()) {
        HandlingRestriction r;
        r.id = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.axis = axisFromLetter(q.value(2).toString());
        r.labelJa = q.value(3).toString();
        r.labelEn = q.value(4).toString();
        r.takesParameter = q.value(5).toBool();
        r.sortOrder = q.value(6).toInt();
        restrictionCode.insert(r.id, r.code);
        ref.restrictions.append(r);
    }

    if (!q.exec(
            QStringLiteral("SELECT level_id, restriction_id FROM level_default_restrictions"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    QHash<qint64, QStringList> defaults;
    while (q.next())
        defaults[q.value(0).toLongLong()].append(restrictionCode.value(q.value(1).toLongLong()));

    if (!q.exec(QStringLiteral("SELECT id, scheme_id, axis, code, rank, label_ja, label_en, "
                               "definition_ja, definition_en FROM classification_levels "
                               "ORDER BY scheme_id, axis, rank DESC"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next()) {
        ClassificationLevel level;
        level.id = q.value(0).toLongLong();
        level.axis = axisFromLetter(q.value(2).toString());
        level.code = q.value(3).toString();
        level.rank = q.value(4).toInt();
        level.labelJa = q.value(5).toString();
        level.labelEn = q.value(6).toString();
        level.definitionJa = q.value(7).toString();
        level.definitionEn = q.value(8).toString();
        level.defaultRestrictions = defaults.value(level.id);
        const int index = schemeIndex.value(q.value(1).toLongLong(), -1);
        if (index >= 0)
            ref.schemes[index].levels.append(level);
    }
    return ref;
}

qint64 MasterDataRepository::insertReturningId(const QString& sql, const QVariantList& values,
                                               const QString& context) {
    QSqlQuery q = m_db.query();
    q.prepare(sql + QStringLiteral(" RETURNING id"));
    for (const QVariant& value : values)
        q.addBindValue(value.typeId() == QMetaType::QString ? Database::text(value.toString())
                                                            : value);
    if (!m_db.run(q, context) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool MasterDataRepository::addOrgan(Organ& organ) {
    if (!AccessControl(m_db).mayAdminister(tr("adding the organ %1").arg(organ.nameJa)))
        return false;
    Transaction tx(m_db);
    organ.id = insertReturningId(
        QStringLiteral("INSERT INTO organs (code, name_ja, name_en, sort_order) VALUES (?,?,?,?)"),
        {organ.code, organ.nameJa, organ.nameEn, organ.sortOrder},
        tr("Adding the organ %1").arg(organ.nameJa));
    return organ.id != 0 &&
           recordCreated(QStringLiteral("organs"), QStringLiteral("organ"), organ.id, organ.code) &&
           tx.commit();
}

bool MasterDataRepository::addDepartment(Department& d) {
    if (!AccessControl(m_db).mayAdminister(tr("adding the department %1").arg(d.nameJa)))
        return false;
    Transaction tx(m_db);
    d.id = insertReturningId(QStringLiteral("INSERT INTO departments (organ_id, code, name_ja, "
                                            "name_en, sort_order, active) VALUES (?,?,?,?,?,?)"),
                             {d.organId, d.code, d.nameJa, d.nameEn, d.sortOrder, int(d.active)},
                             tr("Adding the department %1").arg(d.nameJa));
    return d.id != 0 &&
           recordCreated(QStringLiteral("departments"), QStringLiteral("department"), d.id,
                         d.code) &&
           tx.commit();
}

bool MasterDataRepository::addSection(Section& s) {
    if (!AccessControl(m_db).mayAdminister(tr("adding the section %1").arg(s.nameJa)))
        return false;
    Transaction tx(m_db);
    s.id =
        insertReturningId(QStringLiteral("INSERT INTO sections (department_id, code, name_ja, "
                                         "name_en, sort_order, active) VALUES (?,?,?,?,?,?)"),
                          {s.departmentId, s.code, s.nameJa, s.nameEn, s.sortOrder, int(s.active)},
                          tr("Adding the section %1").arg(s.nameJa));
    return s.id != 0 &&
           recordCreated(QStringLiteral("sections"), QStringLiteral("section"), s.id, s.code) &&
           tx.commit();
}

bool MasterDataRepository::addPerson(Person& p) {
    if (!AccessControl(m_db).mayAdminister(tr("adding the person %1").arg(p.name)))
        return false;
    Transaction tx(m_db);
    p.id = insertReturningId(
        QStringLiteral("INSERT INTO people (login, name, title, department_id, section_id, email, "
                       "phone, active) VALUES (?,?,?,?,?,?,?,?)"),
        {p.login.isEmpty() ? QVariant() : QVariant(p.login), p.name, p.title,
         sql::nullableId(p.departmentId), sql::nullableId(p.sectionId), p.email, p.phone,
         int(p.active)},
        tr("Adding the person %1").arg(p.name));
    return p.id != 0 &&
           recordCreated(QStringLiteral("people"), QStringLiteral("person"), p.id,
                         p.login.isEmpty() ? p.name : p.login) &&
           tx.commit();
}

QString MasterDataRepository::setting(const QString& key, const QString& fallback) {
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool MasterDataRepository::setSetting(const QString& key, const QString& value) {
    Transaction tx(m_db);
    if (!writeSetting(key, value) ||
        !AuditLog(m_db).append(QStringLiteral("settings"), QStringLiteral("settings"), 0, QString(),
                               0, {{key, QString(), value}}))
        return false;
    return tx.commit();
}

bool MasterDataRepository::writeSetting(const QString& key, const QString& value) {
    Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"));
    q.addBindValue(value);
    q.addBindValue(key);
    if (!m_db.run(q, tr("Saving the setting %1").arg(key)))
        return false;
    if (q.numRowsAffected() == 0) {
        QSqlQuery insert = m_db.query();
        insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (!m_db.run(insert, tr("Saving the setting %1").arg(key)))
            return false;
    }
    return tx.commit();
}

// Every column of a row just added, as its "create" entry: the log then describes the row
// completely, and verify can compare the two.
bool MasterDataRepository::recordCreated(const QString& table, const QString& entity, qint64 id,
                                         const QString& key) {
    return AuditLog(m_db).append(QStringLiteral("create"), entity, id, key, 0,
                                 AuditStateCheck::rowFields(m_db, table, id));
}

namespace {
const QString kOrganisationKey = QStringLiteral("organisation_name");
const QString kReviewPeriodKey = QStringLiteral("review_period_months");
const QString kSectionHeadKey = QStringLiteral("section_head_approval");
} // namespace

RegisterSettings MasterDataRepository::registerSettings() {
    RegisterSettings s;
    s.organisationName = setting(kOrganisationKey);
    s.reviewPeriodMonths = reviewPeriodMonths();
    s.sectionHeadApproval = sectionHeadApproval();
    return s;
}

int MasterDataRepository::reviewPeriodMonths() {
    const int months = setting(kReviewPeriodKey).toInt();
    return months >= RegisterSettings::kMinReviewMonths ? months
                                                        : RegisterSettings{}.reviewPeriodMonths;
}

bool MasterDataRepository::sectionHeadApproval() {
    return setting(kSectionHeadKey) == QLatin1String("1");
}

bool MasterDataRepository::saveRegisterSettings(const RegisterSettings& wanted) {
    if (!AccessControl(m_db).mayAdminister(tr("changing the register settings")))
        return false;
    const QString organisation = wanted.organisationName.trimmed();
    StorageError invalid = StorageError::make(StorageError::Kind::Validation, QString());
    if (organisation.size() > RegisterSettings::kMaxOrganisationName)
        invalid.fieldErrors.append(
            {kOrganisationKey, tr("The organisation name is %1 characters long; at most %2 fit "
                                  "on printed registers.")
                                   .arg(organisation.size())
                                   .arg(RegisterSettings::kMaxOrganisationName)});
    if (wanted.reviewPeriodMonths < RegisterSettings::kMinReviewMonths ||
        wanted.reviewPeriodMonths > RegisterSettings::kMaxReviewMonths)
        invalid.fieldErrors.append(
            {kReviewPeriodKey, tr("The review period must be between %1 and %2 months.")
                                   .arg(RegisterSettings::kMinReviewMonths)
                                   .arg(RegisterSettings::kMaxReviewMonths)});
    if (m_db.refuseInvalid(invalid))
        return false;

    const RegisterSettings old = registerSettings();
    const auto flag = [](bool on) {
        return on ? QStringLiteral("1") : QStringLiteral("0");
    };
    QList<FieldChange> changes;
    if (old.organisationName != organisation)
        changes.append({kOrganisationKey, old.organisationName, organisation});
    if (old.reviewPeriodMonths != wanted.reviewPeriodMonths)
        changes.append({kReviewPeriodKey, QString::number(old.reviewPeriodMonths),
                        QString::number(wanted.reviewPeriodMonths)});
    if (old.sectionHeadApproval != wanted.sectionHeadApproval)
        changes.append(
            {kSectionHeadKey, flag(old.sectionHeadApproval), flag(wanted.sectionHeadApproval)});
    if (changes.isEmpty())
        return true;

    Transaction tx(m_db);
    for (const FieldChange& change : changes)
        if (!writeSetting(change.field, change.newValue))
            return false;
    AuditLog audit(m_db);
    if (!audit.append(QStringLiteral("settings"), QStringLiteral("settings"), 0, QString(), 0,
                      changes))
        return false;
    return tx.commit();
}

namespace {

// Where each level of the organisation is stored, and how it is named in messages and the log.
struct LevelTable {
    const char* table;
    const char* parentColumn; // nullptr for organs
    const char* entity;       // audit entity, and the key of the parent in field errors
    bool hasActive;
};

LevelTable levelTable(OrgLevel level) {
    switch (level) {
    case OrgLevel::Organ:
        return {"organs", nullptr, "organ", false};
    case OrgLevel::Department:
        return {"departments", "organ_id", "department", true};
    case OrgLevel::Section:
        break;
    }
    return {"sections", "department_id", "section", true};
}

} // namespace

bool MasterDataRepository::saveDepartment(Department& d) {
    OrgUnit unit{OrgLevel::Department, d.id,    d.organId, d.code, d.nameJa, d.nameEn,
                 d.sortOrder,          d.active};
    if (!saveUnit(unit))
        return false;
    d = Department{unit.id,     unit.parentId,  unit.code,  unit.nameJa,
                   unit.nameEn, unit.sortOrder, unit.active};
    return true;
}

bool MasterDataRepository::saveUnit(OrgUnit& unit) {
    const LevelTable where = levelTable(unit.level);
    const QString what = unit.nameJa.trimmed().isEmpty() ? unit.code : unit.nameJa.trimmed();
    if (!AccessControl(m_db).mayAdminister(unitMessage(unit.level, UnitMessage::Saving).arg(what)))
        return false;
    const ReferenceData ref = load();
    const QList<OrgUnit> siblings = ref.units(unit.level);
    const OrgUnit* old = nullptr;
    for (const OrgUnit& existing : siblings)
        if (existing.id == unit.id)
            old = &existing;
    if (unit.id && !old) {
        m_db.setError(StorageError::Kind::NotFound, unitMessage(unit.level, UnitMessage::Gone));
        return false;
    }
    OrgUnit wanted = unit;
    // Codes identify the unit in imports and asset numbers: fixed once created.
    wanted.code =
        old ? old->code : unit.code.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    wanted.nameJa = unit.nameJa.trimmed();
    wanted.nameEn = unit.nameEn.trimmed();
    if (!where.hasActive)
        wanted.active = true;

    StorageError invalid = StorageError::make(StorageError::Kind::Validation, QString());
    if (wanted.code.isEmpty())
        invalid.fieldErrors.append(
            {QStringLiteral("code"), unitMessage(unit.level, UnitMessage::NoCode)});
    else if (!old && std::any_of(siblings.cbegin(), siblings.cend(),
                                 [&wanted](const OrgUnit& e) { return e.code == wanted.code; }))
        invalid.fieldErrors.append(
            {QStringLiteral("code"),
             unitMessage(unit.level, UnitMessage::CodeTaken).arg(wanted.code)});
    if (wanted.nameJa.isEmpty())
        invalid.fieldErrors.append(
            {QStringLiteral("name_ja"), unitMessage(unit.level, UnitMessage::NoName)});
    if (unit.level != OrgLevel::Organ) {
        const OrgLevel parentLevel =
            unit.level == OrgLevel::Section ? OrgLevel::Department : OrgLevel::Organ;
        const QList<OrgUnit> parents = ref.units(parentLevel);
        if (std::none_of(parents.cbegin(), parents.cend(),
                         [&wanted](const OrgUnit& p) { return p.id == wanted.parentId; }))
            invalid.fieldErrors.append({QString::fromLatin1(levelTable(parentLevel).entity),
                                        unitMessage(unit.level, UnitMessage::NoParent)});
    } else {
        wanted.parentId = 0;
    }
    if (old && old->active && !wanted.active) {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM assets WHERE %1 = ? AND status = 'in_use'")
                      .arg(unit.level == OrgLevel::Section ? QLatin1String("section_id")
                                                           : QLatin1String("department_id")));
        q.addBindValue(wanted.id);
        if (!m_db.run(q, tr("Counting the assets of %1").arg(wanted.nameJa)) || !q.next())
            return false;
        const int inUse = q.value(0).toInt();
        if (inUse > 0)
            invalid.fieldErrors.append(
                {QStringLiteral("active"), tr("%1 still has %n asset(s) in use: move them to "
                                              "another department or retire them first.",
                                              nullptr, inUse)
                                               .arg(wanted.nameJa)});
    }
    if (m_db.refuseInvalid(invalid))
        return false;

    QList<FieldChange> changes;
    const auto note = [&changes](const char* key, const QString& before, const QString& after) {
        noteChange(&changes, key, before, after);
    };
    note("code", old ? old->code : QString(), wanted.code);
    if (where.parentColumn)
        note(levelTable(unit.level == OrgLevel::Section ? OrgLevel::Department : OrgLevel::Organ)
                 .entity,
             old ? QString::number(old->parentId) : QString(), QString::number(wanted.parentId));
    note("name_ja", old ? old->nameJa : QString(), wanted.nameJa);
    note("name_en", old ? old->nameEn : QString(), wanted.nameEn);
    note("sort_order", old ? QString::number(old->sortOrder) : QString(),
         QString::number(wanted.sortOrder));
    if (where.hasActive)
        note("active", old ? QString::number(int(old->active)) : QString(),
             QString::number(int(wanted.active)));
    if (old && changes.isEmpty())
        return true;

    Transaction tx(m_db);
    QStringList columns{QStringLiteral("code"), QStringLiteral("name_ja"),
                        QStringLiteral("name_en"), QStringLiteral("sort_order")};
    QVariantList values{wanted.code, wanted.nameJa, wanted.nameEn, wanted.sortOrder};
    if (where.parentColumn) {
        columns.append(QString::fromLatin1(where.parentColumn));
        values.append(wanted.parentId);
    }
    if (where.hasActive) {
        columns.append(QStringLiteral("active"));
        values.append(int(wanted.active));
    }
    const QString context = unitMessage(unit.level, UnitMessage::Saving).arg(wanted.nameJa);
    if (!old) {
        wanted.id = insertReturningId(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(QString::fromLatin1(where.table), columns.join(QLatin1Char(',')),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            values, context);
        if (!wanted.id)
            return false;
    } else {
        columns.removeFirst(); // the code stays
        values.removeFirst();
        QSqlQuery q = m_db.query();
        q.prepare(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(QString::fromLatin1(where.table), columns.join(QStringLiteral(" = ?, "))));
        for (const QVariant& v : values)
            q.addBindValue(v.typeId() == QMetaType::QString ? Database::text(v.toString()) : v);
        q.addBindValue(wanted.id);
        if (!m_db.run(q, context))
            return false;
    }
    AuditLog audit(m_db);
    if (!audit.append(old ? QStringLiteral("update") : QStringLiteral("create"),
                      QString::fromLatin1(where.entity), wanted.id, wanted.code, 0, changes))
        return false;
    if (!tx.commit())
        return false;
    unit = wanted;
    return true;
}

bool MasterDataRepository::saveLevel(qint64 schemeId, ClassificationLevel& level) {
    if (!AccessControl(m_db).mayAdminister(
            tr("saving the classification level %1").arg(level.code)))
        return false;
    const ReferenceData ref = load();
    const ClassificationScheme* scheme = nullptr;
    for (const ClassificationScheme& s : ref.schemes)
        if (s.id == schemeId)
            scheme = &s;
    if (!scheme) {
        m_db.setError(StorageError::Kind::NotFound, tr("The classification scheme no longer "
                                                       "exists."));
        return false;
    }
    const std::optional<ClassificationLevel> old =
        level.id ? scheme->levelById(level.id) : std::nullopt;
    if (level.id && !old) {
        m_db.setError(StorageError::Kind::NotFound, tr("The classification level no longer "
                                                       "exists."));
        return false;
    }
    ClassificationLevel wanted = level;
    if (old) {
        wanted.axis = old->axis;
        wanted.code = old->code;
        wanted.rank = old->rank;
    } else {
        wanted.code = level.code.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    }
    wanted.labelJa = level.labelJa.trimmed();
    wanted.labelEn = level.labelEn.trimmed();
    wanted.definitionJa = level.definitionJa.trimmed();
    wanted.definitionEn = level.definitionEn.trimmed();
    wanted.defaultRestrictions.removeDuplicates();
    wanted.defaultRestrictions.sort();

    StorageError invalid = StorageError::make(StorageError::Kind::Validation, QString());
    const QList<ClassificationLevel> sameAxis = scheme->levelsOf(wanted.axis);
    if (!old) {
        if (wanted.code.isEmpty())
            invalid.fieldErrors.append({QStringLiteral("code"), tr("Enter the level's code.")});
        else if (std::any_of(sameAxis.cbegin(), sameAxis.cend(),
                             [&wanted](const auto& l) { return l.code == wanted.code; }))
            invalid.fieldErrors.append(
                {QStringLiteral("code"),
                 tr("The code %1 is already a level of this axis.").arg(wanted.code)});
        if (wanted.rank < 1 || wanted.rank > 9)
            invalid.fieldErrors.append(
                {QStringLiteral("rank"), tr("The rank must be between 1 and 9.")});
        else if (std::any_of(sameAxis.cbegin(), sameAxis.cend(),
                             [&wanted](const auto& l) { return l.rank == wanted.rank; }))
            invalid.fieldErrors.append(
                {QStringLiteral("rank"), tr("Rank %1 is already taken on this axis: ranks order "
                                            "the levels from public (1) to strictest.")
                                             .arg(wanted.rank)});
    }
    if (wanted.labelJa.isEmpty())
        invalid.fieldErrors.append({QStringLiteral("label_ja"), tr("Enter the level's label.")});
    QList<qint64> restrictionIds;
    for (const QString& code : std::as_const(wanted.defaultRestrictions)) {
        const HandlingRestriction* r = ref.restriction(code);
        if (!r || r->axis != wanted.axis)
            invalid.fieldErrors.append(
                {QStringLiteral("default_restrictions"),
                 tr("%1 is not a handling restriction of this axis.").arg(code)});
        else
            restrictionIds.append(r->id);
    }
    if (m_db.refuseInvalid(invalid))
        return false;

    QList<FieldChange> changes;
    const auto note = [&changes](const char* key, const QString& before, const QString& after) {
        noteChange(&changes, key, before, after);
    };
    QStringList oldDefaults = old ? old->defaultRestrictions : QStringList();
    oldDefaults.sort();
    if (!old) {
        note("axis", QString(), QString(axisLetter(wanted.axis)));
        note("code", QString(), wanted.code);
        note("rank", QString(), QString::number(wanted.rank));
    }
    note("label_ja", old ? old->labelJa : QString(), wanted.labelJa);
    note("label_en", old ? old->labelEn : QString(), wanted.labelEn);
    note("definition_ja", old ? old->definitionJa : QString(), wanted.definitionJa);
    note("definition_en", old ? old->definitionEn : QString(), wanted.definitionEn);
    note("default_restrictions", oldDefaults.join(QLatin1Char(',')),
         wanted.defaultRestrictions.join(QLatin1Char(',')));
    if (old && changes.isEmpty())
        return true;

    Transaction tx(m_db);
    const QString context = tr("Saving the classification level %1").arg(wanted.code);
    if (!old) {
        wanted.id = insertReturningId(
            QStringLiteral("INSERT INTO classification_levels (scheme_id, axis, code, rank, "
                           "label_ja, label_en, definition_ja, definition_en) "
                           "VALUES (?,?,?,?,?,?,?,?)"),
            {schemeId, QString(axisLetter(wanted.axis)), wanted.code, wanted.rank, wanted.labelJa,
             wanted.labelEn, wanted.definitionJa, wanted.definitionEn},
            context);
        if (!wanted.id)
            return false;
    } else {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("UPDATE classification_levels SET label_ja = ?, label_en = ?, "
                                 "definition_ja = ?, definition_en = ? WHERE id = ?"));
        for (const QString& text :
             {wanted.labelJa, wanted.labelEn, wanted.definitionJa, wanted.definitionEn})
            q.addBindValue(Database::text(text));
        q.addBindValue(wanted.id);
        if (!m_db.run(q, context))
            return false;
        QSqlQuery clear = m_db.query();
        clear.prepare(QStringLiteral("DELETE FROM level_default_restrictions WHERE level_id = ?"));
        clear.addBindValue(wanted.id);
        if (!m_db.run(clear, context))
            return false;
    }
    for (const qint64 restrictionId : std::as_const(restrictionIds)) {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral(
            "INSERT INTO level_default_restrictions (level_id, restriction_id) VALUES (?, ?)"));
        q.addBindValue(wanted.id);
        q.addBindValue(restrictionId);
        if (!m_db.run(q, context))
            return false;
    }
    AuditLog audit(m_db);
    if (!audit.append(old ? QStringLiteral("update") : QStringLiteral("create"),
                      QStringLiteral("classification_level"), wanted.id,
                      scheme->code + QLatin1Char('/') + axisLetter(wanted.axis) + QLatin1Char('/') +
                          wanted.code,
                      0, changes))
        return false;
    if (!tx.commit())
        return false;
    level = wanted;
    return true;
}

QString MasterDataRepository::unitMessage(OrgLevel level, UnitMessage message) {
    switch (message) {
    case UnitMessage::Saving:
        return level == OrgLevel::Organ        ? tr("saving the organ %1")
               : level == OrgLevel::Department ? tr("saving the department %1")
                                               : tr("saving the section %1");
    case UnitMessage::Gone:
        return level == OrgLevel::Organ        ? tr("The organ no longer exists.")
               : level == OrgLevel::Department ? tr("The department no longer exists.")
                                               : tr("The section no longer exists.");
    case UnitMessage::NoCode:
        return level == OrgLevel::Organ        ? tr("Enter the organ's code.")
               : level == OrgLevel::Department ? tr("Enter the department's code.")
                                               : tr("Enter the section's code.");
    case UnitMessage::CodeTaken:
        return level == OrgLevel::Organ        ? tr("The code %1 is already used by another organ.")
               : level == OrgLevel::Department ? tr("The code %1 is already used by another "
                                                    "department.")
                                               : tr("The code %1 is already used by another "
                                                    "section.");
    case UnitMessage::NoName:
        return level == OrgLevel::Organ        ? tr("Enter the organ's name.")
               : level == OrgLevel::Department ? tr("Enter the department's name.")
                                               : tr("Enter the section's name.");
    case UnitMessage::NoParent:
        return level == OrgLevel::Section ? tr("Choose the department the section belongs to.")
                                          : tr("Choose the organ the department belongs to.");
    }
    return QString();
}

} // namespace assetreg
