#include "ConsistencyReportDialog.h"

#include "DialogSupport.h"

#include "Prompts.h"
#include "domain/Clock.h"
#include "io/Csv.h"
#include "io/TextEncoding.h"
#include "reports/JapaneseDate.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <functional>

namespace assetreg {
namespace {

enum Column {
    DepartmentColumn,
    NumberColumn,
    NameColumn,
    RuleColumn,
    SeverityColumn,
    ArticleColumn,
    MessageColumn,
    ColumnCount
};

const QColor kErrorColor(0xb0, 0x00, 0x20);
const QString kTitle = QStringLiteral("情報資産の整合性チェック結果");

QString datedName(const QString& suffix) {
    return kTitle + QLatin1Char('_') + Clock::today().toString(QStringLiteral("yyyyMMdd")) +
           QLatin1Char('.') + suffix;
}

QFont documentFont() {
    QFont font;
    font.setFamilies({QStringLiteral("IPAexGothic"), QStringLiteral("Noto Sans CJK JP"),
                      QStringLiteral("Noto Sans JP")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    return font;
}

// Writes through a QSaveFile: the file appears only once it is complete, and an existing file
// stays as it was when anything fails.
bool writeFile(const QString& path, const std::function<bool(QIODevice*)>& write, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!write(&file)) {
        if (error->isEmpty())
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

ConsistencyReportDialog::ConsistencyReportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("consistencyReportDialog"));
    setSizeGripEnabled(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_summary->setWordWrap(true);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityComboBox"));
    m_severity->addItem(QString(), -1);
    m_severity->addItem(QString(), int(RuleSeverity::Error));
    m_severity->addItem(QString(), int(RuleSeverity::Warning));
    m_severityLabel = new QLabel(this);
    m_severityLabel->setBuddy(m_severity);
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("ruleComboBox"));
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rule->setMinimumContentsLength(40);
    m_ruleLabel = new QLabel(this);
    m_ruleLabel->setBuddy(m_rule);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_severityLabel);
    filters->addWidget(m_severity);
    filters->addSpacing(16);
    filters->addWidget(m_ruleLabel);
    filters->addWidget(m_rule, 1);
    filters->addSpacing(16);
    filters->addWidget(m_countLabel);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("findingsTableWidget"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_rerunButton = new QPushButton(this);
    m_rerunButton->setObjectName(QStringLiteral("rerunButton"));
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(m_rerunButton);
    bottom->addStretch(1);
    bottom->addWidget(m_printButton);
    bottom->addWidget(m_pdfButton);
    bottom->addWidget(m_exportButton);
    bottom->addSpacing(16);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ConsistencyReportDialog::fillRows);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &ConsistencyReportDialog::fillRows);
    connect(m_rerunButton, &QPushButton::clicked, this, &ConsistencyReportDialog::rerun);
    connect(m_printButton, &QPushButton::clicked, this, &ConsistencyReportDialog::preview);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });

    m_organisation = MasterDataRepository(db).setting(QStringLiteral("organisation_name"));
    retranslateUi();
    resize(1180, 720);
    rerun();
}

void ConsistencyReportDialog::rerun() {
    ConsistencyReport report;
    {
        BusyCursor busy;
        m_ran = ConsistencyReport::run(m_db, Clock::today(), &report);
    }
    m_report = m_ran ? report : ConsistencyReport{};
    m_error = m_ran ? QString() : m_db.lastError().message;
    for (QPushButton* button : {m_printButton, m_pdfButton, m_exportButton})
        button->setEnabled(m_ran);
    updateSummary();
    fillRows();
}

void ConsistencyReportDialog::retranslateUi() {
    setWindowTitle(tr("Consistency Check"));
    m_severityLabel->setText(tr("&Severity:"));
    m_severity->setItemText(0, tr("Errors and warnings"));
    m_severity->setItemText(1, tr("Errors only"));
    m_severity->setItemText(2, tr("Warnings only"));
    m_ruleLabel->setText(tr("&Rule:"));
    {
        const QSignalBlocker blocker(m_rule);
        const QString current = m_rule->currentData().toString();
        m_rule->clear();
        m_rule->addItem(tr("All rules"), QString());
        for (const RuleInfo& rule : ConsistencyRules::rules()) {
            m_rule->addItem(QStringLiteral("%1 %2 %3").arg(rule.id, rule.article, rule.title),
                            rule.id);
            m_rule->setItemData(m_rule->count() - 1, rule.title, Qt::ToolTipRole);
        }
        m_rule->setCurrentIndex(std::max(0, m_rule->findData(current)));
    }
    m_table->setHorizontalHeaderLabels({tr("Department"), tr("Asset number"), tr("Name"),
                                        tr("Rule"), tr("Severity"), tr("Article"), tr("Finding")});
    m_rerunButton->setText(tr("Check &Again"));
    m_printButton->setText(tr("&Print…"));
    m_printButton->setToolTip(tr("Print the whole report from a print preview"));
    m_pdfButton->setText(tr("Save as P&DF…"));
    m_pdfButton->setToolTip(tr("Save the whole report as a PDF file"));
    m_exportButton->setText(tr("&Export CSV…"));
    m_exportButton->setToolTip(tr("Save every finding as a CSV file"));
    m_closeButton->setText(tr("Close"));
    updateSummary();
    fillRows();
}

void ConsistencyReportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConsistencyReportDialog::updateSummary() {
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText, !m_ran || m_report.errors() > 0
                                               ? kErrorColor
                                               : QWidget::palette().color(QPalette::WindowText));
    m_summary->setPalette(palette);
    if (!m_ran) {
        m_summary->setText(m_error.isEmpty()
                               ? QString()
                               : tr("The register could not be checked: %1").arg(m_error));
        return;
    }
    m_summary->setText(tr("%1 assets checked: %2 errors, %3 warnings")
                           .arg(m_report.assetsChecked)
                           .arg(m_report.errors())
                           .arg(m_report.warnings()));
}

void ConsistencyReportDialog::fillRows() {
    const int severity = m_severity->currentData().toInt();
    const QString rule = m_rule->currentData().toString();
    m_table->clearContents();
    m_table->setRowCount(0);
    int row = 0;
    QString department;
    bool shade = false;
    // Departments alternate between two shades so that a group's end is visible.
    const QColor band = palette().color(QPalette::Base).darker(106);
    for (const ConsistencyItem& item : std::as_const(m_report.items)) {
        const RuleFinding& f = item.finding;
        if (severity >= 0 && int(f.severity) != severity)
            continue;
        if (!rule.isEmpty() && f.ruleId != rule)
            continue;
        if (row == 0 || item.departmentName != department)
            shade = row != 0 && !shade;
        department = item.departmentName;
        const bool error = f.severity == RuleSeverity::Error;
        m_table->insertRow(row);
        const QStringList texts{item.departmentName,
                                item.assetNumber,
                                item.assetName,
                                f.ruleId,
                                error ? tr("Error") : tr("Warning"),
                                f.article,
                                f.message};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = readOnlyItem(texts.at(column));
            if (column == NumberColumn)
                cell->setData(Qt::UserRole, item.assetId);
            if (column == MessageColumn || column == NameColumn)
                cell->setToolTip(texts.at(column));
            if (error && (column == SeverityColumn || column == MessageColumn)) {
                cell->setForeground(kErrorColor);
                QFont bold = cell->font();
                bold.setBold(column == SeverityColumn);
                cell->setFont(bold);
            }
            if (shade)
                cell->setBackground(band);
            m_table->setItem(row, column, cell);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(NameColumn, std::min(m_table->columnWidth(NameColumn), 240));
    const int total = int(m_report.items.size());
    m_countLabel->setText(row == total
                              ? tr("%n finding(s)", nullptr, total)
                              : tr("Showing %1 of %n finding(s)", nullptr, total).arg(row));
}

QString ConsistencyReportDialog::toHtml(const ConsistencyReport& report,
                                        const QString& organisation, const QDate& date) {
    auto esc = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    QString html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>") + esc(kTitle) +
            QStringLiteral("</title></head><body>");
    html += QStringLiteral("<p align=\"right\">") + esc(toWareki(date)) + QStringLiteral("</p>");
    if (!organisation.isEmpty())
        html += QStringLiteral("<p align=\"right\">") + esc(organisation) + QStringLiteral("</p>");
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size: 16pt;\">") + esc(kTitle) +
            QStringLiteral("</h1>");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                           "style=\"border-collapse: collapse; border-color: #555;\">"
                           "<tr><th bgcolor=\"#e8e8e8\">対象資産</th><td align=\"right\">%1件</td>"
                           "<th bgcolor=\"#e8e8e8\">エラー</th><td align=\"right\">%2件</td>"
                           "<th bgcolor=\"#e8e8e8\">警告</th><td align=\"right\">%3件</td></tr>"
                           "</table>")
                .arg(report.assetsChecked)
                .arg(report.errors())
                .arg(report.warnings());
    if (report.items.isEmpty()) {
        html += QStringLiteral("<p>指摘事項はありません。</p></body></html>");
        return html;
    }
    html += QStringLiteral("<p>エラーは規程に反する状態で是正を要するもの、警告は確認を要するもの"
                           "を示す。</p>");
    const QString header = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
        "style=\"border-collapse: collapse; border-color: #555;\">"
        "<thead><tr bgcolor=\"#e8e8e8\"><th width=\"14%\">管理番号</th>"
        "<th width=\"22%\">名称</th><th width=\"5%\">規則</th><th width=\"6%\">区分</th>"
        "<th width=\"10%\">条項</th><th width=\"43%\">指摘内容</th></tr></thead>");
    QString department;
    bool open = false;
    for (qsizetype i = 0; i < report.items.size(); ++i) {
        const ConsistencyItem& item = report.items.at(i);
        if (!open || item.departmentName != department) {
            if (open)
                html += QStringLiteral("</table>");
            department = item.departmentName;
            int errors = 0;
            int warnings = 0;
            for (qsizetype j = i;
                 j < report.items.size() && report.items.at(j).departmentName == department; ++j)
                (report.items.at(j).finding.severity == RuleSeverity::Error ? errors : warnings)++;
            html +=
                QStringLiteral("<h2 style=\"font-size: 12pt;\">%1　"
                               "<span style=\"font-size: 9pt; font-weight: normal;\">"
                               "（エラー %2件・警告 %3件）</span></h2>")
                    .arg(esc(department.isEmpty() ? QStringLiteral("所管課未設定") : department))
                    .arg(errors)
                    .arg(warnings);
            html += header;
            open = true;
        }
        const RuleFinding& f = item.finding;
        const bool error = f.severity == RuleSeverity::Error;
        const QString severity =
            error ? QStringLiteral("<font color=\"#b00020\"><b>エラー</b></font>")
                  : QStringLiteral("警告");
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"center\">%3</td>"
                               "<td align=\"center\">%4</td><td>%5</td><td>%6</td>"
                               "</tr>")
                    .arg(esc(item.assetNumber), esc(item.assetName), esc(f.ruleId), severity,
                         esc(f.article), esc(f.message));
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

