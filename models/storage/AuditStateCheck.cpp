#include "AuditStateCheck.h"

#include "AssetRepository.h"
#include "AuditLog.h"
#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

namespace assetreg {
namespace {

// One entry's payload, as far as the state is concerned.
struct Recorded {
    int version = 0;
    QList<std::pair<QString, QString>> changes; // field → new value
};

Recorded parsePayload(const QString& payload) {
    Recorded r;
    const QJsonObject root = QJsonDocument::fromJson(payload.toUtf8()).object();
    r.version = root.value(QStringLiteral("version")).toInt();
    for (const auto& value : root.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        r.changes.append({change.value(QStringLiteral("field")).toString(),
                          change.value(QStringLiteral("new")).toString()});
    }
    return r;
}

bool startsState(const QString& action) {
    return action == QLatin1String("create") || action == QLatin1String("baseline");
}

QString columnText(const QVariant& value) {
    return value.isNull() ? QString() : value.toString();
}

bool isDigits(const QString& text) {
    if (text.isEmpty())
        return true;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// The state of one entity as its entries leave it.
struct Folded {
    QHash<QString, QString> fields;
    int version = 0;
    bool deleted = false;
    qint64 lastEntry = 0;
};

} // namespace

AuditStateCheck::AuditStateCheck(Database& db)
    : m_db(db) {
}

const QList<AuditStateCheck::AuditedTable>& AuditStateCheck::auditedTables() {
    static const QList<AuditedTable> tables{
        {"organ", "organs"},
        {"department", "departments"},
        {"section", "sections"},
        {"person", "people"},
        {"classification_level", "classification_levels"},
        {"threat", "threats"},
        {"risk_template", "risk_templates"},
        {"user", "users"},
        {"risk", "risk_assessments"},
    };
    return tables;
}

QList<FieldChange> AuditStateCheck::rowFields(Database& db, const QString& table, qint64 id) {
    QList<FieldChange> fields;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return fields;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name == QLatin1String("id") || name == QLatin1String("search_text"))
            continue;
        const QString value = columnText(q.value(i));
        if (!value.isEmpty())
            fields.append({name, QString(), value});
    }
    return fields;
}

bool AuditStateCheck::baselineUnrecordedRows(Database& db) {
    AuditLog audit(db);
    const QString note = QStringLiteral("audit of this table started; state as found");
    for (const AuditedTable& audited : auditedTables()) {
        const QString table = QString::fromLatin1(audited.table);
        const QString entity = QString::fromLatin1(audited.entity);
        if (!db.tableExists(table))
            continue;
        // Rows without an entry, and rows whose entries describe them in another way than the
        // generic comparison reads (registers written before version 9).
        QList<qint64> ids;
        AuditStateCheck check(db);
        check.m_collect = &ids;
        check.checkRows(audited);
        for (const qint64 id : std::as_const(ids)) {
            const QList<FieldChange> fields = rowFields(db, table, id);
            int version = 0;
            for (const FieldChange& f : fields) {
                if (f.field == QLatin1String("version"))
                    version = f.newValue.toInt();
            }
            QString key;
            for (const FieldChange& f : fields) {
                if (f.field == QLatin1String("code") || f.field == QLatin1String("login"))
                    key = f.newValue;
            }
            if (!audit.append(QStringLiteral("baseline"), entity, id, key, version, fields, note))
                return false;
        }
    }
    // Assets whose entries do not rebuild them exactly (fields added to the register after
    // they were recorded): their state as found.
    {
        QList<qint64> ids;
        AuditStateCheck check(db);
        check.m_collect = &ids;
        check.collectNames();
        check.checkAssets();
        AssetRepository repo(db);
        for (const Asset& asset : repo.byIds(ids, true)) {
            if (!audit.append(QStringLiteral("baseline"), QStringLiteral("asset"), asset.id,
                              asset.assetNumber, asset.version,
                              initialValues(asset, repo.reference()), note))
                return false;
        }
    }
    // Settings: one entry with every key not recorded yet.
    QHash<QString, QString> recorded;
    QSqlQuery entries = db.query();
    if (!entries.exec(QStringLiteral("SELECT changes FROM audit_log WHERE entity = 'settings' "
                                     "ORDER BY id"))) {
        db.setSqlError(entries, tr("Reading the audit log"));
        return false;
    }
    while (entries.next()) {
        for (const auto& change : parsePayload(entries.value(0).toString()).changes)
            recorded.insert(change.first, change.second);
    }
    QList<FieldChange> missing;
    QSqlQuery settings = db.query();
    if (!settings.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"))) {
        db.setSqlError(settings, tr("Reading the settings"));
        return false;
    }
    while (settings.next()) {
        const QString key = settings.value(0).toString();
        const QString value = columnText(settings.value(1));
        if (!recorded.contains(key) || recorded.value(key) != value)
            missing.append({key, QString(), value});
    }
    if (!missing.isEmpty() && !audit.append(QStringLiteral("baseline"), QStringLiteral("settings"),
                                            0, QString(), 0, missing, note))
        return false;
    return true;
}

