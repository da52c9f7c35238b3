#pragma once

#include "reports/RegisterPrinter.h"
#include "storage/AssetRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace assetreg {

class AssetScopeBox;
class Database;

// Sets up the printed register (paper, columns, grouping, which assets) and shows it in a print
// preview, from which it can be printed, or saves it as a PDF.
class RegisterPrintSetupDialog : public QDialog {
    Q_OBJECT
public:
    RegisterPrintSetupDialog(Database& db, const AssetQuery& currentFilter,
                             const QList<qint64>& selectedIds, QWidget* parent = nullptr);

    // The options as set in the dialog, with the organisation and scope titles filled in.
    PrintOptions options(const QList<Asset>& assets) const;
    // The assets in scope, in print order.
    QList<Asset> assets();
    QStringList columns() const;
    void setColumns(const QStringList& keys);

    void preview();
    // Asks for a file name and writes the PDF there; false when nothing was written.
    bool savePdf();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateControls();
    void moveColumn(int delta);

    Database& m_db;
    AssetRepository m_repo;
    QString m_organisationName;
    QGroupBox* m_pageBox = nullptr;
    QLabel* m_paperLabel = nullptr;
    QComboBox* m_paper = nullptr;
    QLabel* m_orientationLabel = nullptr;
    QComboBox* m_orientation = nullptr;
    QCheckBox* m_groupByDepartment = nullptr;
    AssetScopeBox* m_scope = nullptr;
    QGroupBox* m_columnsBox = nullptr;
    QListWidget* m_columns = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_defaults = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

// One asset's detail sheet (個票): a print preview to print from, or a PDF the user names.
void printDetailSheet(Database& db, qint64 assetId, QWidget* parent);
bool saveDetailSheetPdf(Database& db, qint64 assetId, QWidget* parent);

} // namespace assetreg
