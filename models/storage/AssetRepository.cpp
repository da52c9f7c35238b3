#include "AssetRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "MasterDataRepository.h"
#include "SqlValues.h"
#include "domain/AssetFields.h"
#include "domain/AssetValidator.h"
#include "domain/Clock.h"
#include "domain/Normalize.h"
#include "io/AssetTextCodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace assetreg {

using sql::dateFrom;
using sql::enumFrom;
using sql::nullableDate;
using sql::nullableId;

namespace {

// The writable columns, in the order bindAssetColumns() binds them.
const QStringList kWritableColumns{
    QStringLiteral("asset_number"),
    QStringLiteral("asset_number_key"),
    QStringLiteral("name"),
    QStringLiteral("category"),
    QStringLiteral("sub_type"),
    QStringLiteral("description"),
    QStringLiteral("department_id"),
    QStringLiteral("section_id"),
    QStringLiteral("owner_id"),
    QStringLiteral("custodian_id"),
    QStringLiteral("user_scope"),
    QStringLiteral("medium"),
    QStringLiteral("location"),
    QStringLiteral("segment"),
    QStringLiteral("conf_level_id"),
    QStringLiteral("integ_level_id"),
    QStringLiteral("avail_level_id"),
    QStringLiteral("classification_note"),
    QStringLiteral("personal_info"),
    QStringLiteral("outsourced"),
    QStringLiteral("contractor"),
    QStringLiteral("contract_number"),
    QStringLiteral("cloud_service"),
    QStringLiteral("cloud_service_name"),
    QStringLiteral("cloud_certification"),
    QStringLiteral("retention"),
    QStringLiteral("disposal_method"),
    QStringLiteral("status"),
    QStringLiteral("status_date"),
    QStringLiteral("status_reason"),
    QStringLiteral("disposal_witness"),
    QStringLiteral("review_state"),
    QStringLiteral("last_reviewed_on"),
    QStringLiteral("override_reason"),
    QStringLiteral("search_text"),
    QStringLiteral("approved_version"),
};

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.asset_number, a.name, a.category, a.sub_type, a.description, "
    "a.department_id, a.section_id, a.owner_id, a.custodian_id, a.user_scope, a.medium, "
    "a.location, a.segment, a.classification_note, a.personal_info, a.outsourced, a.contractor, "
    "a.contract_number, a.cloud_service, a.cloud_service_name, a.cloud_certification, "
    "a.retention, a.disposal_method, a.status, a.status_date, a.status_reason, "
    "a.disposal_witness, a.review_state, a.last_reviewed_on, a.created_at, a.created_by, "
    "a.updated_at, a.updated_by, a.version, a.override_reason, a.approved_version, s.code, "
    "cl.code, il.code, "
    "al.code, d.code, d.name_ja, p.name "
    "FROM assets a "
    "JOIN classification_levels cl ON cl.id = a.conf_level_id "
    "JOIN classification_schemes s ON s.id = cl.scheme_id "
    "JOIN classification_levels il ON il.id = a.integ_level_id "
    "JOIN classification_levels al ON al.id = a.avail_level_id "
    "JOIN departments d ON d.id = a.department_id "
    "LEFT JOIN people p ON p.id = a.owner_id ");

Asset assetFromRow(const QSqlQuery& q) {
    Asset a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    a.assetNumber = q.value(i++).toString();
    a.name = q.value(i++).toString();
    a.category = AssetCategory(q.value(i++).toInt());
    a.subType = q.value(i++).toString();
    a.description = q.value(i++).toString();
    a.departmentId = q.value(i++).toLongLong();
    a.sectionId = q.value(i++).toLongLong();
    a.ownerId = q.value(i++).toLongLong();
    a.custodianId = q.value(i++).toLongLong();
    a.userScope = q.value(i++).toString();
    a.medium = enumFrom(q.value(i++), Medium::Electronic);
    a.location = q.value(i++).toString();
    a.segment = enumFrom(q.value(i++), Segment::None);
    a.classificationNote = q.value(i++).toString();
    a.personalInfo = enumFrom(q.value(i++), PersonalInfo::None);
    a.outsourced = q.value(i++).toBool();
    a.contractor = q.value(i++).toString();
    a.contractNumber = q.value(i++).toString();
    a.cloudService = q.value(i++).toBool();
    a.cloudServiceName = q.value(i++).toString();
    a.cloudCertification = q.value(i++).toString();
    a.retention = q.value(i++).toString();
    a.disposalMethod = q.value(i++).toString();
    a.status = enumFrom(q.value(i++), AssetStatus::InUse);
    a.statusDate = dateFrom(q.value(i++));
    a.statusReason = q.value(i++).toString();
    a.disposalWitness = q.value(i++).toString();
    a.reviewState = enumFrom(q.value(i++), ReviewState::Draft);
    a.lastReviewedOn = dateFrom(q.value(i++));
    a.createdAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    a.createdBy = q.value(i++).toString();
    a.updatedAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    a.updatedBy = q.value(i++).toString();
    a.version = q.value(i++).toInt();
    a.overrideReason = q.value(i++).toString();
    a.approvedVersion = q.value(i++).toInt();
    a.schemeCode = q.value(i++).toString();
    a.confidentiality = q.value(i++).toString();
    a.integrity = q.value(i++).toString();
    a.availability = q.value(i++).toString();
    a.departmentCode = q.value(i++).toString();
    a.departmentName = q.value(i++).toString();
    a.ownerName = q.value(i++).toString();
    return a;
}

