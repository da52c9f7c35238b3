#pragma once

#include "io/AssetImporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace assetreg {

class Database;

// Imports a CSV or XLSX file into the register, top to bottom: how to read the file, which column
// fills which field (from a built-in or saved mapping, editable), a check that changes nothing
// and lists every problem with its line and column, then the import itself — all or nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // The caller has chosen the file; the dialog reads it straight away.
    ImportDialog(Database& db, const QString& path, QWidget* parent = nullptr);

    // The report of the last check or import.
    const ImportReport& lastReport() const { return m_report; }
    // Whether the file could be read with the current encoding or sheet.
    bool isFileRead() const { return m_tableRead; }
    // The mapping the user has set up: one rule per file column.
    ColumnMapping editedMapping() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void readFile();
    void fillMappingTable();
    void applyMapping();
    void loadMapping();
    void saveMapping();
    void settingsChanged();
    void markDuplicateTargets();
    void check();
    void importRows();
    ImportReport runImporter(bool dryRun);
    void showReport(const ImportReport& report);
    void setSummary(const QString& text, bool error);
    void fillTargetCombo(QComboBox* combo) const;
    void retranslateTargetCombo(QComboBox* combo) const;
    void updateEncodingLabel();

    Database& m_db;
    QString m_path;
    QByteArray m_bytes;
    bool m_xlsx = false;
    ImportTable m_table;
    bool m_tableRead = false;
    TextEncoding m_usedEncoding = TextEncoding::Auto;
    QList<ColumnMapping> m_mappings;
    ImportReport m_report;
    bool m_checked = false; // a check without errors, for the settings now shown

    QGroupBox* m_fileBox = nullptr;
    QFormLayout* m_fileForm = nullptr;
    QLabel* m_fileTitle = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_encodingTitle = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_sheetTitle = nullptr;
    QComboBox* m_sheet = nullptr;
    QLabel* m_rowsTitle = nullptr;
    QLabel* m_rowsLabel = nullptr;

    QGroupBox* m_mappingBox = nullptr;
    QLabel* m_mappingTitle = nullptr;
    QComboBox* m_mapping = nullptr;
    QPushButton* m_loadMapping = nullptr;
    QPushButton* m_saveMapping = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QLabel* m_mappingNote = nullptr;

    QLabel* m_modeTitle = nullptr;
    QComboBox* m_mode = nullptr;
    QCheckBox* m_createDepartments = nullptr;

    QGroupBox* m_checkBox = nullptr;
    QPushButton* m_checkButton = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_reportTable = nullptr;

    QPushButton* m_importButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace assetreg
