#pragma once

#include "domain/Asset.h"
#include "domain/AssetValidator.h"
#include "rules/ClassificationGuide.h"
#include "rules/ConsistencyRules.h"
#include "storage/AssetRepository.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace assetreg {

class Database;

enum class EditorMode { Create, Edit };

// Creates or edits one asset: every field of the register on five tabs, checked as the user
// types (field errors next to each field, consistency findings at the bottom), saved in one
// step with conflicts against other users' saves resolved explicitly.
//
// objectNames follow the field keys of AssetFields.cpp in camelCase: the input of "sub_type" is
// subTypeComboBox and its error label subTypeErrorLabel.
class AssetEditorDialog : public QDialog {
    Q_OBJECT
public:
    AssetEditorDialog(Database& db, const Asset& asset, EditorMode mode, QWidget* parent = nullptr);
    ~AssetEditorDialog() override;

    EditorMode mode() const { return m_mode; }
    // After accept(): the asset as stored (id, version, stamps).
    const Asset& savedAsset() const { return m_saved; }
    // What the dialog was opened with, for the caller's undo.
    const Asset& originalAsset() const { return m_original; }
    // After accept(): the register's version the save replaced. Differs from originalAsset()
    // when the user chose to keep their version over someone else's newer one.
    const Asset& replacedAsset() const { return m_replaced; }

    // The asset as the form describes it now.
    Asset currentAsset() const;
    bool isModified() const;
    const QList<FieldError>& fieldErrors() const { return m_errors; }
    const QList<RuleFinding>& findings() const { return m_findings; }

    // Validates and saves; on success the dialog is accepted, otherwise it stays open with the
    // user's input intact.
    void save();
    void openGuide();
    void applyGuideProposal(const GuideProposal& proposal, const GuideAnswers& answers);

    // Asks before throwing modified input away.
    void reject() override;

signals:
    void assetSaved(const Asset& asset);

private:
    struct FieldUi {
        QWidget* input = nullptr; // what gets the focus when the field needs attention
        QLabel* error = nullptr;
        QWidget* marker = nullptr; // red bar beside the input while it has an error
        int tab = -1;
    };

    QWidget* createBasicTab();
    QWidget* createResponsibilityTab();
    QWidget* createClassificationTab();
    QWidget* createOutsourcingTab();
    QWidget* createRetentionTab();
    QWidget* field(const QString& key, QWidget* input, QWidget* content = nullptr);

    void loadAsset(const Asset& asset);
    void loadSystems(const Asset& asset);
    void fillTypes(const QString& keepCode);
    void fillDepartments();
    void fillSections(qint64 keepId);
    void fillPeople(qint64 keepOwner, qint64 keepCustodian);
    void fillLevels();
    void fillRestrictions(const QList<AssetRestriction>& checked);
    void setLevel(Axis axis, const QString& code);

    void categoryChanged();
    void departmentChanged();
    void schemeChanged();
    void levelChanged(Axis axis);
    void restrictionChanged(QListWidgetItem* item);
    void currentRestrictionChanged();
    void parameterEdited(const QString& text);
    void updateRestrictionText(QListWidgetItem* item);
    void proposeRestrictions();
    void proposeNumber();
    void filterSystems(const QString& text);
    void updateContractFields();
    void updateInfo();

    void scheduleValidation();
    void validateNow();
    void showFindings();
    void goToField(const QString& key);
    void storeAsset(Asset asset);
    void finishSaved(const Asset& asset);

    const ReferenceData& ref() const { return m_repo.reference(); }
    const ClassificationScheme* currentScheme() const;
    QComboBox* levelCombo(Axis axis) const;

    Database& m_db;
    AssetRepository m_repo;
    EditorMode m_mode;
    Asset m_original;
    Asset m_base;     // the version being edited: id, version, status and stamps come from here
    Asset m_pristine; // the form's own rendering of m_base, to tell whether anything changed
    Asset m_saved;
    Asset m_replaced;
    QHash<qint64, Asset> m_systems; // category (1) assets offered under "lives on"
    QList<Asset> m_hosted;          // what lives on this asset (Edit mode), for the rules
    int m_reviewPeriodMonths = 12;
    bool m_readOnly = false;

    // Set while the dialog itself changes widgets, so that only the user's own edits count
    // as touching the number or the restrictions.
    bool m_updating = false;
    bool m_numberEdited = false;
    QString m_proposedNumber;
    bool m_restrictionsTouched = false;

    QList<FieldError> m_errors;
    QList<FieldError> m_storageErrors; // from the last failed save, while the field is unchanged
    Asset m_storageErrorAsset;
    QList<RuleFinding> m_findings;

    QHash<QString, FieldUi> m_fields;
    int m_currentTab = -1; // the tab field() assigns new fields to

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_type = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_medium = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_userScope = nullptr;
    QComboBox* m_segment = nullptr;
    QLineEdit* m_systemFilter = nullptr;
    QListWidget* m_livesOn = nullptr;

    QComboBox* m_department = nullptr;
    QComboBox* m_section = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_custodian = nullptr;

    QComboBox* m_scheme = nullptr;
    QPushButton* m_guideButton = nullptr;
    QComboBox* m_personalInfo = nullptr;
    QComboBox* m_confidentiality = nullptr;
    QComboBox* m_integrity = nullptr;
    QComboBox* m_availability = nullptr;
    QLabel* m_confidentialityDefinition = nullptr;
    QLabel* m_integrityDefinition = nullptr;
    QLabel* m_availabilityDefinition = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPlainTextEdit* m_overrideReason = nullptr;
    QListWidget* m_restrictions = nullptr;
    QLineEdit* m_parameter = nullptr;
    QLabel* m_parameterLabel = nullptr;

    QCheckBox* m_outsourced = nullptr;
    QLineEdit* m_contractor = nullptr;
    QLineEdit* m_contractNumber = nullptr;
    QCheckBox* m_cloud = nullptr;
    QLineEdit* m_cloudName = nullptr;
    QLineEdit* m_cloudCertification = nullptr;

    QLineEdit* m_retention = nullptr;
    QLineEdit* m_disposalMethod = nullptr;

    QLabel* m_info = nullptr;
    QLabel* m_formError = nullptr;
    QListWidget* m_findingsList = nullptr;
    QPushButton* m_saveButton = nullptr;
    QTimer* m_validateTimer = nullptr;
};

} // namespace assetreg
