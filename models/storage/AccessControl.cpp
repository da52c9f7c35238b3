#include "AccessControl.h"
#include "AuditLog.h"
#include "AuditStateCheck.h"

#include "Database.h"
#include "domain/Normalize.h"

#include <QSqlQuery>

#include <algorithm>

namespace assetreg {
namespace {

struct RoleEntry {
    Role role;
    const char* key;
    const char* name;
};
const RoleEntry kRoles[] = {
    {Role::Staff, "staff", QT_TRANSLATE_NOOP("Role", "Department staff")},
    {Role::SectionHead, "section_head", QT_TRANSLATE_NOOP("Role", "Section head")},
    {Role::Officer, "officer", QT_TRANSLATE_NOOP("Role", "Security officer")},
    {Role::Reader, "reader", QT_TRANSLATE_NOOP("Role", "Reader (committee, audit)")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "Administrator")},
};

} // namespace

QString roleKey(Role role) {
    for (const RoleEntry& e : kRoles) {
        if (e.role == role)
            return QString::fromLatin1(e.key);
    }
    return {};
}

QString roleName(Role role) {
    for (const RoleEntry& e : kRoles) {
        if (e.role == role)
            return QCoreApplication::translate("Role", e.name);
    }
    return {};
}

std::optional<Role> parseRole(const QString& text) {
    const QString key = foldKey(text);
    for (const RoleEntry& e : kRoles) {
        if (key == foldKey(QString::fromLatin1(e.key)) ||
            key == foldKey(QString::fromUtf8(e.name)) ||
            key == foldKey(QCoreApplication::translate("Role", e.name)))
            return e.role;
    }
    return std::nullopt;
}

AccessControl::AccessControl(Database& db)
    : m_db(db) {
    reload();
}

void AccessControl::reload() {
    m_login = m_db.currentUser();
    m_users.clear();
    m_current.reset();
    if (!m_db.tableExists(QStringLiteral("users")))
        return;
    QSqlQuery q = m_db.query();
    if (!q.exec(
            QStringLiteral("SELECT id, login, person_id, role, department_id, active FROM users "
                           "ORDER BY login")))
        return;
    // On a shared register the database decides who this login is (assetreg_role(), the same
    // comparison its row security uses): a login it does not know sees no users at all, and
    // must not be taken for set-up mode.
    m_unknownToServer = false;
    if (m_db.backend() == Backend::PostgreSQL && !m_db.isAboveRowSecurity()) {
        QSqlQuery role = m_db.query();
        if (role.exec(QStringLiteral("SELECT assetreg_role()")) && role.next())
            m_unknownToServer = role.value(0).toString() == QLatin1String("none");
    }
    while (q.next()) {
        UserRecord user;
        user.id = q.value(0).toLongLong();
        user.login = q.value(1).toString();
        user.personId = q.value(2).toLongLong();
        user.role = parseRole(q.value(3).toString()).value_or(Role::Reader);
        user.departmentId = q.value(4).toLongLong();
        user.active = q.value(5).toBool();
        m_users.append(user);
        if (user.active && user.login.compare(m_login, Qt::CaseInsensitive) == 0)
            m_current = user;
    }
}

Role AccessControl::effectiveRole() const {
    if (setupMode())
        return Role::Admin;
    return m_current ? m_current->role : Role::Reader;
}

bool AccessControl::allows(Permission permission, qint64 departmentId) const {
    const Role role = effectiveRole();
    const bool ownDepartment =
        m_current && departmentId != 0 && m_current->departmentId == departmentId;
    switch (permission) {
    case Permission::Edit:
    case Permission::Submit:
        return role == Role::Admin || role == Role::Officer ||
               ((role == Role::Staff || role == Role::SectionHead) &&
                (ownDepartment || departmentId == 0));
    case Permission::SectionApprove:
        return role == Role::Admin || role == Role::Officer ||
               (role == Role::SectionHead && ownDepartment);
    case Permission::Approve:
        return role == Role::Admin || role == Role::Officer;
    case Permission::Administer:
        return role == Role::Admin;
    }
    return false;
}

StorageError AccessControl::refusal(Permission permission, const QString& what) const {
    QString who = m_current ? tr("You (%1, %2)").arg(m_login, roleName(m_current->role))
                            : tr("Your login \"%1\" is not registered as a user of this register, "
                                 "so you")
                                  .arg(m_login);
    QString may;
    switch (permission) {
    case Permission::Edit:
    case Permission::Submit:
        may = m_current && (m_current->role == Role::Staff || m_current->role == Role::SectionHead)
                  ? tr("may change only your own department's assets")
                  : tr("may only read the register");
        break;
    case Permission::SectionApprove:
        may = tr("may not approve for this department (only its section head, a security "
                 "officer or an administrator)");
        break;
    case Permission::Approve:
        may = tr("may not approve or return reviews (only security officers and "
                 "administrators)");
        break;
    case Permission::Administer:
        may = tr("may not change users or master data (only administrators)");
        break;
    }
    return StorageError::make(StorageError::Kind::Refused,
                              tr("%1 %2: %3 was not done.").arg(who, may, what));
}