bool AuditStateCheck::report(qint64 id, const QString& message) {
    if (m_collect) {
        m_collect->append(id);
        return false;
    }
    m_first = message;
    return true;
}

QString AuditStateCheck::firstDifference() {
    collectNames();
    // On PostgreSQL the entries about users are for administrators' and officers' eyes only:
    // other logins compare what they can read.
    bool readsUserEntries = m_db.backend() == Backend::SQLite || m_db.isAboveRowSecurity();
    if (!readsUserEntries) {
        QSqlQuery role = m_db.query();
        readsUserEntries = role.exec(QStringLiteral("SELECT assetreg_role()")) && role.next() &&
                           (role.value(0).toString() == QLatin1String("admin") ||
                            role.value(0).toString() == QLatin1String("officer"));
    }
    QString difference = checkSettings();
    for (const AuditedTable& audited : auditedTables()) {
        if (difference.isEmpty() && (readsUserEntries || qstrcmp(audited.entity, "user") != 0))
            difference = checkRows(audited);
    }
    if (difference.isEmpty())
        difference = checkAssets();
    return difference;
}

void AuditStateCheck::collectNames() {
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT entity, entity_id, changes FROM audit_log "
                               "WHERE entity IN ('section', 'person')")))
        return;
    while (q.next()) {
        const bool section = q.value(0).toString() == QLatin1String("section");
        const QString id = q.value(1).toString();
        const QJsonObject root = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (const auto& value : root.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            const QString field = change.value(QStringLiteral("field")).toString();
            if (field != QLatin1String("name_ja") && field != QLatin1String("name"))
                continue;
            auto& names = section ? m_sectionNames[id] : m_personNames[id];
            names.insert(change.value(QStringLiteral("old")).toString());
            names.insert(change.value(QStringLiteral("new")).toString());
        }
    }
}

QString AuditStateCheck::checkSettings() {
    QHash<QString, QString> recorded;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT changes FROM audit_log WHERE entity = 'settings' "
                               "ORDER BY id")))
        return {};
    while (q.next()) {
        for (const auto& change : parsePayload(q.value(0).toString()).changes)
            recorded.insert(change.first, change.second);
    }
    QHash<QString, QString> current;
    QSqlQuery s = m_db.query();
    if (!s.exec(QStringLiteral("SELECT key, value FROM settings")))
        return {};
    while (s.next())
        current.insert(s.value(0).toString(), columnText(s.value(1)));
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (current.value(it.key()) != it.value())
            return tr("The setting \"%1\" is \"%2\" but the audit log records \"%3\": it was "
                      "changed outside the application.")
                .arg(it.key(), current.value(it.key()), it.value());
    }
    return {};
}

