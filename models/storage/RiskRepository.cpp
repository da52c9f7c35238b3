#include "RiskRepository.h"

#include "AccessControl.h"
#include "AuditLog.h"
#include "Database.h"
#include "MasterDataRepository.h"
#include "SqlValues.h"
#include "domain/Asset.h"
#include "domain/Clock.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace assetreg {

using sql::dateFrom;
using sql::enumFrom;
using sql::nullableDate;
using sql::nullableId;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.asset_id, r.threat_id, r.likelihood, r.vulnerability, r.existing_controls, "
    "r.treatment, r.treatment_plan, r.treatment_owner_id, r.treatment_due, r.treatment_done, "
    "r.assessed_on, r.assessed_by, r.version, a.asset_number, a.name, a.department_id, "
    "d.name_ja, d.name_en, t.name_ja, t.name_en, p.name, a.conf_level_id, a.integ_level_id, "
    "a.avail_level_id FROM risk_assessments r JOIN assets a ON a.id = r.asset_id "
    "JOIN departments d ON d.id = a.department_id JOIN threats t ON t.id = r.threat_id "
    "LEFT JOIN people p ON p.id = r.treatment_owner_id");

QString placeholders(qsizetype n) {
    return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
}

// The audited fields of a risk row, by stable key.
QList<std::pair<QString, QString>> fieldsOf(const RiskAssessment& r) {
    return {{QStringLiteral("likelihood"), QString::number(r.likelihood)},
            {QStringLiteral("vulnerability"), QString::number(r.vulnerability)},
            {QStringLiteral("existing_controls"), r.existingControls},
            {QStringLiteral("treatment"), toKey(r.treatment)},
            {QStringLiteral("treatment_plan"), r.treatmentPlan},
            {QStringLiteral("treatment_owner"),
             r.treatmentOwnerId ? QString::number(r.treatmentOwnerId) : QString()},
            {QStringLiteral("treatment_due"), r.treatmentDue.toString(Qt::ISODate)},
            {QStringLiteral("treatment_done"), r.treatmentDone.toString(Qt::ISODate)}};
}

QList<FieldChange> changesBetween(const RiskAssessment* before, const RiskAssessment* after) {
    const auto old = before ? fieldsOf(*before) : QList<std::pair<QString, QString>>{};
    const auto now = after ? fieldsOf(*after) : QList<std::pair<QString, QString>>{};
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < std::max(old.size(), now.size()); ++i) {
        const QString key = i < old.size() ? old[i].first : now[i].first;
        const QString from = i < old.size() ? old[i].second : QString();
        const QString to = i < now.size() ? now[i].second : QString();
        if (from != to)
            changes.append({key, from, to});
    }
    return changes;
}

RiskAssessment readRow(const QSqlQuery& q) {
    RiskAssessment r;
    r.id = q.value(0).toLongLong();
    r.assetId = q.value(1).toLongLong();
    r.threatId = q.value(2).toLongLong();
    r.likelihood = q.value(3).toInt();
    r.vulnerability = q.value(4).toInt();
    r.existingControls = q.value(5).toString();
    r.treatment = enumFrom(q.value(6), Treatment::None);
    r.treatmentPlan = q.value(7).toString();
    r.treatmentOwnerId = q.value(8).toLongLong();
    r.treatmentDue = dateFrom(q.value(9));
    r.treatmentDone = dateFrom(q.value(10));
    r.assessedOn = dateFrom(q.value(11));
    r.assessedBy = q.value(12).toString();
    r.version = q.value(13).toInt();
    r.assetNumber = q.value(14).toString();
    r.assetName = q.value(15).toString();
    r.departmentId = q.value(16).toLongLong();
    r.departmentName = localisedName(q.value(17).toString(), q.value(18).toString());
    r.threatName = localisedName(q.value(19).toString(), q.value(20).toString());
    r.ownerName = q.value(21).toString();
    return r;
}

} // namespace

