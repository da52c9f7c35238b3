#include "AuditLog.h"

#include "Database.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace assetreg {
namespace {

const QString kColumns = QStringLiteral(
    "id, occurred_at, actor, action, entity, entity_id, entity_key, changes, prev_hash, hash");

void appendJsonString(QString& out, const QString& text) {
    out += QLatin1Char('"');
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'"' || c == u'\\') {
            out += QLatin1Char('\\');
            out += ch;
        } else if (c < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        } else {
            out += ch;
        }
    }
    out += QLatin1Char('"');
}

// The payload is written by hand, not through QJsonDocument: an import writes one entry per
// asset and the generic JSON classes were most of its cost. Keys come in QJsonObject's sorted
// order so that old and new entries read the same; readers parse it with QJsonDocument.
QString makePayload(int version, const QList<FieldChange>& changes, const QString& comment) {
    QString out;
    out.reserve(64 + changes.size() * 48);
    out += QLatin1String("{\"changes\":[");
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QLatin1String("{\"field\":");
        appendJsonString(out, changes[i].field);
        out += QLatin1String(",\"new\":");
        appendJsonString(out, changes[i].newValue);
        out += QLatin1String(",\"old\":");
        appendJsonString(out, changes[i].oldValue);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    if (!comment.isEmpty()) {
        out += QLatin1String(",\"comment\":");
        appendJsonString(out, comment);
    }
    out += QLatin1String(",\"version\":") + QString::number(version) + QLatin1Char('}');
    return out;
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db) {
}

AuditLog::~AuditLog() = default;

QString AuditLog::computeHash(const AuditEntry& entry) {
    const QChar sep(0x1F); // unit separator: cannot be confused with field content boundaries
    const QString canonical = QString::number(entry.id) + sep +
                              entry.occurredAt.toString(Qt::ISODateWithMs) + sep + entry.actor +
                              sep + entry.action + sep + entry.entity + sep +
                              QString::number(entry.entityId) + sep + entry.entityKey + sep +
                              entry.payload + sep + entry.prevHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuditLog::append(const QString& action, const QString& entity, qint64 entityId,
                      const QString& entityKey, int version, const QList<FieldChange>& changes,
                      const QString& comment) {
    Q_ASSERT(m_db.transactionDepth() > 0);
    const QString context = tr("Writing the audit log");
    if (!m_headLoaded) {
        for (const QString& sql : m_db.dialect().lockAuditChain()) {
            if (!m_db.exec(sql, context))
                return false;
        }
        QSqlQuery head = m_db.query();
        if (!head.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
            m_db.setSqlError(head, context);
            return false;
        }
        m_nextId = 1;
        m_prevHash = QString::fromLatin1(kGenesisHash);
        if (head.next()) {
            m_nextId = head.value(0).toLongLong() + 1;
            m_prevHash = head.value(1).toString();
        }
        m_insert = std::make_unique<QSqlQuery>(m_db.query());
        m_insert->prepare(QStringLiteral("INSERT INTO audit_log (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_headLoaded = true;
    }
    AuditEntry entry;
    entry.id = m_nextId;
    entry.prevHash = m_prevHash;
    entry.occurredAt = Clock::nowUtc();
    entry.actor = m_db.currentUser();
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.entityKey = entityKey;
    entry.payload = makePayload(version, changes, comment);
    entry.hash = computeHash(entry);

    QSqlQuery& insert = *m_insert;
    insert.bindValue(0, entry.id);
    insert.bindValue(1, entry.occurredAt.toString(Qt::ISODateWithMs));
    insert.bindValue(2, Database::text(entry.actor));
    insert.bindValue(3, Database::text(entry.action));
    insert.bindValue(4, Database::text(entry.entity));
    insert.bindValue(5, entry.entityId);
    insert.bindValue(6, Database::text(entry.entityKey));
    insert.bindValue(7, entry.payload);
    insert.bindValue(8, entry.prevHash);
    insert.bindValue(9, entry.hash);
    if (!m_db.run(insert, context))
        return false;
    ++m_nextId;
    m_prevHash = entry.hash;
    return true;
}

AuditEntry AuditLog::entryFromQuery(const QSqlQuery& q) {
    AuditEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.occurredAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    entry.actor = q.value(2).toString();
    entry.action = q.value(3).toString();
    entry.entity = q.value(4).toString();
    entry.entityId = q.value(5).toLongLong();
    entry.entityKey = q.value(6).toString();
    entry.payload = q.value(7).toString();
    entry.prevHash = q.value(8).toString();
    entry.hash = q.value(9).toString();
    const QJsonObject root = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
    entry.version = root.value(QStringLiteral("version")).toInt();
    entry.comment = root.value(QStringLiteral("comment")).toString();
    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    for (const auto& value : changes) {
        const QJsonObject change = value.toObject();
        entry.changes.append({change.value(QStringLiteral("field")).toString(),
                              change.value(QStringLiteral("old")).toString(),
                              change.value(QStringLiteral("new")).toString()});
    }
    return entry;
}

QList<AuditEntry> AuditLog::entriesFor(const QString& entity, qint64 entityId) {
    QList<AuditEntry> result;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!m_db.run(q, tr("Reading the history")))
        return result;
    while (q.next())
        result.append(entryFromQuery(q));
    return result;
}

QList<AuditEntry> AuditLog::latest(int limit) {
    QList<AuditEntry> result;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!m_db.run(q, tr("Reading the history")))
        return result;
    while (q.next())
        result.append(entryFromQuery(q));
    return result;
}

QList<AuditEntry> AuditLog::search(const AuditFilter& filter) {
    QStringList conditions;
    QVariantList values;
    if (!filter.actor.isEmpty()) {
        conditions.append(QStringLiteral("l.actor = ?"));
        values << filter.actor;
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("l.occurred_at >= ?"));
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("l.occurred_at < ?"));
        values << filter.to.addDays(1).toString(Qt::ISODate);
    }
    if (!filter.action.isEmpty()) {
        conditions.append(QStringLiteral("l.action = ?"));
        values << filter.action;
    }
    if (!filter.entityKey.isEmpty()) {
        conditions.append(QStringLiteral("l.entity_key = ?"));
        values << filter.entityKey;
    }
    if (filter.departmentId) {
        conditions.append(QStringLiteral("l.entity = 'asset' AND l.entity_id IN "
                                         "(SELECT id FROM assets WHERE department_id = ?)"));
        values << filter.departmentId;
    }
    QString sql = QStringLiteral("SELECT ") +
                  QString(kColumns)
                      .replace(QStringLiteral(", "), QStringLiteral(", l."))
                      .prepend(QStringLiteral("l.")) +
                  QStringLiteral(" FROM audit_log l");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY l.id DESC LIMIT %1").arg(std::max(1, filter.limit));
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    QList<AuditEntry> result;
    if (!m_db.run(q, tr("Reading the history")))
        return result;
    while (q.next())
        result.append(entryFromQuery(q));
    return result;
}

