#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QStringList>

class QIODevice;
class QPagedPaintDevice;

namespace assetreg {

// What a printed register looks like: paper, columns, grouping and the words of the page frame.
struct PrintOptions {
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QStringList columns;           // AssetField keys in order; empty = defaultColumns()
    bool groupByDepartment = true; // a heading per department with its count
    QString organisationName;      // e.g. みなみ野市
    QString scopeTitle;            // e.g. "総務部" or "全所管課" (printed under the title)
    QDate date;                    // printed in 和暦; invalid = Clock::today()
    QString evidence;              // optional footer text (e.g. the audit chain head), small
    QStringList approvalTitles;    // 決裁欄 box headings; empty = defaultApprovalTitles()

    // The columns that fit A4 landscape at 9 pt; A3 callers may pass more.
    static QStringList defaultColumns();
    static QStringList defaultApprovalTitles(); // 課長, 課長補佐, 係長, 担当
};

// Prints the register, or one asset's detail sheet (個票), as an official Japanese document on any
// paged device: QPdfWriter here, a QPrinter in the GUI. Pagination is done here, in two passes, so
// that every page carries "page X / Y", the header row and the classification stamp.
class RegisterPrinter {
    Q_DECLARE_TR_FUNCTIONS(assetreg::RegisterPrinter)

public:
    // The highest level of each axis among the assets by rank, as the schemes' Japanese labels:
    // "自治体機密性3B・完全性2・可用性2". Empty when no asset has a known level.
    static QString highestClassification(const QList<Asset>& assets, const ReferenceData& ref);

    // Assets are printed in the given order; grouped by department, departments come in the
    // order of their first asset. The device's page layout is set from the options.
    static bool print(const QList<Asset>& assets, const ReferenceData& ref,
                      const PrintOptions& options, QPagedPaintDevice* device, QString* error);
    // A PDF written to an open device; false with *error set when a write fails. Prefer it to a
    // QPrinter in PDF mode: it also repairs Qt's text layer (課⻑ → 課長), so the PDF is
    // searchable.
    static bool writePdf(const QList<Asset>& assets, const ReferenceData& ref,
                         const PrintOptions& options, QIODevice* out, QString* error);

    // Every field of one asset with its label, the asset's own classification and the 決裁欄,
    // on one page (it only runs on when the values are too long for one).
    static bool printDetailSheet(const Asset& asset, const ReferenceData& ref,
                                 const PrintOptions& options, QPagedPaintDevice* device,
                                 QString* error);
    static bool writeDetailSheetPdf(const Asset& asset, const ReferenceData& ref,
                                    const PrintOptions& options, QIODevice* out, QString* error);
};

} // namespace assetreg