RiskRepository::RiskRepository(Database& db)
    : m_db(db) {
}

const StorageError& RiskRepository::lastError() const {
    return m_db.lastError();
}

RiskRepository::Context RiskRepository::context() {
    Context c;
    c.catalogue = catalogue();
    for (const ClassificationScheme& scheme : MasterDataRepository(m_db).load().schemes)
        for (const ClassificationLevel& level : scheme.levels)
            c.importanceOfLevel.insert(level.id, c.catalogue.levelImportance(level));
    return c;
}

RiskCatalogue RiskRepository::catalogue() {
    RiskCatalogue c;
    const QString context = tr("Reading the risk catalogue");
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name_ja, name_en FROM threat_groups ORDER BY id"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next())
        c.groups.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()});
    if (!q.exec(QStringLiteral("SELECT id, code, group_id, name_ja, name_en, sort_order, active "
                               "FROM threats ORDER BY group_id, sort_order, id"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next())
        c.threats.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                          q.value(6).toBool()});
    if (!q.exec(QStringLiteral("SELECT level_id, importance FROM level_importance"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next())
        c.importanceByLevel.insert(q.value(0).toLongLong(), q.value(1).toInt());
    if (!q.exec(QStringLiteral("SELECT id, code, min_value, max_value, label_ja, label_en, color, "
                               "must_treat FROM risk_bands ORDER BY min_value"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next())
        c.bands.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                        q.value(3).toInt(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toBool()});
    if (!q.exec(QStringLiteral("SELECT id, sub_type, name_ja, name_en FROM risk_templates "
                               "ORDER BY sub_type, id"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    QHash<qint64, qsizetype> templateIndex;
    while (q.next()) {
        templateIndex.insert(q.value(0).toLongLong(), c.templates.size());
        c.templates.append({q.value(0).toLongLong(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            {}});
    }
    if (!q.exec(QStringLiteral(
            "SELECT tr.template_id, tr.threat_id, tr.likelihood, tr.vulnerability, "
            "tr.existing_controls, tr.treatment, tr.treatment_plan FROM risk_template_rows tr "
            "JOIN threats t ON t.id = tr.threat_id ORDER BY tr.template_id, t.group_id, "
            "t.sort_order"))) {
        m_db.setSqlError(q, context);
        return {};
    }
    while (q.next()) {
        const qsizetype index = templateIndex.value(q.value(0).toLongLong(), -1);
        if (index >= 0)
            c.templates[index].rows.append({q.value(1).toLongLong(), q.value(2).toInt(),
                                            q.value(3).toInt(), q.value(4).toString(),
                                            enumFrom(q.value(5), Treatment::None),
                                            q.value(6).toString()});
    }
    return c;
}

QList<RiskAssessment> RiskRepository::list(const RiskQuery& query) {
    const Context ctx = context();
    const RiskCatalogue& cat = ctx.catalogue;
    const QHash<qint64, int>& importanceOfLevel = ctx.importanceOfLevel;

    QString sql = kSelect + QStringLiteral(" WHERE a.status = 'in_use'");
    QVariantList values;
    if (!query.departmentIds.isEmpty()) {
        sql += QStringLiteral(" AND a.department_id IN (%1)")
                   .arg(placeholders(query.departmentIds.size()));
        for (qint64 id : query.departmentIds)
            values.append(id);
    }
    if (!query.assetIds.isEmpty()) {
        sql += QStringLiteral(" AND r.asset_id IN (%1)").arg(placeholders(query.assetIds.size()));
        for (qint64 id : query.assetIds)
            values.append(id);
    }
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!m_db.run(q, tr("Reading the risks")))
        return {};
    QHash<qint64, int> threatOrder;
    for (qsizetype i = 0; i < cat.threats.size(); ++i)
        threatOrder.insert(cat.threats[i].id, int(i));
    QList<RiskAssessment> result;
    while (q.next()) {
        RiskAssessment r = readRow(q);
        for (int column : {22, 23, 24})
            r.importance =
                std::max(r.importance, importanceOfLevel.value(q.value(column).toLongLong()));
        if (r.value() < query.minValue)
            continue;
        if (query.onlyOpen) {
            const RiskBand* band = cat.band(r.value());
            const bool pending = r.treatment != Treatment::None &&
                                 r.treatment != Treatment::Accept && !r.treatmentDone.isValid();
            if (!pending && !(band && band->mustTreat && r.treatment == Treatment::None))
                continue;
        }
        result.append(r);
    }
    std::sort(result.begin(), result.end(),
              [&threatOrder](const RiskAssessment& a, const RiskAssessment& b) {
                  if (a.value() != b.value())
                      return a.value() > b.value();
                  if (a.assetNumber != b.assetNumber)
                      return a.assetNumber < b.assetNumber;
                  return threatOrder.value(a.threatId) < threatOrder.value(b.threatId);
              });
    return result;
}

QList<RiskAssessment> RiskRepository::forAsset(qint64 assetId, RiskCatalogue* usedCatalogue) {
    const Context ctx = context();
    if (usedCatalogue)
        *usedCatalogue = ctx.catalogue;
    return readAssessment(assetId, ctx);
}

QList<RiskAssessment> RiskRepository::readAssessment(qint64 assetId, const Context& ctx) {
    // The assessment of one asset whatever its status, in catalogue order: not through list().
    QList<RiskAssessment> rows;
    QSqlQuery q = m_db.query();
    q.prepare(kSelect + QStringLiteral(" WHERE r.asset_id = ? ORDER BY t.group_id, t.sort_order"));
    q.addBindValue(assetId);
    if (!m_db.run(q, tr("Reading the risks")))
        return {};
    while (q.next()) {
        RiskAssessment r = readRow(q);
        for (int column : {22, 23, 24})
            r.importance =
                std::max(r.importance, ctx.importanceOfLevel.value(q.value(column).toLongLong()));
        rows.append(r);
    }
    return rows;
}

qint64 RiskRepository::assessedAssetCount() {
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(DISTINCT r.asset_id) FROM risk_assessments r "
                               "JOIN assets a ON a.id = r.asset_id WHERE a.status = 'in_use'")) ||
        !q.next()) {
        m_db.setSqlError(q, tr("Counting the assessed assets"));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool RiskRepository::mayEditAsset(qint64 assetId, qint64* departmentId, QString* assetNumber) {
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT department_id, asset_number FROM assets WHERE id = ?"));
    q.addBindValue(assetId);
    if (!m_db.run(q, tr("Reading the asset")))
        return false;
    if (!q.next()) {
        m_db.setError(StorageError::Kind::NotFound, tr("The asset no longer exists."));
        return false;
    }
    *departmentId = q.value(0).toLongLong();
    *assetNumber = q.value(1).toString();
    if (m_db.isReadOnly()) {
        m_db.setError(StorageError::Kind::Refused,
                      tr("The register is open read-only; risks cannot be changed."));
        return false;
    }
    AccessControl access(m_db);
    if (!access.allows(Permission::Edit, *departmentId)) {
        m_db.setError(
            access.refusal(Permission::Edit, tr("assessing the risks of %1").arg(*assetNumber)));
        return false;
    }
    return true;
}

bool RiskRepository::insertRow(const RiskAssessment& r, const QString& key) {
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO risk_assessments (asset_id, threat_id, likelihood, vulnerability, "
        "existing_controls, treatment, treatment_plan, treatment_owner_id, treatment_due, "
        "treatment_done, assessed_on, assessed_by, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1) "
        "RETURNING id"));
    for (const QVariant& v :
         QVariantList{r.assetId, r.threatId, r.likelihood, r.vulnerability,
                      Database::text(r.existingControls), toKey(r.treatment),
                      Database::text(r.treatmentPlan), nullableId(r.treatmentOwnerId),
                      nullableDate(r.treatmentDue), nullableDate(r.treatmentDone),
                      Clock::today().toString(Qt::ISODate), m_db.currentUser()})
        q.addBindValue(v);
    if (!m_db.run(q, tr("Saving the risk %1").arg(key)) || !q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("risk"), id, key, 1,
                                 changesBetween(nullptr, &r));
}

bool RiskRepository::saveAssessment(qint64 assetId, const QList<RiskAssessment>& wanted) {
    return writeAssessment(assetId, wanted, context());
}

bool RiskRepository::writeAssessment(qint64 assetId, const QList<RiskAssessment>& wanted,
                                     const Context& ctx) {
    qint64 departmentId = 0;
    QString number;
    if (!mayEditAsset(assetId, &departmentId, &number))
        return false;
    const RiskCatalogue& cat = ctx.catalogue;
    const QList<RiskAssessment> existing = readAssessment(assetId, ctx);
    QHash<qint64, const RiskAssessment*> existingById;
    for (const RiskAssessment& r : existing)
        existingById.insert(r.id, &r);

    StorageError invalid = StorageError::make(StorageError::Kind::Validation, QString());
    QSet<qint64> threats;
    for (const RiskAssessment& r : wanted) {
        const Threat* threat = cat.threat(r.threatId);
        const QString name = threat ? localisedName(threat->nameJa, threat->nameEn) : QString();
        if (!threat)
            invalid.fieldErrors.append({QStringLiteral("threat"), tr("Choose a threat of the "
                                                                     "catalogue for every row.")});
        else if (threats.contains(r.threatId))
            invalid.fieldErrors.append(
                {QStringLiteral("threat"), tr("%1 is assessed twice; keep one row.").arg(name)});
        threats.insert(r.threatId);
        if (r.likelihood < risk::kMin || r.likelihood > risk::kMax)
            invalid.fieldErrors.append({QStringLiteral("likelihood"),
                                        tr("%1: the likelihood must be 1, 2 or 3.").arg(name)});
        if (r.vulnerability < risk::kMin || r.vulnerability > risk::kMax)
            invalid.fieldErrors.append({QStringLiteral("vulnerability"),
                                        tr("%1: the vulnerability must be 1, 2 or 3.").arg(name)});
        if (r.treatmentDone.isValid() && r.treatment == Treatment::None)
            invalid.fieldErrors.append(
                {QStringLiteral("treatment"),
                 tr("%1: a treatment marked done needs the treatment chosen.").arg(name)});
        if (r.id && !existingById.contains(r.id)) {
            m_db.setError(StorageError::Kind::Conflict,
                          tr("The risk %1 of %2 was removed by someone else; reload the "
                             "assessment.")
                              .arg(name, number));
            return false;
        }
        if (r.id && existingById.value(r.id)->version != r.version) {
            m_db.setError(StorageError::Kind::Conflict,
                          tr("The risk %1 of %2 was changed by someone else since you opened "
                             "it; reload the assessment.")
                              .arg(name, number));
            return false;
        }
    }
    if (m_db.refuseInvalid(invalid))
        return false;

    const auto keyOf = [&cat, &number](qint64 threatId) -> QString {
        const Threat* t = cat.threat(threatId);
        return number + QLatin1Char('/') + (t ? t->code : QString::number(threatId));
    };
    QSet<qint64> kept;
    for (const RiskAssessment& r : wanted)
        if (r.id)
            kept.insert(r.id);

    Transaction tx(m_db);
    AuditLog audit(m_db);
    for (const RiskAssessment& old : existing) {
        if (kept.contains(old.id))
            continue;
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("DELETE FROM risk_assessments WHERE id = ? AND version = ?"));
        q.addBindValue(old.id);
        q.addBindValue(old.version);
        if (!m_db.run(q, tr("Removing the risk %1").arg(keyOf(old.threatId))))
            return false;
        if (!audit.append(QStringLiteral("delete"), QStringLiteral("risk"), old.id,
                          keyOf(old.threatId), old.version, changesBetween(&old, nullptr)))
            return false;
    }
    for (RiskAssessment r : wanted) {
        r.assetId = assetId;
        if (!r.id) {
            if (!insertRow(r, keyOf(r.threatId)))
                return false;
            continue;
        }
        const RiskAssessment& old = *existingById.value(r.id);
        const QList<FieldChange> changes = changesBetween(&old, &r);
        if (changes.isEmpty() && old.threatId == r.threatId)
            continue;
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral(
            "UPDATE risk_assessments SET threat_id = ?, likelihood = ?, vulnerability = ?, "
            "existing_controls = ?, treatment = ?, treatment_plan = ?, treatment_owner_id = ?, "
            "treatment_due = ?, treatment_done = ?, assessed_on = ?, assessed_by = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"));
        for (const QVariant& v : QVariantList{
                 r.threatId, r.likelihood, r.vulnerability, Database::text(r.existingControls),
                 toKey(r.treatment), Database::text(r.treatmentPlan),
                 nullableId(r.treatmentOwnerId), nullableDate(r.treatmentDue),
                 nullableDate(r.treatmentDone), Clock::today().toString(Qt::ISODate),
                 m_db.currentUser(), r.id, r.version})
            q.addBindValue(v);
        if (!m_db.run(q, tr("Saving the risk %1").arg(keyOf(r.threatId))))
            return false;
        if (q.numRowsAffected() != 1) {
            m_db.setError(StorageError::Kind::Conflict,
                          tr("The risk %1 was changed by someone else; reload the assessment.")
                              .arg(keyOf(r.threatId)));
            return false;
        }
        if (!audit.append(QStringLiteral("update"), QStringLiteral("risk"), r.id, keyOf(r.threatId),
                          r.version + 1, changes))
            return false;
    }
    return tx.commit();
}

std::optional<RiskRepository::ApplyResult>
RiskRepository::applyTemplate(qint64 templateId, const QList<qint64>& assetIds, bool replace) {
    // Read once for the whole batch: the catalogue and the levels do not change within it.
    const Context ctx = context();
    const RiskCatalogue& cat = ctx.catalogue;
    const auto found =
        std::find_if(cat.templates.cbegin(), cat.templates.cend(),
                     [templateId](const RiskTemplate& t) { return t.id == templateId; });
    if (found == cat.templates.cend()) {
        m_db.setError(StorageError::Kind::NotFound, tr("The risk template no longer exists."));
        return std::nullopt;
    }
    const RiskTemplate& tmpl = *found;
    ApplyResult result;
    Transaction tx(m_db);
    for (qsizetype index = 0; index < assetIds.size(); ++index) {
        const qint64 assetId = assetIds[index];
        qint64 departmentId = 0;
        QString number;
        if (!mayEditAsset(assetId, &departmentId, &number))
            return std::nullopt;
        QSqlQuery type = m_db.query();
        type.prepare(QStringLiteral("SELECT sub_type FROM assets WHERE id = ?"));
        type.addBindValue(assetId);
        if (!m_db.run(type, tr("Reading the asset")) || !type.next())
            return std::nullopt;
        if (type.value(0).toString() != tmpl.subType) {
            StorageError error = StorageError::make(
                StorageError::Kind::Validation,
                tr("%1 is not of the sub-type the template \"%2\" is for; nothing was applied.")
                    .arg(number, localisedName(tmpl.nameJa, tmpl.nameEn)));
            error.index = int(index);
            m_db.setError(error);
            return std::nullopt;
        }
        QList<RiskAssessment> rows = readAssessment(assetId, ctx);
        const RiskTemplate::Merge merge = tmpl.mergeInto(&rows, assetId, replace);
        result.added += merge.added;
        result.replaced += merge.replaced;
        result.kept += merge.kept;
        const bool changed = merge.added + merge.replaced > 0;
        if (changed && !writeAssessment(assetId, rows, ctx))
            return std::nullopt;
        ++result.assets;
    }
    if (!tx.commit())
        return std::nullopt;
    return result;
}

bool RiskRepository::saveTemplate(RiskTemplate& t) {
    const QString name = t.nameJa.trimmed();
    if (!AccessControl(m_db).mayAdminister(tr("saving the risk template %1").arg(name)))
        return false;
    const RiskCatalogue cat = catalogue();
    const ReferenceData ref = MasterDataRepository(m_db).load();
    StorageError invalid = StorageError::make(StorageError::Kind::Validation, QString());
    if (name.isEmpty())
        invalid.fieldErrors.append({QStringLiteral("name_ja"), tr("Enter the template's name.")});
    if (!ref.assetType(t.subType))
        invalid.fieldErrors.append(
            {QStringLiteral("sub_type"), tr("Choose the asset sub-type the template is for.")});
    QSet<qint64> threats;
    for (const RiskTemplateRow& row : std::as_const(t.rows)) {
        if (!cat.threat(row.threatId) || threats.contains(row.threatId) ||
            row.likelihood < risk::kMin || row.likelihood > risk::kMax ||
            row.vulnerability < risk::kMin || row.vulnerability > risk::kMax) {
            invalid.fieldErrors.append(
                {QStringLiteral("rows"), tr("Every row needs a different threat of the catalogue "
                                            "and a likelihood and vulnerability of 1 to 3.")});
            break;
        }
        threats.insert(row.threatId);
    }
    if (m_db.refuseInvalid(invalid))
        return false;
    Transaction tx(m_db);
    const QString context = tr("Saving the risk template %1").arg(name);
    QSqlQuery q = m_db.query();
    if (!t.id) {
        q.prepare(QStringLiteral("INSERT INTO risk_templates (sub_type, name_ja, name_en) "
                                 "VALUES (?,?,?) RETURNING id"));
        q.addBindValue(t.subType);
        q.addBindValue(name);
        q.addBindValue(Database::text(t.nameEn.trimmed()));
        if (!m_db.run(q, context) || !q.next())
            return false;
        t.id = q.value(0).toLongLong();
        q.finish();
    } else {
        q.prepare(QStringLiteral(
            "UPDATE risk_templates SET sub_type = ?, name_ja = ?, name_en = ? WHERE id = ?"));
        q.addBindValue(t.subType);
        q.addBindValue(name);
        q.addBindValue(Database::text(t.nameEn.trimmed()));
        q.addBindValue(t.id);
        if (!m_db.run(q, context))
            return false;
        QSqlQuery clear = m_db.query();
        clear.prepare(QStringLiteral("DELETE FROM risk_template_rows WHERE template_id = ?"));
        clear.addBindValue(t.id);
        if (!m_db.run(clear, context))
            return false;
    }
    QStringList summary;
    for (const RiskTemplateRow& row : std::as_const(t.rows)) {
        QSqlQuery insert = m_db.query();
        insert.prepare(QStringLiteral(
            "INSERT INTO risk_template_rows (template_id, threat_id, likelihood, vulnerability, "
            "existing_controls, treatment, treatment_plan) VALUES (?,?,?,?,?,?,?)"));
        for (const QVariant& v :
             QVariantList{t.id, row.threatId, row.likelihood, row.vulnerability,
                          Database::text(row.existingControls), toKey(row.treatment),
                          Database::text(row.treatmentPlan)})
            insert.addBindValue(v);
        if (!m_db.run(insert, context))
            return false;
        summary.append(QStringLiteral("%1:%2/%3")
                           .arg(cat.threat(row.threatId)->code)
                           .arg(row.likelihood)
                           .arg(row.vulnerability));
    }
    t.nameJa = name;
    if (!AuditLog(m_db).append(
            QStringLiteral("update"), QStringLiteral("risk_template"), t.id, name, 0,
            {{QStringLiteral("sub_type"), QString(), t.subType},
             {QStringLiteral("rows"), QString(), summary.join(QLatin1Char(' '))}}))
        return false;
    return tx.commit();
}

bool RiskRepository::saveThreat(Threat& threat) {
    const QString name = threat.nameJa.trimmed();
    if (!AccessControl(m_db).mayAdminister(tr("saving the threat %1").arg(name)))
        return false;
    const RiskCatalogue cat = catalogue();
    const Threat* old = threat.id ? cat.threat(threat.id) : nullptr;
    if (threat.id && !old) {
        m_db.setError(StorageError::Kind::NotFound, tr("The threat no longer exists."));
        return false;
    }
    Threat wanted = threat;
    wanted.code = old ? old->code : threat.code.trimmed().toLower();
    wanted.nameJa = name;
    wanted.nameEn = threat.nameEn.trimmed();
    StorageError invalid = StorageError::make(StorageError::Kind::Validation, QString());
    if (wanted.code.isEmpty())
        invalid.fieldErrors.append({QStringLiteral("code"), tr("Enter the threat's code.")});
    else if (!old && cat.threatByCode(wanted.code))
        invalid.fieldErrors.append(
            {QStringLiteral("code"), tr("The code %1 is already a threat.").arg(wanted.code)});
    if (name.isEmpty())
        invalid.fieldErrors.append({QStringLiteral("name_ja"), tr("Enter the threat's name.")});
    if (!cat.group(wanted.groupId))
        invalid.fieldErrors.append(
            {QStringLiteral("group"), tr("Choose the group of 第3条 the threat belongs to.")});
    if (m_db.refuseInvalid(invalid))
        return false;
    QList<FieldChange> changes;
    const auto note = [&changes](const char* key, const QString& before, const QString& after) {
        noteChange(&changes, key, before, after);
    };
    note("code", old ? old->code : QString(), wanted.code);
    note("group", old ? QString::number(old->groupId) : QString(), QString::number(wanted.groupId));
    note("name_ja", old ? old->nameJa : QString(), wanted.nameJa);
    note("name_en", old ? old->nameEn : QString(), wanted.nameEn);
    note("sort_order", old ? QString::number(old->sortOrder) : QString(),
         QString::number(wanted.sortOrder));
    note("active", old ? QString::number(int(old->active)) : QString(),
         QString::number(int(wanted.active)));
    if (old && changes.isEmpty())
        return true;
    Transaction tx(m_db);
    const QString context = tr("Saving the threat %1").arg(name);
    QSqlQuery q = m_db.query();
    if (!old) {
        q.prepare(QStringLiteral("INSERT INTO threats (code, group_id, name_ja, name_en, "
                                 "sort_order, active) VALUES (?,?,?,?,?,?) RETURNING id"));
        for (const QVariant& v :
             QVariantList{wanted.code, wanted.groupId, wanted.nameJa, Database::text(wanted.nameEn),
                          wanted.sortOrder, int(wanted.active)})
            q.addBindValue(v);
        if (!m_db.run(q, context) || !q.next())
            return false;
        wanted.id = q.value(0).toLongLong();
        q.finish();
    } else {
        q.prepare(QStringLiteral("UPDATE threats SET group_id = ?, name_ja = ?, name_en = ?, "
                                 "sort_order = ?, active = ? WHERE id = ?"));
        for (const QVariant& v :
             QVariantList{wanted.groupId, wanted.nameJa, Database::text(wanted.nameEn),
                          wanted.sortOrder, int(wanted.active), wanted.id})
            q.addBindValue(v);
        if (!m_db.run(q, context))
            return false;
    }
    if (!AuditLog(m_db).append(old ? QStringLiteral("update") : QStringLiteral("create"),
                               QStringLiteral("threat"), wanted.id, wanted.code, 0, changes))
        return false;
    if (!tx.commit())
        return false;
    threat = wanted;
    return true;
}

} // namespace assetreg