bool ConsistencyReportDialog::paint(QPagedPaintDevice* device) const {
    QTextDocument doc;
    doc.setDefaultFont(documentFont());
    doc.setHtml(toHtml(m_report, m_organisation, Clock::today()));
    doc.print(device);
    return true;
}

void ConsistencyReportDialog::preview() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(kTitle);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview: Consistency Check"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* device) {
        BusyCursor busy;
        paint(device);
    });
    if (QScreen* screen = this->screen())
        dialog.resize(screen->availableGeometry().size() * 0.85);
    prompts::exec(&dialog);
}

bool ConsistencyReportDialog::savePdf() {
    QString path = prompts::saveFileName(this, tr("Save Consistency Check as PDF"),
                                         documentsPath(datedName(QStringLiteral("pdf"))),
                                         tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("pdf"));
    QString error;
    bool ok = false;
    {
        BusyCursor busy;
        ok = writeFile(
            path,
            [this](QIODevice* device) {
                QPdfWriter writer(device);
                writer.setTitle(kTitle);
                writer.setCreator(QStringLiteral("assetreg"));
                writer.setPageSize(QPageSize(QPageSize::A4));
                writer.setPageOrientation(QPageLayout::Landscape);
                return paint(&writer);
            },
            &error);
    }
    if (!ok) {
        prompts::warning(
            this, tr("Save Consistency Check as PDF"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    prompts::information(this, tr("Save Consistency Check as PDF"),
                         tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ConsistencyReportDialog::exportCsv() {
    QString path = prompts::saveFileName(this, tr("Export Consistency Check"),
                                         documentsPath(datedName(QStringLiteral("csv"))),
                                         tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("csv"));
    QString text = CsvWriter::row({tr("Department"), tr("Asset number"), tr("Name"), tr("Rule"),
                                   tr("Severity"), tr("Article"), tr("Field"), tr("Finding")}) +
                   QStringLiteral("\r\n");
    for (const ConsistencyItem& item : std::as_const(m_report.items)) {
        const RuleFinding& f = item.finding;
        text += CsvWriter::row({item.departmentName, item.assetNumber, item.assetName, f.ruleId,
                                f.severity == RuleSeverity::Error ? tr("Error") : tr("Warning"),
                                f.article, f.field, f.message}) +
                QStringLiteral("\r\n");
    }
    QString error;
    QByteArray bytes;
    bool ok = TextCodec::encode(text, TextEncoding::Utf8, true, &bytes, &error);
    if (ok)
        ok = writeFile(
            path, [&bytes](QIODevice* device) { return device->write(bytes) == bytes.size(); },
            &error);
    if (!ok) {
        prompts::warning(
            this, tr("Export Consistency Check"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    prompts::information(this, tr("Export Consistency Check"),
                         tr("Saved %n finding(s) to %1.", nullptr, int(m_report.items.size()))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace assetreg
