#pragma once

#include "storage/AssetRepository.h"

#include <QDialog>
#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace assetreg {

class Database;

// Which assets an export or a printout covers: the whole register, the assets the main window
// shows (its current filter) or the selected ones, each with its count.
class AssetScopeBox : public QGroupBox {
    Q_OBJECT
public:
    enum class Scope { WholeRegister, CurrentFilter, Selection };

    AssetScopeBox(Database& db, const AssetQuery& currentFilter, const QList<qint64>& selectedIds,
                  QWidget* parent = nullptr);

    Scope scope() const;
    void setScope(Scope scope);
    // The assets in scope, with their restrictions and dependencies. sort applies to the whole
    // register and the filter; the selection keeps its order.
    QList<Asset> assets(AssetRepository& repo, std::optional<AssetSort> sort = {}) const;
    // The one department the scope is limited to (Japanese name, as printed), or empty.
    QString departmentName(const ReferenceData& ref, const QList<Asset>& assets) const;
    qint64 count() const;
    void retranslate();

signals:
    void scopeChanged();

private:
    AssetQuery m_filter;
    QList<qint64> m_selected;
    qint64 m_wholeCount = 0;
    qint64 m_filterCount = 0;
    QRadioButton* m_whole = nullptr;
    QRadioButton* m_filtered = nullptr;
    QRadioButton* m_selection = nullptr;
};

// Exports the register, as filtered or the selected assets, to CSV (UTF-8 with BOM or CP932)
// or XLSX. The file appears only when all of it has been written.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Database& db, const AssetQuery& currentFilter, const QList<qint64>& selectedIds,
                 QWidget* parent = nullptr);

    // After an accepted dialog: where the file went and how many assets it holds.
    QString exportedPath() const { return m_exportedPath; }
    int exportedCount() const { return m_exportedCount; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateControls();
    void exportFile();
    bool isXlsx() const;

    Database& m_db;
    AssetScopeBox* m_scope = nullptr;
    QGroupBox* m_formatBox = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_encoding = nullptr;
    QCheckBox* m_sheetPerDepartment = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QString m_exportedPath;
    int m_exportedCount = 0;
};

} // namespace assetreg