// `unindexed` is the dialect's way to keep the number index out of the ordering: when rows are
// filtered, reading them in index order means a random table access per row, several times
// slower than reading the matches and sorting them.
QString orderBy(const AssetQuery& query, const QString& unindexed = QString()) {
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    QString key;
    switch (query.sort) {
    case AssetSort::Number:
        key = unindexed + QStringLiteral("a.asset_number_key") + dir;
        break;
    case AssetSort::Name:
        key = QStringLiteral("a.name") + dir;
        break;
    case AssetSort::Category:
        key = QStringLiteral("a.category") + dir + QStringLiteral(", a.sub_type") + dir;
        break;
    case AssetSort::Type:
        key = QStringLiteral("a.sub_type") + dir;
        break;
    case AssetSort::Department:
        key = QStringLiteral("d.sort_order") + dir + QStringLiteral(", d.id") + dir;
        break;
    case AssetSort::Owner:
        key = QStringLiteral("p.name") + dir;
        break;
    case AssetSort::Segment:
        key = QStringLiteral("a.segment") + dir;
        break;
    case AssetSort::Classification: {
        // Strictest first when ascending is not asked for explicitly: C, then I, then A.
        const QString rankDir = query.descending ? QString() : QStringLiteral(" DESC");
        key = QStringLiteral("cl.rank") + rankDir + QStringLiteral(", il.rank") + rankDir +
              QStringLiteral(", al.rank") + rankDir;
        break;
    }
    case AssetSort::PersonalInfo:
        key = QStringLiteral("a.personal_info") + dir;
        break;
    case AssetSort::Status:
        key = QStringLiteral("a.status") + dir;
        break;
    case AssetSort::ReviewState:
        key = QStringLiteral("a.review_state") + dir;
        break;
    case AssetSort::LastReviewed:
        key = QStringLiteral("a.last_reviewed_on") + dir;
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + QStringLiteral(", ") + unindexed +
           QStringLiteral("a.asset_number_key");
}

const QString kJoins = QStringLiteral(" FROM assets a "
                                      "JOIN classification_levels cl ON cl.id = a.conf_level_id "
                                      "JOIN classification_levels il ON il.id = a.integ_level_id "
                                      "JOIN classification_levels al ON al.id = a.avail_level_id "
                                      "JOIN departments d ON d.id = a.department_id "
                                      "LEFT JOIN people p ON p.id = a.owner_id ");

// Most lists filter and sort on the asset's own columns: then the joins are dead weight over
// 100k rows.
QString fromFor(const AssetQuery& query) {
    const bool joins = query.organId || !query.confidentiality.isEmpty() ||
                       !query.integrity.isEmpty() || !query.availability.isEmpty() ||
                       query.sort == AssetSort::Department || query.sort == AssetSort::Owner ||
                       query.sort == AssetSort::Classification;
    return joins ? kJoins : QStringLiteral(" FROM assets a ");
}

} // namespace

AssetRepository::AssetRepository(Database& db)
    : m_db(db)
    , m_access(db) {
    reloadReference();
}

const StorageError& AssetRepository::lastError() const {
    return m_db.lastError();
}

bool AssetRepository::reloadReference() {
    m_access.reload();
    MasterDataRepository master(m_db);
    m_ref = master.load();
    return !m_db.lastError().isError();
}

QList<Asset> AssetRepository::select(const QString& where, const QVariantList& values,
                                     const AssetQuery& query) {
    QString sql = kSelect + where + orderBy(query);
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    QList<Asset> result;
    if (!m_db.run(q, tr("Reading the register")))
        return result;
    while (q.next())
        result.append(assetFromRow(q));
    if (query.withRelations)
        fillRelations(result);
    return result;
}

std::pair<QString, QVariantList> AssetRepository::whereFor(const AssetQuery& query) const {
    QStringList conditions;
    QVariantList values;
    const QString text = foldSearch(query.text.trimmed());
    if (!text.isEmpty())
        conditions.append(m_db.dialect().substringMatch(text, &values));
    if (query.organId) {
        conditions.append(QStringLiteral("d.organ_id = ?"));
        values << query.organId;
    }
    if (!query.departmentIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : query.departmentIds) {
            marks.append(QStringLiteral("?"));
            values << id;
        }
        conditions.append(QStringLiteral("a.department_id IN (") + marks.join(QLatin1Char(',')) +
                          QLatin1Char(')'));
    }
    if (query.category) {
        conditions.append(QStringLiteral("a.category = ?"));
        values << int(*query.category);
    }
    if (query.segment) {
        conditions.append(QStringLiteral("a.segment = ?"));
        values << toKey(*query.segment);
    }
    const struct {
        const char* column;
        const QString& code;
    } levels[] = {{"cl.code", query.confidentiality},
                  {"il.code", query.integrity},
                  {"al.code", query.availability}};
    for (const auto& level : levels) {
        if (level.code.isEmpty())
            continue;
        conditions.append(QString::fromLatin1(level.column) + QStringLiteral(" = ?"));
        values << level.code;
    }
    if (query.status) {
        conditions.append(QStringLiteral("a.status = ?"));
        values << toKey(*query.status);
    }
    if (query.reviewState) {
        conditions.append(QStringLiteral("a.review_state = ?"));
        values << toKey(*query.reviewState);
    }
    if (query.reviewedBefore.isValid()) {
        // Overdue: in use and no approved review since the cut-off; a never-reviewed asset only
        // once it has existed for a whole period.
        const QString cutoff = query.reviewedBefore.toString(Qt::ISODate);
        conditions.append(QStringLiteral("a.status = 'in_use' AND (a.last_reviewed_on < ? OR "
                                         "(a.last_reviewed_on IS NULL AND a.created_at < ?))"));
        values << cutoff << cutoff;
    }
    if (query.onlyIds) {
        // Ids are numbers: written inline, so that thousands of them need no bound parameters.
        QStringList ids;
        ids.reserve(query.onlyIds->size());
        for (qint64 id : *query.onlyIds)
            ids.append(QString::number(id));
        conditions.append(ids.isEmpty() ? QStringLiteral("1 = 0")
                                        : QStringLiteral("a.id IN (") + ids.join(QLatin1Char(',')) +
                                              QLatin1Char(')'));
    }
    if (conditions.isEmpty())
        return {QString(), values};
    return {QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND ")), values};
}