QString AuditStateCheck::checkRows(const AuditedTable& audited) {
    const QString table = QString::fromLatin1(audited.table);
    const QString entity = QString::fromLatin1(audited.entity);
    if (!m_db.tableExists(table))
        return {};
    std::map<qint64, Folded> folded;
    QSqlQuery log = m_db.query();
    log.setForwardOnly(true);
    log.prepare(QStringLiteral("SELECT entity_id, id, action, changes FROM audit_log "
                               "WHERE entity = ? ORDER BY entity_id, id"));
    log.addBindValue(entity);
    if (!log.exec())
        return {};
    while (log.next()) {
        Folded& f = folded[log.value(0).toLongLong()];
        const QString action = log.value(2).toString();
        const Recorded r = parsePayload(log.value(3).toString());
        if (startsState(action))
            f.fields.clear();
        f.deleted = action == QLatin1String("delete");
        for (const auto& change : r.changes)
            f.fields.insert(change.first, change.second);
        if (r.version)
            f.version = r.version;
        f.lastEntry = log.value(1).toLongLong();
    }

    QSqlQuery rows = m_db.query();
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return {};
    const QSqlRecord record = rows.record();
    QHash<QString, int> columns;
    for (int i = 0; i < record.count(); ++i)
        columns.insert(record.fieldName(i), i);
    const int idColumn = columns.value(QStringLiteral("id"), -1);
    if (idColumn < 0)
        return {};
    const bool versioned = columns.contains(QStringLiteral("version"));
    QSet<qint64> seen;
    while (rows.next()) {
        const qint64 id = rows.value(idColumn).toLongLong();
        seen.insert(id);
        const auto it = folded.find(id);
        if (it == folded.end() || it->second.deleted) {
            if (report(id, tr("%1 #%2 has no audit entry: it was added outside the application.")
                               .arg(table)
                               .arg(id)))
                return m_first;
            continue;
        }
        const Folded& f = it->second;
        if (versioned && f.version) {
            const int version = rows.value(columns.value(QStringLiteral("version"))).toInt();
            if (version != f.version) {
                if (report(id, tr("%1 #%2 is at version %3 but its last audit entry (#%4) records "
                                  "version %5: it was changed outside the application or audit "
                                  "entries were removed.")
                                   .arg(table)
                                   .arg(id)
                                   .arg(version)
                                   .arg(f.lastEntry)
                                   .arg(f.version)))
                    return m_first;
                continue;
            }
        }
        for (auto field = f.fields.cbegin(); field != f.fields.cend(); ++field) {
            int column = columns.value(field.key(), -1);
            if (column < 0 && isDigits(field.value()))
                column = columns.value(field.key() + QStringLiteral("_id"), -1);
            if (column < 0 || field.key() == QLatin1String("id"))
                continue;
            QString now = columnText(rows.value(column));
            if (isDigits(field.value()) && now == QLatin1String("0"))
                now = field.value().isEmpty() ? QString() : now;
            if (now != field.value()) {
                if (report(id, tr("%1 #%2: its %3 is \"%4\" but the audit log (entry #%5) "
                                  "records \"%6\": it was changed outside the application.")
                                   .arg(table)
                                   .arg(id)
                                   .arg(field.key(), now)
                                   .arg(f.lastEntry)
                                   .arg(field.value())))
                    return m_first;
                break;
            }
        }
    }
    if (m_collect)
        return {}; // rows that are gone cannot be given a baseline
    for (const auto& [id, f] : folded) {
        if (!f.deleted && !seen.contains(id) && entity != QLatin1String("user") &&
            m_db.backend() == Backend::SQLite)
            return tr("%1 #%2 is recorded in the audit log (entry #%3) but no longer exists: it "
                      "was removed outside the application.")
                .arg(table)
                .arg(id)
                .arg(f.lastEntry);
        if (!f.deleted && !seen.contains(id) && entity == QLatin1String("user"))
            return tr("The user #%1 is recorded in the audit log (entry #%2) but no longer "
                      "exists: it was removed outside the application.")
                .arg(id)
                .arg(f.lastEntry);
    }
    return {};
}

