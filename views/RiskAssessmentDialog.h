#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"
#include "domain/Risk.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace assetreg {

class Database;

// The risk assessment of one asset (第9条, IPA method): one row per threat with its likelihood
// and the asset's vulnerability, the existing controls and the treatment. Possibility, risk value
// and band are recomputed as the user types. A template of the asset's sub-type fills the rows
// in one step; an administrator can save the rows as the template. Nothing is written until Save,
// which saves the whole assessment in one transaction.
class RiskAssessmentDialog : public QDialog {
    Q_OBJECT
public:
    RiskAssessmentDialog(Database& db, qint64 assetId, QWidget* parent = nullptr);

    bool isModified() const { return m_modified; }
    bool changed() const { return m_saved; } // something was saved
    QList<RiskAssessment> rows() const { return m_rows; }

    void addThreat();
    void removeRow();
    void applyTemplate(qint64 templateId, bool replace);
    void saveAsTemplate();
    bool save();
    void reject() override;

private:
    void load();
    void fillTable(int selectRow);
    void fillRow(int row);
    void showSelected();
    void formEdited();
    void updateButtons();

    Database& m_db;
    const qint64 m_assetId;
    Asset m_asset;
    ReferenceData m_ref;
    RiskCatalogue m_catalogue;
    QList<RiskAssessment> m_rows;
    int m_importance = 0;
    bool m_canEdit = false;
    bool m_canAdminister = false;
    bool m_modified = false;
    bool m_saved = false;
    bool m_filling = false;

    QLabel* m_header = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_threat = nullptr;
    QComboBox* m_likelihood = nullptr;
    QComboBox* m_vulnerability = nullptr;
    QLineEdit* m_controls = nullptr;
    QLabel* m_computed = nullptr;
    QComboBox* m_treatment = nullptr;
    QLineEdit* m_plan = nullptr;
    QComboBox* m_owner = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QCheckBox* m_isDone = nullptr;
    QDateEdit* m_done = nullptr;
    QComboBox* m_template = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_saveTemplateButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace assetreg
