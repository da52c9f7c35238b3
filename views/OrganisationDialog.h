#pragma once

#include "domain/MasterData.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace assetreg {

class Database;

// One level of the organisation (organs, departments or sections) as a table with a form under
// it: select a row to rename it, move it under another parent, reorder or deactivate it, or clear
// the form to add a new one. Saving goes through MasterDataRepository::saveUnit, which validates
// and audits; its messages are shown under the form.
class OrgUnitsPage : public QWidget {
    Q_OBJECT
public:
    OrgUnitsPage(Database& db, OrgLevel level, bool canAdminister, QWidget* parent = nullptr);

    OrgLevel level() const { return m_level; }
    void refresh(qint64 selectId = 0); // re-reads the units and the parents offered
    void newUnit();
    void save();

signals:
    void saved(); // a unit was added or changed

private:
    void showSelected();

    Database& m_db;
    const OrgLevel m_level;
    qint64 m_editingId = 0;
    QTableWidget* m_table = nullptr;
    QComboBox* m_parent = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_nameJa = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QSpinBox* m_order = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
};

// Settings → Organisation (administrators, or anyone in set-up mode): the 第4条 organs, their
// departments and the departments' sections, one tab each. Others see it read-only.
class OrganisationDialog : public QDialog {
    Q_OBJECT
public:
    explicit OrganisationDialog(Database& db, QWidget* parent = nullptr);

    OrgUnitsPage* page(OrgLevel level) const;
    bool changed() const { return m_changed; }

private:
    QTabWidget* m_tabs = nullptr;
    QList<OrgUnitsPage*> m_pages;
    bool m_changed = false;
};

} // namespace assetreg
