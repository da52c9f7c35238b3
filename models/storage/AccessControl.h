#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Who may do what in the register (DOMAIN.md section 6). The identity is the OS login on SQLite
// and the database login on PostgreSQL, mapped to a user record. Until the first user is
// registered the register is in set-up mode and everyone may do everything; after that, a login
// that is not registered can only read. The storage layer asks this before every change, so a
// refused action is refused whatever the UI shows.
namespace assetreg {

class Database;

enum class Role { Staff, SectionHead, Officer, Reader, Admin };

QString roleKey(Role role);
QString roleName(Role role);
std::optional<Role> parseRole(const QString& text);

struct UserRecord {
    qint64 id = 0;
    QString login;
    qint64 personId = 0;
    Role role = Role::Reader;
    qint64 departmentId = 0;
    bool active = true;
};

enum class Permission { Edit, Submit, SectionApprove, Approve, Administer };

class AccessControl {
    Q_DECLARE_TR_FUNCTIONS(assetreg::AccessControl)

public:
    explicit AccessControl(Database& db);
    void reload();

    bool setupMode() const { return m_users.isEmpty() && !m_unknownToServer; }
    // PostgreSQL: the server does not know this login (not registered, or deactivated), so its
    // row security shows it nothing and refuses every change.
    bool unknownToServer() const { return m_unknownToServer; }
    const std::optional<UserRecord>& currentUser() const { return m_current; }
    Role effectiveRole() const;
    QString login() const { return m_login; }

    // departmentId: the asset's department (0 for actions not about one asset).
    bool allows(Permission permission, qint64 departmentId = 0) const;
    // The error to report when allows() said no, in the user's language.
    StorageError refusal(Permission permission, const QString& what) const;

    // True when this login may change master data (an administrator, or anyone in set-up mode)
    // and the register is writable; otherwise sets the database's error, naming `what`.
    bool mayAdminister(const QString& what) const;

    QList<UserRecord> users() const { return m_users; }
    bool addUser(UserRecord& user);
    bool setRole(const QString& login, Role role, qint64 departmentId);

private:
    Database& m_db;
    QString m_login;
    QList<UserRecord> m_users;
    std::optional<UserRecord> m_current;
    bool m_unknownToServer = false;
};

} // namespace assetreg
