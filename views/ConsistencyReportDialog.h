#pragma once

#include "reports/ConsistencyReport.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTableWidget;

namespace assetreg {

class Database;

// The security officer's consistency check of the whole register (DOMAIN.md section 5): every
// rule finding by department, filtered by severity and rule, printed as an official report, saved
// as PDF or exported as CSV.
class ConsistencyReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConsistencyReportDialog(Database& db, QWidget* parent = nullptr);

    const ConsistencyReport& report() const { return m_report; }
    // Runs the rules over the register again.
    void rerun();
    void preview();
    // Asks for file names and writes there; false when nothing was written.
    bool savePdf();
    bool exportCsv();

    // The printed report: title, organisation, date in the Japanese era, counts, then one table
    // per department. Printed documents are in Japanese whatever the UI language.
    static QString toHtml(const ConsistencyReport& report, const QString& organisation,
                          const QDate& date);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillRows();
    void updateSummary();
    bool paint(QPagedPaintDevice* device) const;

    Database& m_db;
    ConsistencyReport m_report;
    bool m_ran = false;
    QString m_error;
    QString m_organisation;

    QLabel* m_summary = nullptr;
    QLabel* m_severityLabel = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_ruleLabel = nullptr;
    QComboBox* m_rule = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_rerunButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace assetreg