QList<Asset> AssetRepository::list(const AssetQuery& query) {
    const auto [where, values] = whereFor(query);
    return select(where, values, query);
}

qint64 AssetRepository::count(const AssetQuery& query) {
    const auto [where, values] = whereFor(query);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*)") + fromFor(query) + where);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!m_db.run(q, tr("Counting the assets in the register")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<qint64> AssetRepository::ids(const AssetQuery& query) {
    const auto [where, values] = whereFor(query);
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id") + fromFor(query) + where +
              orderBy(query, where.isEmpty() ? QString() : m_db.dialect().unindexedPrefix()));
    for (const QVariant& value : values)
        q.addBindValue(value);
    QList<qint64> result;
    if (!m_db.run(q, tr("Reading the register")))
        return result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

QList<Asset> AssetRepository::byIds(const QList<qint64>& wanted, bool withRelations) {
    if (wanted.isEmpty())
        return {};
    QStringList list;
    for (qint64 id : wanted)
        list.append(QString::number(id));
    AssetQuery query;
    query.withRelations = withRelations;
    const QList<Asset> found =
        select(QStringLiteral(" WHERE a.id IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')'),
               {}, query);
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < found.size(); ++i)
        index.insert(found[i].id, i);
    QList<Asset> ordered;
    ordered.reserve(found.size());
    for (qint64 id : wanted) {
        const auto it = index.constFind(id);
        if (it != index.constEnd())
            ordered.append(found[*it]);
    }
    return ordered;
}

