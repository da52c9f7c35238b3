#pragma once

#include "RiskStatistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QIODevice;
class QPagedPaintDevice;

namespace assetreg {

class Database;

// Everything the committee's risk summary shows: the numbers, every risk (for the workbook) and
// the words of the document's frame. Loaded once, then written in as many formats as wanted.
struct RiskReportData {
    RiskStatistics stats;
    QList<RiskAssessment> risks; // every risk the user may see, highest first
    QDate date;                  // "today" of the statistics; printed in 和暦
    QString organisationName;
    QString stamp;              // the highest classification among the assessed assets
    QString evidence;           // the audit chain head, small in the footer
    QStringList approvalTitles; // 決裁欄 headings; empty = PrintOptions::defaultApprovalTitles()
};

// The risk summary for the information security committee (リスク分析結果報告書): summary
// figures, risks by band, the heat map of importance × possibility, risks by department, the top
// risks, the treatments due and the register's monthly history. As a printed document (A4
// portrait, charts drawn as vectors, the same frame as the printed register) or as a workbook.
// Its words follow the application's translator.
class RiskReport {
    Q_DECLARE_TR_FUNCTIONS(assetreg::RiskReport)

public:
    // The report as of `today`; false with *error set when the register cannot be read.
    static bool load(Database& db, const QDate& today, RiskReportData* out, QString* error);

    // On any paged device: QPdfWriter here, a QPrinter in the GUI. The page layout is set here.
    static bool print(const RiskReportData& data, QPagedPaintDevice* device, QString* error);
    // A PDF written to an open device in one go, with a searchable text layer.
    static bool writePdf(const RiskReportData& data, QIODevice* out, QString* error);
    // Sheets: summary (figures, bands, departments), every risk, treatments due, heat map.
    static bool writeXlsx(const RiskReportData& data, QIODevice* out, QString* error);
};

} // namespace assetreg
