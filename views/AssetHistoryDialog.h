#pragma once

#include "domain/Asset.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace assetreg {

class Database;

// The audit history of one asset, newest first, with each change field by field; an earlier
// version can be restored as a new, audited change.
class AssetHistoryDialog : public QDialog {
    Q_OBJECT
public:
    AssetHistoryDialog(Database& db, qint64 assetId, QWidget* parent = nullptr);

    // True once a version was restored: the caller refreshes what it shows of the asset.
    bool restored() const { return m_restored; }

signals:
    void versionRestored(qint64 assetId, int version);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    void showCurrentChanges();
    void updateRestoreButton();
    void restoreSelected();
    const AuditEntry* currentEntry() const;

    AssetRepository m_repo;
    qint64 m_assetId = 0;
    std::optional<Asset> m_asset;
    QList<AuditEntry> m_entries; // newest first
    bool m_restored = false;

    QLabel* m_title = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_changesLabel = nullptr;
    QTableWidget* m_changes = nullptr;
    QPushButton* m_restore = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace assetreg