QHash<qint64, qint64> AssetRepository::countsByDepartment() {
    QHash<qint64, qint64> counts;
    QSqlQuery q = m_db.query();
    if (!q.exec(
            QStringLiteral("SELECT department_id, COUNT(*) FROM assets GROUP BY department_id"))) {
        m_db.setSqlError(q, tr("Counting the assets in the register"));
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}

QList<Asset> AssetRepository::livingOn(qint64 systemId) {
    AssetQuery query;
    return select(QStringLiteral(" WHERE a.id IN (SELECT asset_id FROM asset_dependencies "
                                 "WHERE depends_on_id = ?)"),
                  {systemId}, query);
}

std::optional<Asset> AssetRepository::findById(qint64 id) {
    AssetQuery query;
    const QList<Asset> found = select(QStringLiteral(" WHERE a.id = ?"), {id}, query);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Asset> AssetRepository::findByNumber(const QString& number) {
    AssetQuery query;
    const QList<Asset> found =
        select(QStringLiteral(" WHERE a.asset_number_key = ?"), {foldKey(number)}, query);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void AssetRepository::fillRelations(QList<Asset>& assets) {
    if (assets.isEmpty())
        return;
    QHash<qint64, Asset*> byId;
    for (Asset& asset : assets)
        byId.insert(asset.id, &asset);
    // Small result sets ask for their ids; large ones read the whole (narrow) tables once.
    QString filter;
    if (assets.size() <= 500) {
        QStringList ids;
        for (const Asset& asset : assets)
            ids.append(QString::number(asset.id));
        filter = QStringLiteral(" WHERE %1 IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT ar.asset_id, r.code, ar.parameter FROM asset_restrictions ar "
                              "JOIN handling_restrictions r ON r.id = ar.restriction_id") +
               (filter.isEmpty() ? QString() : filter.arg(QStringLiteral("ar.asset_id"))) +
               QStringLiteral(" ORDER BY r.sort_order"))) {
        while (q.next()) {
            if (Asset* asset = byId.value(q.value(0).toLongLong()))
                asset->restrictions.append({q.value(1).toString(), q.value(2).toString()});
        }
    }
    if (q.exec(QStringLiteral("SELECT dep.asset_id, dep.depends_on_id, t.asset_number "
                              "FROM asset_dependencies dep JOIN assets t ON t.id = "
                              "dep.depends_on_id") +
               (filter.isEmpty() ? QString() : filter.arg(QStringLiteral("dep.asset_id"))) +
               QStringLiteral(" ORDER BY t.asset_number_key"))) {
        while (q.next()) {
            if (Asset* asset = byId.value(q.value(0).toLongLong())) {
                asset->livesOnIds.append(q.value(1).toLongLong());
                asset->livesOnNumbers.append(q.value(2).toString());
            }
        }
    }
}

bool AssetRepository::bindAssetColumns(QSqlQuery& q, const Asset& a, const QString& numberKey) {
    const ClassificationScheme* scheme = m_ref.scheme(a.schemeCode);
    Q_ASSERT(scheme); // validated before
    const auto conf = scheme->findLevel(Axis::Confidentiality, a.confidentiality);
    const auto integ = scheme->findLevel(Axis::Integrity, a.integrity);
    const auto avail = scheme->findLevel(Axis::Availability, a.availability);
    if (!conf || !integ || !avail)
        return false;
    const AssetType* type = m_ref.assetType(a.subType);
    q.addBindValue(Database::text(a.assetNumber));
    q.addBindValue(Database::text(numberKey));
    q.addBindValue(Database::text(a.name));
    q.addBindValue(int(a.category));
    q.addBindValue(type ? type->code : a.subType);
    q.addBindValue(Database::text(a.description));
    q.addBindValue(a.departmentId);
    q.addBindValue(nullableId(a.sectionId));
    q.addBindValue(nullableId(a.ownerId));
    q.addBindValue(nullableId(a.custodianId));
    q.addBindValue(Database::text(a.userScope));
    q.addBindValue(toKey(a.medium));
    q.addBindValue(Database::text(a.location));
    q.addBindValue(toKey(a.segment));
    q.addBindValue(conf->id);
    q.addBindValue(integ->id);
    q.addBindValue(avail->id);
    q.addBindValue(Database::text(a.classificationNote));
    q.addBindValue(toKey(a.personalInfo));
    q.addBindValue(int(a.outsourced));
    q.addBindValue(Database::text(a.contractor));
    q.addBindValue(Database::text(a.contractNumber));
    q.addBindValue(int(a.cloudService));
    q.addBindValue(Database::text(a.cloudServiceName));
    q.addBindValue(Database::text(a.cloudCertification));
    q.addBindValue(Database::text(a.retention));
    q.addBindValue(Database::text(a.disposalMethod));
    q.addBindValue(toKey(a.status));
    q.addBindValue(nullableDate(a.statusDate));
    q.addBindValue(Database::text(a.statusReason));
    q.addBindValue(Database::text(a.disposalWitness));
    q.addBindValue(toKey(a.reviewState));
    q.addBindValue(nullableDate(a.lastReviewedOn));
    q.addBindValue(Database::text(a.overrideReason));
    q.addBindValue(a.searchText());
    q.addBindValue(a.approvedVersion);
    return true;
}

namespace {
// Canonical forms for codes; free text is only trimmed at the ends.
void canonicalise(Asset& a, const ReferenceData& ref) {
    a.assetNumber = a.assetNumber.normalized(QString::NormalizationForm_KC).trimmed();
    a.name = a.name.trimmed();
    if (a.schemeCode.isEmpty() && ref.defaultScheme())
        a.schemeCode = ref.defaultScheme()->code;
    if (const ClassificationScheme* scheme = ref.scheme(a.schemeCode)) {
        a.schemeCode = scheme->code;
        if (auto level = scheme->findLevel(Axis::Confidentiality, a.confidentiality))
            a.confidentiality = level->code;
        if (auto level = scheme->findLevel(Axis::Integrity, a.integrity))
            a.integrity = level->code;
        if (auto level = scheme->findLevel(Axis::Availability, a.availability))
            a.availability = level->code;
    }
    if (const AssetType* type = ref.assetType(a.subType))
        a.subType = type->code;
    for (AssetRestriction& r : a.restrictions) {
        if (const HandlingRestriction* known = ref.restriction(r.code))
            r.code = known->code;
        r.parameter = r.parameter.trimmed();
    }
    std::sort(a.livesOnIds.begin(), a.livesOnIds.end());
    a.livesOnIds.erase(std::unique(a.livesOnIds.begin(), a.livesOnIds.end()), a.livesOnIds.end());
}
} // namespace

bool AssetRepository::checkBeforeWrite(const Asset& asset, qint64 ignoreId) {
    const QList<FieldError> errors = AssetValidator(m_ref).validate(asset);
    if (!errors.isEmpty()) {
        m_db.setError(
            {StorageError::Kind::Validation, AssetValidator::formatErrors(errors), errors});
        return false;
    }
    QSqlQuery dup = m_db.query();
    dup.prepare(QStringLiteral("SELECT a.asset_number, a.name, d.name_ja FROM assets a "
                               "JOIN departments d ON d.id = a.department_id "
                               "WHERE a.asset_number_key = ? AND a.id <> ?"));
    dup.addBindValue(foldKey(asset.assetNumber));
    dup.addBindValue(ignoreId);
    if (!m_db.run(dup, tr("Checking the asset number")))
        return false;
    if (dup.next()) {
        const QString message =
            tr("The asset number %1 is already used by \"%2\" (%3).")
                .arg(dup.value(0).toString(), dup.value(1).toString(), dup.value(2).toString());
        m_db.setError(
            {StorageError::Kind::Duplicate, message, {{QStringLiteral("asset_number"), message}}});
        return false;
    }
    for (qint64 targetId : asset.livesOnIds) {
        QSqlQuery target = m_db.query();
        target.prepare(QStringLiteral("SELECT category, asset_number FROM assets WHERE id = ?"));
        target.addBindValue(targetId);
        if (!m_db.run(target, tr("Checking the dependencies")))
            return false;
        QString message;
        if (!target.next())
            message = tr("The system it lives on (#%1) does not exist.").arg(targetId);
        else if (target.value(0).toInt() != int(AssetCategory::Infrastructure))
            message = tr("%1 is not a network, system, facility or medium (category (1)), so "
                         "nothing can live on it.")
                          .arg(target.value(1).toString());
        if (!message.isEmpty()) {
            m_db.setError(
                {StorageError::Kind::Validation, message, {{QStringLiteral("lives_on"), message}}});
            return false;
        }
    }
    return true;
}

bool AssetRepository::writeRelations(const Asset& asset, bool replace) {
    const QString context = tr("Saving the asset %1").arg(asset.assetNumber);
    if (replace) {
        for (const char* table : {"asset_restrictions", "asset_dependencies"}) {
            QSqlQuery del = m_db.query();
            del.prepare(QStringLiteral("DELETE FROM %1 WHERE asset_id = ?")
                            .arg(QString::fromLatin1(table)));
            del.addBindValue(asset.id);
            if (!m_db.run(del, context))
                return false;
        }
    }
    for (const AssetRestriction& r : asset.restrictions) {
        const HandlingRestriction* known = m_ref.restriction(r.code);
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("INSERT INTO asset_restrictions (asset_id, restriction_id, "
                                 "parameter) VALUES (?, ?, ?)"));
        q.addBindValue(asset.id);
        q.addBindValue(known->id);
        q.addBindValue(Database::text(r.parameter));
        if (!m_db.run(q, context))
            return false;
    }
    for (qint64 target : asset.livesOnIds) {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("INSERT INTO asset_dependencies (asset_id, depends_on_id, kind) "
                                 "VALUES (?, ?, 'lives_on')"));
        q.addBindValue(asset.id);
        q.addBindValue(target);
        if (!m_db.run(q, context))
            return false;
    }
    return true;
}

