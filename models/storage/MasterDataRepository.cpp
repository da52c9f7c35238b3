#include "MasterDataRepository.h"

#include "AccessControl.h"
#include "AuditLog.h"
#include "Database.h"
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

QVariant nullableId(qint64 id) {
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
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
    Transaction tx(m_db);
    organ.id = insertReturningId(
        QStringLiteral("INSERT INTO organs (code, name_ja, name_en, sort_order) VALUES (?,?,?,?)"),
        {organ.code, organ.nameJa, organ.nameEn, organ.sortOrder},
        tr("Adding the organ %1").arg(organ.nameJa));
    return organ.id != 0 && tx.commit();
}

bool MasterDataRepository::addDepartment(Department& d) {
    Transaction tx(m_db);
    d.id = insertReturningId(QStringLiteral("INSERT INTO departments (organ_id, code, name_ja, "
                                            "name_en, sort_order, active) VALUES (?,?,?,?,?,?)"),
                             {d.organId, d.code, d.nameJa, d.nameEn, d.sortOrder, int(d.active)},
                             tr("Adding the department %1").arg(d.nameJa));
    return d.id != 0 && tx.commit();
}

bool MasterDataRepository::addSection(Section& s) {
    Transaction tx(m_db);
    s.id =
        insertReturningId(QStringLiteral("INSERT INTO sections (department_id, code, name_ja, "
                                         "name_en, sort_order, active) VALUES (?,?,?,?,?,?)"),
                          {s.departmentId, s.code, s.nameJa, s.nameEn, s.sortOrder, int(s.active)},
                          tr("Adding the section %1").arg(s.nameJa));
    return s.id != 0 && tx.commit();
}

bool MasterDataRepository::addPerson(Person& p) {
    Transaction tx(m_db);
    p.id = insertReturningId(
        QStringLiteral("INSERT INTO people (login, name, title, department_id, section_id, email, "
                       "phone, active) VALUES (?,?,?,?,?,?,?,?)"),
        {p.login.isEmpty() ? QVariant() : QVariant(p.login), p.name, p.title,
         nullableId(p.departmentId), nullableId(p.sectionId), p.email, p.phone, int(p.active)},
        tr("Adding the person %1").arg(p.name));
    return p.id != 0 && tx.commit();
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
    AccessControl access(m_db);
    if (!access.setupMode() && !access.allows(Permission::Administer)) {
        m_db.setError(access.refusal(Permission::Administer, tr("changing the register settings")));
        return false;
    }
    if (m_db.isReadOnly()) {
        m_db.setError(StorageError::Kind::Refused,
                      tr("The register is open read-only; the settings cannot be changed."));
        return false;
    }
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
    if (!invalid.fieldErrors.isEmpty()) {
        invalid.message = invalid.fieldErrors.first().message;
        m_db.setError(invalid);
        return false;
    }

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
        if (!setSetting(change.field, change.newValue))
            return false;
    AuditLog audit(m_db);
    if (!audit.append(QStringLiteral("settings"), QStringLiteral("settings"), 0, QString(), 0,
                      changes))
        return false;
    return tx.commit();
}

bool MasterDataRepository::saveDepartment(Department& d) {
    AccessControl access(m_db);
    const QString what = d.nameJa.trimmed().isEmpty() ? d.code : d.nameJa.trimmed();
    if (!access.setupMode() && !access.allows(Permission::Administer)) {
        m_db.setError(
            access.refusal(Permission::Administer, tr("saving the department %1").arg(what)));
        return false;
    }
    const ReferenceData ref = load();
    const Department* old = nullptr;
    for (const Department& existing : ref.departments)
        if (existing.id == d.id)
            old = &existing;
    if (d.id && !old) {
        m_db.setError(StorageError::Kind::NotFound, tr("The department no longer exists."));
        return false;
    }
    Department wanted = d;
    wanted.code =
        old ? old->code : d.code.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    wanted.nameJa = d.nameJa.trimmed();
    wanted.nameEn = d.nameEn.trimmed();

    StorageError invalid = StorageError::make(StorageError::Kind::Validation, QString());
    if (wanted.code.isEmpty())
        invalid.fieldErrors.append({QStringLiteral("code"), tr("Enter the department's code.")});
    else if (!old && std::any_of(ref.departments.cbegin(), ref.departments.cend(),
                                 [&wanted](const Department& e) { return e.code == wanted.code; }))
        invalid.fieldErrors.append(
            {QStringLiteral("code"),
             tr("The code %1 is already used by another department.").arg(wanted.code)});
    if (wanted.nameJa.isEmpty())
        invalid.fieldErrors.append({QStringLiteral("name_ja"), tr("Enter the department's name.")});
    if (std::none_of(ref.organs.cbegin(), ref.organs.cend(),
                     [&wanted](const Organ& o) { return o.id == wanted.organId; }))
        invalid.fieldErrors.append(
            {QStringLiteral("organ"), tr("Choose the organ the department belongs to.")});
    if (old && old->active && !wanted.active) {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM assets WHERE department_id = ? AND status = 'in_use'"));
        q.addBindValue(wanted.id);
        if (!m_db.run(q, tr("Counting the department's assets")) || !q.next())
            return false;
        const int inUse = q.value(0).toInt();
        if (inUse > 0)
            invalid.fieldErrors.append(
                {QStringLiteral("active"), tr("%1 still has %n asset(s) in use: move them to "
                                              "another department or retire them first.",
                                              nullptr, inUse)
                                               .arg(wanted.nameJa)});
    }
    if (!invalid.fieldErrors.isEmpty()) {
        invalid.message = invalid.fieldErrors.first().message;
        m_db.setError(invalid);
        return false;
    }

    QList<FieldChange> changes;
    const auto note = [&changes](const char* key, const QString& before, const QString& after) {
        if (before != after)
            changes.append({QString::fromLatin1(key), before, after});
    };
    note("code", old ? old->code : QString(), wanted.code);
    note("organ", old ? QString::number(old->organId) : QString(), QString::number(wanted.organId));
    note("name_ja", old ? old->nameJa : QString(), wanted.nameJa);
    note("name_en", old ? old->nameEn : QString(), wanted.nameEn);
    note("sort_order", old ? QString::number(old->sortOrder) : QString(),
         QString::number(wanted.sortOrder));
    note("active", old ? QString::number(int(old->active)) : QString(),
         QString::number(int(wanted.active)));
    if (old && changes.isEmpty())
        return true;

    Transaction tx(m_db);
    if (!old) {
        if (!addDepartment(wanted))
            return false;
    } else {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("UPDATE departments SET organ_id = ?, name_ja = ?, name_en = ?, "
                                 "sort_order = ?, active = ? WHERE id = ?"));
        for (const QVariant& v : QVariantList{wanted.organId, wanted.nameJa, wanted.nameEn,
                                              wanted.sortOrder, int(wanted.active), wanted.id})
            q.addBindValue(v);
        if (!m_db.run(q, tr("Saving the department %1").arg(wanted.nameJa)))
            return false;
    }
    AuditLog audit(m_db);
    if (!audit.append(old ? QStringLiteral("update") : QStringLiteral("create"),
                      QStringLiteral("department"), wanted.id, wanted.code, 0, changes))
        return false;
    if (!tx.commit())
        return false;
    d = wanted;
    return true;
}

} // namespace assetreg
