#pragma once

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace assetreg {

class Database;

// The whole register's audit log for security officers and auditors: who changed what and when,
// filtered by user, date, department, action and asset; the hash chain verified on demand; the
// filtered entries exported as CSV evidence.
class AuditLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditLogDialog(Database& db, QWidget* parent = nullptr);

    // The filter as set in the dialog. Dates are local; search() needs UTC dates, see refresh().
    AuditFilter filter() const;
    // The entries shown, newest first.
    const QList<AuditEntry>& entries() const { return m_entries; }
    // Reads the log again with the current filter.
    void refresh();
    // Runs the chain verification and shows its result.
    AuditVerification verifyChain();
    // Asks for a file name and writes the filtered entries there; false when nothing was written.
    bool exportCsv();

    // What an entry is about: an asset number, or e.g. "Department SOM" for master data.
    static QString subject(const AuditEntry& entry);
    // "section_approve" → "Approved by the section head", in the user's language; the one
    // place that names audit actions (the asset history uses it too).
    static QString actionName(const QString& action);
    static QStringList actionKeys();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillRows();
    void showChanges();
    QList<AuditEntry> query(int limit) const;
    QString fieldLabel(const QString& key) const;
    QString changesSummary(const AuditEntry& entry) const;

    Database& m_db;
    AssetRepository m_repo;
    QList<AuditEntry> m_entries;
    bool m_more = false;

    QLabel* m_userLabel = nullptr;
    QComboBox* m_user = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_anyFrom = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_anyTo = nullptr;
    QLabel* m_departmentLabel = nullptr;
    QComboBox* m_department = nullptr;
    QLabel* m_actionLabel = nullptr;
    QComboBox* m_action = nullptr;
    QLabel* m_assetLabel = nullptr;
    QLineEdit* m_asset = nullptr;
    QPushButton* m_clearButton = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_changesLabel = nullptr;
    QTableWidget* m_changes = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QLabel* m_verifyLabel = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace assetreg