bool AccessControl::mayAdminister(const QString& what) const {
    if (!setupMode() && !allows(Permission::Administer)) {
        m_db.setError(refusal(Permission::Administer, what));
        return false;
    }
    if (m_db.isReadOnly()) {
        m_db.setError(StorageError::Kind::Refused,
                      tr("The register is open read-only; %1 is not possible.").arg(what));
        return false;
    }
    return true;
}

bool AccessControl::addUser(UserRecord& user) {
    if (!setupMode() && !allows(Permission::Administer)) {
        m_db.setError(refusal(Permission::Administer, tr("adding the user %1").arg(user.login)));
        return false;
    }
    const QString login = user.login.trimmed();
    QString invalid;
    if (login.isEmpty())
        invalid = tr("Enter the login of the user to add.");
    else if (std::any_of(m_users.cbegin(), m_users.cend(), [&login](const UserRecord& u) {
                 return u.login.compare(login, Qt::CaseInsensitive) == 0;
             }))
        invalid = tr("The login \"%1\" is already registered.").arg(login);
    else if ((user.role == Role::Staff || user.role == Role::SectionHead) && !user.departmentId)
        invalid = tr("%1 needs a department: choose the department whose assets %2 keeps.")
                      .arg(roleName(user.role), login);
    if (!invalid.isEmpty()) {
        m_db.setError(StorageError::Kind::Validation, invalid);
        return false;
    }
    user.login = login;
    Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO users (login, person_id, role, department_id, active) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(user.login.trimmed());
    q.addBindValue(user.personId ? QVariant(user.personId) : QVariant());
    q.addBindValue(roleKey(user.role));
    q.addBindValue(user.departmentId ? QVariant(user.departmentId) : QVariant());
    q.addBindValue(int(user.active));
    if (!m_db.run(q, tr("Adding the user %1").arg(user.login)) || !q.next())
        return false;
    user.id = q.value(0).toLongLong();
    q.finish();
    // Who may do what is part of "every change ever made": the whole record, so that verify
    // can tell when a role is changed outside the application.
    QList<FieldChange> record = AuditStateCheck::rowFields(m_db, QStringLiteral("users"), user.id);
    std::stable_partition(record.begin(), record.end(), [](const FieldChange& change) {
        return change.field == QLatin1String("role"); // what a reader looks for first
    });
    if (!AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("user"), user.id,
                               user.login, 0, record))
        return false;
    if (!tx.commit())
        return false;
    reload();
    return true;
}

bool AccessControl::setRole(const QString& login, Role role, qint64 departmentId) {
    if (!allows(Permission::Administer)) {
        m_db.setError(refusal(Permission::Administer, tr("changing the role of %1").arg(login)));
        return false;
    }
    const auto existing =
        std::find_if(m_users.cbegin(), m_users.cend(), [&login](const UserRecord& u) {
            return u.login.compare(login.trimmed(), Qt::CaseInsensitive) == 0;
        });
    if (existing != m_users.cend() && (role == Role::Staff || role == Role::SectionHead) &&
        !departmentId && !existing->departmentId) {
        m_db.setError(StorageError::Kind::Validation,
                      tr("%1 needs a department: choose the department whose assets %2 keeps.")
                          .arg(roleName(role), login.trimmed()));
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("UPDATE users SET role = ?, department_id = COALESCE(?, department_id) "
                       "WHERE lower(login) = lower(?) RETURNING id"));
    q.addBindValue(roleKey(role));
    q.addBindValue(departmentId ? QVariant(departmentId) : QVariant());
    q.addBindValue(login.trimmed());
    if (!m_db.run(q, tr("Changing the role of %1").arg(login)))
        return false;
    if (!q.next()) {
        m_db.setError(StorageError::Kind::NotFound,
                      tr("No user with the login \"%1\".").arg(login));
        return false;
    }
    const qint64 userId = q.value(0).toLongLong();
    q.finish();
    // The old values come from the list read when this object was made; a user registered by
    // someone else since is recorded with the new values only.
    const UserRecord before = existing != m_users.cend() ? *existing : UserRecord{};
    QList<FieldChange> changes;
    if (existing == m_users.cend() || before.role != role)
        changes.append({QStringLiteral("role"),
                        existing != m_users.cend() ? roleKey(before.role) : QString(),
                        roleKey(role)});
    if (departmentId && departmentId != before.departmentId)
        changes.append({QStringLiteral("department"),
                        before.departmentId ? QString::number(before.departmentId) : QString(),
                        QString::number(departmentId)});
    if (!changes.isEmpty() &&
        !AuditLog(m_db).append(QStringLiteral("update"), QStringLiteral("user"), userId,
                               login.trimmed(), 0, changes))
        return false;
    if (!tx.commit())
        return false;
    reload();
    return true;
}

} // namespace assetreg