bool AssetRepository::create(Asset& input) {
    QList<Asset> one{input};
    if (!createMany(one))
        return false;
    input = one.first();
    return true;
}

bool AssetRepository::createMany(QList<Asset>& input, const std::function<bool(int)>& progress) {
    m_db.clearError();
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    auto failAt = [this](qsizetype index, StorageError error) {
        error.index = int(index);
        m_db.setError(error);
        return false;
    };
    // Few assets are checked with a query each; many against the register read once.
    const bool bulk = input.size() > 20;
    QHash<QString, QString> usedNumbers;        // key → "number (name, department)"
    QHash<qint64, QPair<int, QString>> systems; // id → (category, number)
    if (bulk) {
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT a.asset_number_key, a.asset_number, a.name, d.name_ja, "
                                   "a.id, a.category FROM assets a JOIN departments d ON "
                                   "d.id = a.department_id"))) {
            m_db.setSqlError(q, tr("Checking the asset number"));
            return false;
        }
        while (q.next()) {
            usedNumbers.insert(q.value(0).toString(),
                               tr("\"%1\" (%2)").arg(q.value(2).toString(), q.value(3).toString()));
            systems.insert(q.value(4).toLongLong(), {q.value(5).toInt(), q.value(1).toString()});
        }
    }

    QStringList columns = kWritableColumns;
    columns << QStringLiteral("created_at") << QStringLiteral("created_by")
            << QStringLiteral("updated_at") << QStringLiteral("updated_by")
            << QStringLiteral("version");
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral("INSERT INTO assets (") + columns.join(QLatin1String(", ")) +
                   QStringLiteral(") VALUES (") + marks.join(QLatin1String(", ")) +
                   QStringLiteral(") RETURNING id"));
    QSqlQuery restriction = m_db.query();
    restriction.prepare(QStringLiteral("INSERT INTO asset_restrictions (asset_id, restriction_id, "
                                       "parameter) VALUES (?, ?, ?)"));
    QSqlQuery dependency = m_db.query();
    dependency.prepare(QStringLiteral("INSERT INTO asset_dependencies (asset_id, depends_on_id, "
                                      "kind) VALUES (?, ?, 'lives_on')"));
    AuditLog audit(m_db);
    const QDateTime now = Clock::nowUtc();
    const QString nowText = now.toString(Qt::ISODateWithMs);
    const QString user = m_db.currentUser();
    AssetValidator validator(m_ref);
    QList<Asset> saved;
    saved.reserve(input.size());

    for (qsizetype index = 0; index < input.size(); ++index) {
        Asset asset = input[index];
        asset.id = 0;
        canonicalise(asset, m_ref);
        if (!m_access.allows(Permission::Edit, asset.departmentId))
            return failAt(index, m_access.refusal(Permission::Edit,
                                                  tr("registering %1").arg(asset.assetNumber)));
        const QString key = foldKey(asset.assetNumber);
        if (bulk) {
            const QList<FieldError> errors = validator.validate(asset);
            if (!errors.isEmpty())
                return failAt(index, {StorageError::Kind::Validation,
                                      AssetValidator::formatErrors(errors), errors});
            if (usedNumbers.contains(key)) {
                const QString message = tr("The asset number %1 is already used by %2.")
                                            .arg(asset.assetNumber, usedNumbers.value(key));
                return failAt(index, {StorageError::Kind::Duplicate,
                                      message,
                                      {{QStringLiteral("asset_number"), message}}});
            }
            for (qint64 target : asset.livesOnIds) {
                const auto it = systems.constFind(target);
                if (it == systems.constEnd() || it->first != int(AssetCategory::Infrastructure)) {
                    const QString message =
                        it == systems.constEnd()
                            ? tr("The system it lives on (#%1) does not exist.").arg(target)
                            : tr("%1 is not a network, system, facility or medium (category "
                                 "(1)), so nothing can live on it.")
                                  .arg(it->second);
                    return failAt(index, {StorageError::Kind::Validation,
                                          message,
                                          {{QStringLiteral("lives_on"), message}}});
                }
            }
        } else if (!checkBeforeWrite(asset, 0)) {
            return failAt(index, m_db.lastError());
        }
        asset.createdAt = asset.updatedAt = now;
        asset.createdBy = asset.updatedBy = user;
        asset.version = 1;

        bindAssetColumns(insert, asset, key);
        insert.addBindValue(nowText);
        insert.addBindValue(user);
        insert.addBindValue(nowText);
        insert.addBindValue(user);
        insert.addBindValue(asset.version);
        if (!m_db.run(insert, tr("Saving the asset %1").arg(asset.assetNumber)) || !insert.next())
            return failAt(index, m_db.lastError());
        asset.id = insert.value(0).toLongLong();
        insert.finish();

        for (const AssetRestriction& r : asset.restrictions) {
            restriction.bindValue(0, asset.id);
            restriction.bindValue(1, m_ref.restriction(r.code)->id);
            restriction.bindValue(2, Database::text(r.parameter));
            if (!m_db.run(restriction, tr("Saving the asset %1").arg(asset.assetNumber)))
                return failAt(index, m_db.lastError());
        }
        asset.livesOnNumbers.clear();
        for (qint64 target : asset.livesOnIds) {
            dependency.bindValue(0, asset.id);
            dependency.bindValue(1, target);
            if (!m_db.run(dependency, tr("Saving the asset %1").arg(asset.assetNumber)))
                return failAt(index, m_db.lastError());
            if (bulk) {
                asset.livesOnNumbers.append(systems.value(target).second);
            } else if (auto t = findById(target)) {
                asset.livesOnNumbers.append(t->assetNumber);
            }
        }
        if (!audit.append(QStringLiteral("create"), QStringLiteral("asset"), asset.id,
                          asset.assetNumber, asset.version, initialValues(asset, m_ref)))
            return failAt(index, m_db.lastError());
        if (bulk) {
            usedNumbers.insert(key, QLatin1Char('"') + asset.name + QLatin1Char('"'));
            systems.insert(asset.id, {int(asset.category), asset.assetNumber});
        }
        if (const Department* d = m_ref.department(asset.departmentId)) {
            asset.departmentCode = d->code;
            asset.departmentName = d->nameJa;
        }
        if (const Person* p = m_ref.person(asset.ownerId))
            asset.ownerName = p->name;
        saved.append(asset);
        if (progress && (index + 1) % 500 == 0 && !progress(int(index + 1))) {
            m_db.setError(StorageError::Kind::Cancelled, tr("Cancelled: nothing was saved."));
            return false;
        }
    }
    // One statement for the whole batch: the search index then writes one segment, not one per
    // asset.
    if (!saved.isEmpty()) {
        qint64 firstId = saved.first().id;
        for (const Asset& asset : saved)
            firstId = std::min(firstId, asset.id);
        for (const QString& sql : m_db.dialect().indexNewAssets()) {
            QSqlQuery index = m_db.query();
            index.prepare(sql);
            index.addBindValue(firstId);
            if (!m_db.run(index, tr("Updating the search index")))
                return false;
        }
    }
    if (!tx.commit())
        return false;
    input = saved;
    return true;
}