QString AuditStateCheck::checkAssets() {
    AssetRepository repo(m_db);
    const ReferenceData& ref = repo.reference();
    QList<qint64> ids;
    {
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM assets ORDER BY id")))
            return {};
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    QSqlQuery log = m_db.query();
    // Other queries run while this one is read: PostgreSQL's driver cannot stream it then.
    log.setForwardOnly(m_db.backend() == Backend::SQLite);
    if (!log.exec(QStringLiteral("SELECT entity_id, id, action, changes, entity_key FROM audit_log "
                                 "WHERE entity = 'asset' ORDER BY entity_id, id")))
        return {};
    bool logHasRow = log.next();
    const auto sameText = [this](const QString& key, const QString& recorded, const QString& now,
                                 const Asset& asset) {
        if (recorded == now)
            return true;
        // Master data may be renamed without changing the asset: compare what identifies it.
        if (key == QLatin1String("department"))
            return recorded.section(QLatin1Char(' '), 0, 0) == now.section(QLatin1Char(' '), 0, 0);
        if (key == QLatin1String("section"))
            return m_sectionNames.value(QString::number(asset.sectionId)).contains(recorded);
        if (key == QLatin1String("owner"))
            return m_personNames.value(QString::number(asset.ownerId)).contains(recorded);
        if (key == QLatin1String("custodian"))
            return m_personNames.value(QString::number(asset.custodianId)).contains(recorded);
        return false;
    };

    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<Asset> assets = repo.byIds(ids.mid(start, kChunk), true);
        for (const Asset& asset : assets) {
            Folded f;
            QString number = asset.assetNumber;
            if (logHasRow && log.value(0).toLongLong() < asset.id && !m_collect) {
                // Entries about an asset that is not in the register (assets are never deleted;
                // on PostgreSQL both are hidden together by row security).
                return tr("Asset %1 (#%2) is recorded in the audit log (entry #%3) but is not in "
                          "the register: it was removed outside the application.")
                    .arg(log.value(4).toString())
                    .arg(log.value(0).toLongLong())
                    .arg(log.value(1).toLongLong());
            }
            while (logHasRow && log.value(0).toLongLong() < asset.id)
                logHasRow = log.next();
            while (logHasRow && log.value(0).toLongLong() == asset.id) {
                const QString action = log.value(2).toString();
                const Recorded r = parsePayload(log.value(3).toString());
                if (startsState(action))
                    f.fields.clear();
                for (const auto& change : r.changes)
                    f.fields.insert(change.first, change.second);
                f.version = r.version;
                f.lastEntry = log.value(1).toLongLong();
                logHasRow = log.next();
            }
            if (f.lastEntry == 0 || f.version != asset.version) {
                if (report(asset.id, tr("Asset %1 is at version %2 but its last audit entry "
                                        "records version %3: the asset was changed outside the "
                                        "application or audit entries were removed.")
                                         .arg(number)
                                         .arg(asset.version)
                                         .arg(f.version)))
                    return m_first;
                continue;
            }
            for (const AssetField& field : assetFields()) {
                const QString key = QString::fromLatin1(field.key);
                const QString now = field.text(asset, ref);
                const QString recorded = f.fields.value(key);
                if (!sameText(key, recorded, now, asset)) {
                    if (report(asset.id, tr("Asset %1: its %2 is \"%3\" but the audit log (entry "
                                            "#%4) records \"%5\": the asset was changed outside "
                                            "the application.")
                                             .arg(number, field.translatedLabel(), now)
                                             .arg(f.lastEntry)
                                             .arg(recorded)))
                        return m_first;
                    break;
                }
            }
        }
    }
    if (logHasRow && !m_collect)
        return tr("Asset %1 (#%2) is recorded in the audit log (entry #%3) but is not in the "
                  "register: it was removed outside the application.")
            .arg(log.value(4).toString())
            .arg(log.value(0).toLongLong())
            .arg(log.value(1).toLongLong());
    return {};
}

} // namespace assetreg
