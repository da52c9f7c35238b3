#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace assetreg {

class AssetTableModel;
class Database;

// The register window: the list of assets with a search box; grows into the full editor window.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    AssetTableModel* model() const { return m_model; }

private:
    void createMenus();
    void fitColumns();
    void applySearch();
    void updateStatus();
    void showAbout();

    Database& m_db;
    AssetTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_registerLabel = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace assetreg