bool AssetRepository::update(Asset& asset) {
    return save(asset, Change::Update, QString());
}

bool AssetRepository::updateMany(QList<Asset>& assets) {
    return saveMany(assets, Change::Update);
}

bool AssetRepository::linkImported(QList<Asset>& assets) {
    return saveMany(assets, Change::ImportLink);
}

bool AssetRepository::saveMany(QList<Asset>& assets, Change change) {
    m_db.clearError();
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QList<Asset> saved = assets;
    for (qsizetype i = 0; i < saved.size(); ++i) {
        if (!save(saved[i], change, QString())) {
            // Name the asset: the caller changed many at once.
            StorageError error = m_db.lastError();
            error.message = saved[i].assetNumber + QLatin1String(": ") + error.message;
            error.index = int(i);
            m_db.setError(error);
            return false;
        }
    }
    if (!tx.commit())
        return false;
    assets = saved;
    return true;
}

bool AssetRepository::review(const QList<qint64>& ids, ReviewDecision decision,
                             const QString& comment) {
    m_db.clearError();
    const QString note = comment.trimmed();
    if (decision == ReviewDecision::Return && note.isEmpty()) {
        m_db.setError(StorageError::Kind::Validation,
                      tr("Say why the assets are returned: the comment is what their department "
                         "reads."));
        return false;
    }
    const bool sectionStep = MasterDataRepository(m_db).sectionHeadApproval();
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    for (qint64 id : ids) {
        std::optional<Asset> asset = findById(id);
        if (!asset) {
            m_db.setError(StorageError::Kind::NotFound,
                          tr("The asset #%1 no longer exists.").arg(id));
            return false;
        }
        // Who may decide comes before whether the decision fits the asset's state.
        const Permission needed = decision == ReviewDecision::Submit ? Permission::Submit
                                  : decision == ReviewDecision::SectionApprove
                                      ? Permission::SectionApprove
                                      : Permission::Approve;
        if (!m_access.allows(needed, asset->departmentId)) {
            m_db.setError(m_access.refusal(needed, tr("deciding on %1").arg(asset->assetNumber)));
            return false;
        }
        const ReviewState from = asset->reviewState;
        ReviewState to = from;
        QString action;
        bool allowed = false;
        switch (decision) {
        case ReviewDecision::Submit:
            allowed = from != ReviewState::Submitted && from != ReviewState::SectionApproved;
            to = ReviewState::Submitted;
            action = QStringLiteral("submit");
            break;
        case ReviewDecision::SectionApprove:
            allowed = sectionStep && from == ReviewState::Submitted;
            to = ReviewState::SectionApproved;
            action = QStringLiteral("section_approve");
            break;
        case ReviewDecision::Approve:
            allowed = from == ReviewState::SectionApproved ||
                      (from == ReviewState::Submitted && !sectionStep);
            to = ReviewState::Approved;
            action = QStringLiteral("approve");
            break;
        case ReviewDecision::Return:
            allowed = from == ReviewState::Submitted || from == ReviewState::SectionApproved;
            to = ReviewState::Returned;
            action = QStringLiteral("return");
            break;
        }
        if (asset->status != AssetStatus::InUse)
            allowed = false;
        if (!allowed) {
            QString why = tr("%1 is \"%2\"").arg(asset->assetNumber, displayName(from));
            if (asset->status != AssetStatus::InUse)
                why = tr("%1 is %2 and is no longer reviewed")
                          .arg(asset->assetNumber, displayName(asset->status));
            else if (decision == ReviewDecision::Approve && from == ReviewState::Submitted)
                why += tr(": the section head approves it first");
            else if (decision == ReviewDecision::SectionApprove && !sectionStep)
                why += tr(": approval by section heads is not switched on");
            m_db.setError(StorageError::Kind::InvalidState,
                          tr("Nothing was decided. %1.").arg(why));
            return false;
        }
        asset->reviewState = to;
        if (decision == ReviewDecision::Approve) {
            asset->lastReviewedOn = Clock::today();
            asset->approvedVersion = asset->version + 1;
        }
        if (!save(*asset, Change::Review, note, action))
            return false;
    }
    return tx.commit();
}

