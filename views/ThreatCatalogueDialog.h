#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace assetreg {

class Database;

// Settings → Threat Catalogue (administrators, or anyone in set-up mode): the threats of 第3条's
// five groups that risk assessments choose from. Select a threat to rename, regroup, reorder or
// retire it (retired threats stay on existing assessments but are no longer offered), or clear
// the form to add one. Saving goes through RiskRepository::saveThreat, which validates and audits.
class ThreatCatalogueDialog : public QDialog {
    Q_OBJECT
public:
    explicit ThreatCatalogueDialog(Database& db, QWidget* parent = nullptr);

    void newThreat();
    void save();
    bool changed() const { return m_changed; }

private:
    void fill(qint64 selectId);
    void showSelected();

    Database& m_db;
    bool m_changed = false;
    qint64 m_editingId = 0;
    QTableWidget* m_table = nullptr;
    QComboBox* m_group = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_nameJa = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QSpinBox* m_order = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace assetreg