std::pair<qint64, QString> AuditLog::head() {
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) &&
        q.next())
        return {q.value(0).toLongLong(), q.value(1).toString()};
    return {0, QString::fromLatin1(kGenesisHash)};
}

QStringList AuditLog::actors() {
    QStringList names;
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

qint64 AuditLog::count() {
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

AuditVerification AuditLog::verify() {
    AuditVerification result;
    auto broken = [&result](qint64 id, const QString& message) {
        result.ok = false;
        result.firstBrokenId = id;
        result.message = message;
        return result;
    };
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM audit_log ORDER BY id"))) {
        result.ok = false;
        result.message = tr("The audit log cannot be read.");
        return result;
    }
    QString prevHash = QString::fromLatin1(kGenesisHash);
    qint64 expectedId = 1;
    QHash<qint64, int> lastVersionOfAsset;
    while (q.next()) {
        const AuditEntry entry = entryFromQuery(q);
        const QString where = tr("audit entry #%1 (%2, %3 %4 by %5)")
                                  .arg(entry.id)
                                  .arg(entry.occurredAt.toLocalTime().toString(Qt::ISODate),
                                       entry.action, entry.entityKey, entry.actor);
        if (entry.id != expectedId) {
            return broken(expectedId, entry.id > expectedId
                                          ? tr("Audit entry #%1 is missing: it was removed "
                                               "after it was written (the next entry is #%2).")
                                                .arg(expectedId)
                                                .arg(entry.id)
                                          : tr("%1 is out of sequence: it was inserted after "
                                               "the fact.")
                                                .arg(where));
        }
        if (entry.prevHash != prevHash)
            return broken(entry.id, tr("The chain is broken at %1: it does not follow the "
                                       "entry before it (an entry was removed or inserted).")
                                        .arg(where));
        if (computeHash(entry) != entry.hash)
            return broken(entry.id, tr("%1 was altered after it was written: its content does "
                                       "not match its hash.")
                                        .arg(where));
        if (entry.entity == QLatin1String("asset"))
            lastVersionOfAsset.insert(entry.entityId, entry.version);
        prevHash = entry.hash;
        ++expectedId;
        ++result.entriesChecked;
    }
    result.lastHash = prevHash;

    // The chain alone cannot show that its newest entries were cut off; every asset's current
    // version must be the one its last entry recorded.
    QSqlQuery assets = m_db.query();
    assets.setForwardOnly(true);
    if (!assets.exec(QStringLiteral("SELECT id, asset_number, version FROM assets ORDER BY id"))) {
        result.ok = false;
        result.message = tr("The assets cannot be read.");
        return result;
    }
    while (assets.next()) {
        const qint64 id = assets.value(0).toLongLong();
        const int version = assets.value(2).toInt();
        const int logged = lastVersionOfAsset.value(id, 0);
        if (logged != version) {
            return broken(0, tr("Asset %1 is at version %2 but its last audit entry records "
                                "version %3: the asset was changed outside the application or "
                                "audit entries were removed.")
                                 .arg(assets.value(1).toString())
                                 .arg(version)
                                 .arg(logged));
        }
    }
    result.message =
        tr("The audit log is intact: %n entries verified.", nullptr, int(result.entriesChecked));
    return result;
}

} // namespace assetreg
