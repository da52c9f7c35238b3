#include "AuditLog.h"

#include "AuditStateCheck.h"
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
    AuditEntry entry;
    entry.occurredAt = Clock::nowUtc();
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.entityKey = entityKey;
    entry.payload = makePayload(version, changes, comment);

    if (!m_prepared) {
        m_serverSide = m_db.backend() == Backend::PostgreSQL && serverAppendsEntries(m_db);
        m_insert = std::make_unique<QSqlQuery>(m_db.query());
        m_insert->prepare(m_serverSide
                              ? QStringLiteral("SELECT entry_id, entry_actor, entry_prev_hash, "
                                               "entry_hash FROM assetreg_audit_append(?, ?, ?, ?, "
                                               "?, ?)")
                              : QStringLiteral("INSERT INTO audit_log (") + kColumns +
                                    QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_prepared = true;
    }
    QSqlQuery& insert = *m_insert;
    if (m_serverSide) {
        // The server gives the entry its number, predecessor, actor (the session login) and
        // hash, and refuses entries about what this login may not change.
        insert.bindValue(0, entry.occurredAt.toString(Qt::ISODateWithMs));
        insert.bindValue(1, Database::text(entry.action));
        insert.bindValue(2, Database::text(entry.entity));
        insert.bindValue(3, entry.entityId);
        insert.bindValue(4, Database::text(entry.entityKey));
        insert.bindValue(5, entry.payload);
        if (!m_db.run(insert, context) || !insert.next())
            return false;
        insert.finish();
        return true;
    }

    Database::AuditHead& head = m_db.auditHead();
    if (!head.loaded) {
        for (const QString& sql : m_db.dialect().lockAuditChain()) {
            if (!m_db.exec(sql, context))
                return false;
        }
        QSqlQuery last = m_db.query();
        if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
            m_db.setSqlError(last, context);
            return false;
        }
        head.nextId = 1;
        head.prevHash = QString::fromLatin1(kGenesisHash);
        if (last.next()) {
            head.nextId = last.value(0).toLongLong() + 1;
            head.prevHash = last.value(1).toString();
        }
        head.loaded = true;
    }
    entry.id = head.nextId;
    entry.prevHash = head.prevHash;
    entry.actor = m_db.currentUser();
    entry.hash = computeHash(entry);

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
    ++head.nextId;
    head.prevHash = entry.hash;
    return true;
}

bool AuditLog::serverAppendsEntries(Database& db) {
    QSqlQuery q = db.query();
    return q.exec(
               QStringLiteral("SELECT 1 FROM pg_proc WHERE proname = 'assetreg_audit_append'")) &&
           q.next();
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
    // On PostgreSQL a login that may not read every entry has the server check the chain.
    bool readsAll = m_db.backend() == Backend::SQLite || m_db.isAboveRowSecurity();
    bool serverCheck = false;
    if (!readsAll) {
        QSqlQuery role = m_db.query();
        if (role.exec(QStringLiteral("SELECT assetreg_role()")) && role.next())
            readsAll = role.value(0).toString() == QLatin1String("admin") ||
                       role.value(0).toString() == QLatin1String("officer");
        else
            readsAll = true; // a register before row security
        serverCheck = !readsAll && serverAppendsEntries(m_db);
    }
    AuditVerification result = serverCheck ? verifyChainOnServer() : verifyChain();
    if (!result.ok)
        return result;
    const QString difference = AuditStateCheck(m_db).firstDifference();
    if (!difference.isEmpty()) {
        result.ok = false;
        result.message = difference;
        return result;
    }
    result.message =
        tr("The audit log is intact: %n entries verified.", nullptr, int(result.entriesChecked));
    return result;
}

AuditVerification AuditLog::verifyChainOnServer() {
    AuditVerification result;
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT entries, first_broken, head_hash, problem FROM "
                               "assetreg_audit_chain_check()")) ||
        !q.next()) {
        result.ok = false;
        result.message = tr("The audit log cannot be read.");
        return result;
    }
    result.entriesChecked = q.value(0).toLongLong();
    result.lastHash = q.value(2).toString();
    const qint64 broken = q.value(1).toLongLong();
    if (broken == 0)
        return result;
    result.ok = false;
    result.firstBrokenId = broken;
    const QString problem = q.value(3).toString();
    if (problem == QLatin1String("missing"))
        result.message =
            tr("Audit entry #%1 is missing: it was removed after it was written.").arg(broken);
    else if (problem == QLatin1String("sequence"))
        result.message =
            tr("Audit entry #%1 is out of sequence: it was inserted after the fact.").arg(broken);
    else if (problem == QLatin1String("chain"))
        result.message = tr("The chain is broken at audit entry #%1: it does not follow the entry "
                            "before it (an entry was removed or inserted).")
                             .arg(broken);
    else
        result.message = tr("Audit entry #%1 was altered after it was written: its content does "
                            "not match its hash.")
                             .arg(broken);
    return result;
}

AuditVerification AuditLog::verifyChain() {
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
        prevHash = entry.hash;
        ++expectedId;
        ++result.entriesChecked;
    }
    result.lastHash = prevHash;
    return result;
}

} // namespace assetreg
