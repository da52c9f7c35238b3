#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace assetreg {

class Database;

// Settings → Departments (administrators, or anyone in set-up mode): the departments of each
// 第4条 organ. Select one to rename it, move it to another organ, reorder or deactivate it, or
// clear the form to add a new one. Saving goes through MasterDataRepository::saveDepartment,
// which validates and audits; its message is shown under the form.
class DepartmentsDialog : public QDialog {
    Q_OBJECT
public:
    explicit DepartmentsDialog(Database& db, QWidget* parent = nullptr);

    void newDepartment();
    void save();
    bool changed() const { return m_changed; }

private:
    void fill(qint64 selectId);
    void showSelected();

    Database& m_db;
    bool m_changed = false;
    qint64 m_editingId = 0;
    QTableWidget* m_table = nullptr;
    QComboBox* m_organ = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_nameJa = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QSpinBox* m_order = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace assetreg