QList<FieldChange> AssetRepository::changesSinceApproval(qint64 id) {
    const std::optional<Asset> asset = findById(id);
    if (!asset)
        return {};
    // Folded from the audit log: for each field, its value at approval and its value now.
    static const QStringList reviewFields{QStringLiteral("review_state"),
                                          QStringLiteral("last_reviewed_on")};
    QList<FieldChange> folded;
    for (const AuditEntry& entry : AuditLog(m_db).entriesFor(QStringLiteral("asset"), id)) {
        if (entry.version <= asset->approvedVersion)
            continue;
        for (const FieldChange& change : entry.changes) {
            if (reviewFields.contains(change.field))
                continue;
            auto it = std::find_if(folded.begin(), folded.end(),
                                   [&](const FieldChange& f) { return f.field == change.field; });
            if (it == folded.end())
                folded.append(change);
            else
                it->newValue = change.newValue;
        }
    }
    folded.erase(std::remove_if(folded.begin(), folded.end(),
                                [](const FieldChange& f) { return f.oldValue == f.newValue; }),
                 folded.end());
    return folded;
}

std::optional<Asset> AssetRepository::stateAtVersion(qint64 id, int version) {
    const std::optional<Asset> current = findById(id);
    if (!current)
        return std::nullopt;
    // Each field's text as of that version: creation (or the baseline) gives them all, later
    // entries the ones they changed.
    QHash<QString, QString> texts;
    bool found = false;
    for (const AuditEntry& entry : AuditLog(m_db).entriesFor(QStringLiteral("asset"), id)) {
        if (entry.version > version)
            break;
        if (entry.action == QLatin1String("create") || entry.action == QLatin1String("baseline"))
            texts.clear();
        for (const FieldChange& change : entry.changes)
            texts.insert(change.field, change.newValue);
        found = found || entry.version == version;
    }
    if (!found)
        return std::nullopt;
    Asset state = *current;
    AssetTextCodec codec(m_ref);
    static const QStringList reviewFields{QStringLiteral("review_state"),
                                          QStringLiteral("last_reviewed_on")};
    for (const AssetField& field : assetFields()) {
        const QString key = QString::fromLatin1(field.key);
        if (reviewFields.contains(key))
            continue;
        QString error;
        codec.setField(state, key, texts.value(key), &error); // absent = empty then
    }
    state.livesOnIds.clear();
    for (const QString& number : std::as_const(state.livesOnNumbers)) {
        if (const auto system = findByNumber(number))
            state.livesOnIds.append(system->id);
    }
    state.version = current->version;
    return state;
}

bool AssetRepository::restoreVersion(qint64 id, int version, int expectedVersion) {
    m_db.clearError();
    std::optional<Asset> state = stateAtVersion(id, version);
    if (!state) {
        if (!m_db.lastError().isError())
            m_db.setError(StorageError::Kind::NotFound,
                          tr("Version %1 of this asset is not in its history.").arg(version));
        return false;
    }
    state->version = expectedVersion;
    return save(*state, Change::Restore, tr("restored version %1").arg(version));
}

bool AssetRepository::revert(const Asset& before, int expectedVersion, const QString& comment) {
    Asset asset = before;
    asset.version = expectedVersion;
    return save(asset, Change::Revert, comment);
}

