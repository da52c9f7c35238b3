#pragma once

#include "storage/MasterDataRepository.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace assetreg {

class Database;

// Settings → Register Settings (administrators): the organisation's name printed on every
// register, the re-review period and whether a section head approves before the officer.
// OK saves through MasterDataRepository (audited, one transaction); an error keeps the dialog
// open with the entries as typed.
class RegisterSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterSettingsDialog(Database& db, QWidget* parent = nullptr);

    RegisterSettings settings() const;
    void accept() override;

private:
    Database& m_db;
    QLineEdit* m_organisation = nullptr;
    QSpinBox* m_reviewMonths = nullptr;
    QCheckBox* m_sectionHead = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace assetreg
