#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace assetreg {

class Database;

// Settings → Users and Roles (administrators, or anyone in set-up mode): who may use the
// register and in which role and department (DOMAIN.md section 6). Adding a user and changing
// a role go through AccessControl, which refuses what the current login may not do.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    explicit UsersDialog(Database& db, QWidget* parent = nullptr);

    void addUser();
    void changeRole();

private:
    void fillUsers();
    void showSelected();
    void updateButtons();

    Database& m_db;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_login = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_department = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_changeButton = nullptr;
};

} // namespace assetreg
