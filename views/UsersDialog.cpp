#include "UsersDialog.h"

#include "DialogSupport.h"
#include "Prompts.h"
#include "storage/AccessControl.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assetreg {

namespace {
enum Column { LoginColumn, RoleColumn, DepartmentColumn, ColumnCount };
constexpr Role kRoles[] = {Role::Staff, Role::SectionHead, Role::Officer, Role::Reader,
                           Role::Admin};
} // namespace

UsersDialog::UsersDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and Roles"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Role"), tr("Department")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DepartmentColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::showSelected);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("OS login (SQLite) or database login (PostgreSQL)"));
    connect(m_login, &QLineEdit::textChanged, this, &UsersDialog::updateButtons);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role role : kRoles)
        m_role->addItem(roleName(role), roleKey(role));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->addItem(tr("(all departments)"), qint64(0));
    for (const Department& dept : MasterDataRepository(db).load().departments)
        m_department->addItem(tr("%1 (%2)").arg(localText(dept.nameJa, dept.nameEn), dept.code),
                              dept.id);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Department:"), m_department);

    m_addButton = new QPushButton(tr("&Add User"), this);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    connect(m_addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    m_changeButton = new QPushButton(tr("&Change Role"), this);
    m_changeButton->setObjectName(QStringLiteral("changeRoleButton"));
    connect(m_changeButton, &QPushButton::clicked, this, &UsersDialog::changeRole);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_addButton);
    actions->addWidget(m_changeButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(620, 460);
    fillUsers();
}

void UsersDialog::fillUsers() {
    AccessControl access(m_db);
    const QList<UserRecord> users = access.users();
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const UserRecord& user = users[row];
        m_table->setItem(row, LoginColumn, readOnlyItem(user.login));
        m_table->setItem(row, RoleColumn, readOnlyItem(roleName(user.role)));
        const int dept = m_department->findData(user.departmentId);
        m_table->setItem(row, DepartmentColumn,
                         readOnlyItem(dept > 0 ? m_department->itemText(dept) : QString()));
        m_table->item(row, LoginColumn)->setData(Qt::UserRole, roleKey(user.role));
        m_table->item(row, DepartmentColumn)->setData(Qt::UserRole, user.departmentId);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void UsersDialog::showSelected() {
    const int row = m_table->currentRow();
    if (row >= 0 && m_table->item(row, LoginColumn)) {
        m_login->setText(m_table->item(row, LoginColumn)->text());
        m_role->setCurrentIndex(
            m_role->findData(m_table->item(row, LoginColumn)->data(Qt::UserRole)));
        m_department->setCurrentIndex(std::max(
            0, m_department->findData(m_table->item(row, DepartmentColumn)->data(Qt::UserRole))));
    }
    updateButtons();
}

void UsersDialog::updateButtons() {
    AccessControl access(m_db);
    const bool canAdminister =
        !m_db.isReadOnly() && (access.setupMode() || access.allows(Permission::Administer));
    const QString login = m_login->text().trimmed();
    bool known = false;
    for (int row = 0; row < m_table->rowCount() && !known; ++row)
        known = m_table->item(row, LoginColumn)->text() == login;
    m_addButton->setEnabled(canAdminister && !login.isEmpty() && !known);
    m_changeButton->setEnabled(canAdminister && known && !access.setupMode());
}

void UsersDialog::addUser() {
    UserRecord user;
    user.login = m_login->text();
    user.role = *parseRole(m_role->currentData().toString());
    user.departmentId = m_department->currentData().toLongLong();
    AccessControl access(m_db);
    if (!access.addUser(user)) {
        prompts::warning(this, tr("Add User"), m_db.lastError().message);
        return;
    }
    fillUsers();
}

void UsersDialog::changeRole() {
    const QString login = m_login->text().trimmed();
    AccessControl access(m_db);
    if (!access.setRole(login, *parseRole(m_role->currentData().toString()),
                        m_department->currentData().toLongLong())) {
        prompts::warning(this, tr("Change Role"), m_db.lastError().message);
        return;
    }
    fillUsers();
}

} // namespace assetreg
