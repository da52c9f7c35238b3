#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace assetreg {

class Database;
class RiskFilterModel;
class RiskTableModel;

// Risk → Risk Register: every assessed risk of the assets in use, highest first, overdue
// treatments marked; narrowed by department, band, overdue only and text. Enter or a double
// click opens the asset's assessment; "Show in Register" selects the asset in the main window.
class RiskRegisterDialog : public QDialog {
    Q_OBJECT
public:
    explicit RiskRegisterDialog(Database& db, QWidget* parent = nullptr);

    void refresh();
    void openCurrent();
    qint64 currentAssetId() const;
    RiskFilterModel* filterModel() const { return m_filter; }

signals:
    void assetShown(qint64 assetId); // "Show in Register"
    void risksChanged();             // an assessment opened from here was saved

private:
    void updateSummary();

    Database& m_db;
    RiskTableModel* m_model = nullptr;
    RiskFilterModel* m_filter = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_band = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace assetreg
