#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QListWidget;
class QPushButton;

namespace assetreg {

// Changes chosen fields of many selected assets at once: only the ticked fields change, and the
// caller saves all assets as one transaction.
class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    BulkEditDialog(const ReferenceData& ref, int assetCount, QWidget* parent = nullptr);

    // Applies the ticked changes; returns false with *error when a value does not fit the asset
    // (e.g. a level its scheme does not have).
    bool applyTo(Asset& asset, QString* error) const;
    bool hasChanges() const;

private:
    void updateState();
    QCheckBox* addRow(QFormLayout* form, const QString& objectName, const QString& label,
                      QWidget* editor);

    const ReferenceData& m_ref;
    QCheckBox* m_useDepartment = nullptr;
    QComboBox* m_department = nullptr;
    QCheckBox* m_useOwner = nullptr;
    QComboBox* m_owner = nullptr;
    QCheckBox* m_useSegment = nullptr;
    QComboBox* m_segment = nullptr;
    QCheckBox* m_useConfidentiality = nullptr;
    QComboBox* m_confidentiality = nullptr;
    QCheckBox* m_useIntegrity = nullptr;
    QComboBox* m_integrity = nullptr;
    QCheckBox* m_useAvailability = nullptr;
    QComboBox* m_availability = nullptr;
    QListWidget* m_addRestrictions = nullptr;
    QListWidget* m_removeRestrictions = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace assetreg
