#pragma once

#include "domain/MasterData.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace assetreg {

class Database;

// Settings → Classification Scheme (administrators, or anyone in set-up mode): the levels of each
// scheme with their labels, the definitions staff see in the editor's guide, and the handling
// restrictions suggested when a level is chosen. New levels can be added; the axis, code and rank
// of a saved level stay, because assets, the rules and row security refer to them. Saving goes
// through MasterDataRepository::saveLevel, which validates and audits.
class ClassificationSchemeDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClassificationSchemeDialog(Database& db, QWidget* parent = nullptr);

    void newLevel();
    void save();
    bool changed() const { return m_changed; }

private:
    void fill(qint64 selectId);
    void showSelected();
    void fillRestrictions(Axis axis, const QStringList& checked);
    const ClassificationScheme* scheme() const;

    Database& m_db;
    ReferenceData m_ref;
    bool m_changed = false;
    qint64 m_editingId = 0;
    QComboBox* m_scheme = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_axis = nullptr;
    QLineEdit* m_code = nullptr;
    QSpinBox* m_rank = nullptr;
    QLineEdit* m_labelJa = nullptr;
    QLineEdit* m_labelEn = nullptr;
    QPlainTextEdit* m_definitionJa = nullptr;
    QPlainTextEdit* m_definitionEn = nullptr;
    QListWidget* m_restrictions = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace assetreg