bool AssetRepository::save(Asset& input, Change change, const QString& comment,
                           const QString& reviewAction) {
    m_db.clearError();
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    const std::optional<Asset> current = findById(input.id);
    if (!current) {
        if (!m_db.lastError().isError())
            m_db.setError(StorageError::Kind::NotFound,
                          tr("The asset %1 no longer exists.").arg(input.assetNumber));
        return false;
    }
    if (current->version != input.version) {
        m_db.setError(StorageError::Kind::Conflict,
                      tr("\"%1\" was changed by %2 at %3 after you opened it (you have version "
                         "%4, the register has version %5). Nothing was overwritten: reload the "
                         "asset to see the changes.")
                          .arg(current->name, current->updatedBy,
                               current->updatedAt.toLocalTime().toString(
                                   QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                          .arg(input.version)
                          .arg(current->version));
        return false;
    }
    if (current->status == AssetStatus::Disposed && change != Change::Revert &&
        change != Change::Restore) {
        m_db.setError(StorageError::Kind::InvalidState,
                      tr("%1 has been disposed of; its record is kept as it is and cannot be "
                         "changed.")
                          .arg(current->assetNumber));
        return false;
    }
    if (change == Change::Update && input.status != current->status) {
        m_db.setError(
            StorageError::Kind::InvalidState,
            tr("Use Retire or Dispose to change the status of %1.").arg(current->assetNumber));
        return false;
    }

    Asset asset = input;
    canonicalise(asset, m_ref);
    const Permission needed = change != Change::Review                  ? Permission::Edit
                              : reviewAction == QLatin1String("submit") ? Permission::Submit
                              : reviewAction == QLatin1String("section_approve")
                                  ? Permission::SectionApprove
                                  : Permission::Approve;
    if (!m_access.allows(needed, current->departmentId) ||
        (needed == Permission::Edit && !m_access.allows(needed, asset.departmentId))) {
        m_db.setError(m_access.refusal(needed, tr("changing %1").arg(current->assetNumber)));
        return false;
    }
    // The review is the review workflow's business: only a decision or an undo sets it.
    if (change != Change::Review && change != Change::Revert) {
        asset.reviewState = current->reviewState;
        asset.lastReviewedOn = current->lastReviewedOn;
        asset.approvedVersion = current->approvedVersion;
    }
    asset.livesOnNumbers.clear();
    for (qint64 target : asset.livesOnIds) {
        if (auto t = findById(target))
            asset.livesOnNumbers.append(t->assetNumber);
    }
    const QList<FieldChange> changes = diffAssets(*current, asset, m_ref);
    if (changes.isEmpty() && asset.approvedVersion == current->approvedVersion)
        return tx.commit(); // nothing to save: no new version, no audit entry
    // Editing an approved asset reopens its review; leaving service (retire, dispose) does not.
    if (change == Change::Update && current->reviewState == ReviewState::Approved)
        asset.reviewState = ReviewState::ChangedSinceApproval;
    if (!checkBeforeWrite(asset, asset.id))
        return false;

    const QDateTime now = Clock::nowUtc();
    QStringList assignments;
    for (const QString& column : kWritableColumns)
        assignments.append(column + QStringLiteral(" = ?"));
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE assets SET ") + assignments.join(QLatin1String(", ")) +
              QStringLiteral(", updated_at = ?, updated_by = ?, version = version + 1 "
                             "WHERE id = ? AND version = ?"));
    bindAssetColumns(q, asset, foldKey(asset.assetNumber));
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    q.addBindValue(m_db.currentUser());
    q.addBindValue(asset.id);
    q.addBindValue(current->version);
    if (!m_db.run(q, tr("Saving the asset %1").arg(asset.assetNumber)))
        return false;
    if (q.numRowsAffected() != 1) {
        m_db.setError(StorageError::Kind::Conflict,
                      tr("\"%1\" was changed by someone else while it was being saved. Nothing "
                         "was overwritten: reload the asset.")
                          .arg(asset.name));
        return false;
    }
    asset.version = current->version + 1;
    if (!writeRelations(asset, true))
        return false;
    const QList<FieldChange> finalChanges = diffAssets(*current, asset, m_ref);
    const QString action = change == Change::Retire       ? QStringLiteral("retire")
                           : change == Change::Dispose    ? QStringLiteral("dispose")
                           : change == Change::Revert     ? QStringLiteral("undo")
                           : change == Change::ImportLink ? QStringLiteral("import")
                           : change == Change::Review     ? reviewAction
                           : change == Change::Restore    ? QStringLiteral("restore")
                                                          : QStringLiteral("update");
    AuditLog audit(m_db);
    if (!audit.append(action, QStringLiteral("asset"), asset.id, asset.assetNumber, asset.version,
                      finalChanges, comment))
        return false;
    if (!tx.commit())
        return false;
    asset.updatedAt = now;
    asset.updatedBy = m_db.currentUser();
    input = asset;
    return true;
}

bool AssetRepository::retire(qint64 id, int expectedVersion, const QString& reason,
                             const QDate& date) {
    m_db.clearError();
    std::optional<Asset> asset = findById(id);
    if (!asset) {
        m_db.setError(StorageError::Kind::NotFound, tr("The asset no longer exists."));
        return false;
    }
    if (asset->status != AssetStatus::InUse && asset->version == expectedVersion) {
        m_db.setError(StorageError::Kind::InvalidState,
                      tr("%1 is already %2.").arg(asset->assetNumber, displayName(asset->status)));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        m_db.setError(StorageError::Kind::Validation,
                      tr("Give the reason for retiring %1.").arg(asset->assetNumber));
        return false;
    }
    asset->version = expectedVersion;
    asset->status = AssetStatus::Retired;
    asset->statusDate = date.isValid() ? date : Clock::today();
    asset->statusReason = reason.trimmed();
    return save(*asset, Change::Retire, reason.trimmed());
}

bool AssetRepository::dispose(qint64 id, int expectedVersion, const QString& method,
                              const QString& witness, const QString& reason, const QDate& date) {
    m_db.clearError();
    std::optional<Asset> asset = findById(id);
    if (!asset) {
        m_db.setError(StorageError::Kind::NotFound, tr("The asset no longer exists."));
        return false;
    }
    if (method.trimmed().isEmpty() && asset->disposalMethod.trimmed().isEmpty()) {
        m_db.setError(StorageError::Kind::Validation,
                      tr("Give the method of disposal for %1.").arg(asset->assetNumber));
        return false;
    }
    asset->version = expectedVersion;
    asset->status = AssetStatus::Disposed;
    asset->statusDate = date.isValid() ? date : Clock::today();
    if (!method.trimmed().isEmpty())
        asset->disposalMethod = method.trimmed();
    asset->disposalWitness = witness.trimmed();
    asset->statusReason = reason.trimmed();
    return save(*asset, Change::Dispose, reason.trimmed());
}

QString AssetRepository::nextAssetNumber(const QString& prefix, int year) {
    const QString stem =
        foldKey(prefix) + QLatin1Char('-') + QString::number(year) + QLatin1Char('-');
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT asset_number_key FROM assets WHERE asset_number_key LIKE ?"));
    q.addBindValue(QString(stem + QLatin1Char('%')));
    int highest = 0;
    if (m_db.run(q, tr("Finding the next asset number"))) {
        while (q.next()) {
            bool ok = false;
            const int n = q.value(0).toString().mid(stem.size()).toInt(&ok);
            if (ok)
                highest = std::max(highest, n);
        }
    }
    return stem + QStringLiteral("%1").arg(highest + 1, 4, 10, QLatin1Char('0'));
}

} // namespace assetreg
