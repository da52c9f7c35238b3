#include "ImportDialog.h"

#include "DialogSupport.h"

#include "Prompts.h"
#include "domain/AssetFields.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace assetreg {
namespace {

const QColor kErrorColor(0xc6, 0x28, 0x28);
const QColor kWarningColor(0xa6, 0x5e, 0x00); // amber, dark enough to read on white

// The report table shows this many issues; the summary counts them all.
constexpr int kMaxIssuesShown = 5000;
// Rows of the file looked at for an example value when the first data row leaves a cell empty.
constexpr qsizetype kSampleRows = 20;

enum MappingColumn { HeaderColumn, SampleColumn, TargetColumn };
enum ReportColumn { LineColumn, ColumnColumn, ReportHeaderColumn, SeverityColumn, MessageColumn };

bool isXlsxSignature(const QByteArray& bytes) {
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

QString encodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Cp932:
        return QStringLiteral("CP932");
    case TextEncoding::Utf16:
        return QStringLiteral("UTF-16");
    case TextEncoding::Auto:
        break;
    }
    return {};
}

// The targets beyond the register's own fields, in the order offered.
struct SpecialTarget {
    const char* target;
    const char* label;
};
const SpecialTarget kSpecialTargets[] = {
    {MappingTarget::kDescriptionNote,
     QT_TRANSLATE_NOOP("assetreg::ImportDialog", "Append to the description")},
    {MappingTarget::kMediumAndLocation,
     QT_TRANSLATE_NOOP("assetreg::ImportDialog", "Medium and location")},
    {MappingTarget::kPersonalFlag,
     QT_TRANSLATE_NOOP("assetreg::ImportDialog", "Personal information mark (○)")},
    {MappingTarget::kSensitiveFlag,
     QT_TRANSLATE_NOOP("assetreg::ImportDialog", "Sensitive personal information mark (○)")},
    {MappingTarget::kMyNumberFlag,
     QT_TRANSLATE_NOOP("assetreg::ImportDialog", "Specific personal information mark (○)")},
};

// A path on one line: long ones lose their middle, never the file name, and the whole path is
// in the tooltip.
class ElidedLabel : public QLabel {
public:
    ElidedLabel(const QString& text, QWidget* parent)
        : QLabel(parent)
        , m_text(text) {
        setToolTip(text);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        setMinimumWidth(fontMetrics().averageCharWidth() * 20);
        updateText();
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QLabel::resizeEvent(event);
        updateText();
    }

private:
    void updateText() { setText(fontMetrics().elidedText(m_text, Qt::ElideMiddle, width())); }
    QString m_text;
};

QTableWidgetItem* readOnlyItem(const QVariant& value) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QComboBox* targetCombo(const QTableWidget* table, int row) {
    return qobject_cast<QComboBox*>(table->cellWidget(row, TargetColumn));
}

} // namespace

ImportDialog::ImportDialog(Database& db, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(path) {
    setObjectName(QStringLiteral("importDialog"));
    m_mappings = {ColumnMapping::nativeMapping(), ColumnMapping::ipaMapping()};

    // 1. The file and how to read it.
    m_fileBox = new QGroupBox(this);
    m_fileBox->setObjectName(QStringLiteral("fileGroupBox"));
    m_fileForm = new QFormLayout(m_fileBox);
    // The path takes the width; the combos keep their natural one.
    m_fileForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fileLabel = new ElidedLabel(QDir::toNativeSeparators(path), m_fileBox);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileTitle = new QLabel(m_fileBox);
    m_fileForm->addRow(m_fileTitle, m_fileLabel);
    m_encoding = new QComboBox(m_fileBox);
    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encoding->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    for (TextEncoding e :
         {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Cp932, TextEncoding::Utf16})
        m_encoding->addItem(encodingName(e), int(e));
    m_encodingTitle = new QLabel(m_fileBox);
    m_encodingTitle->setBuddy(m_encoding);
    m_fileForm->addRow(m_encodingTitle, m_encoding);
    m_sheet = new QComboBox(m_fileBox);
    m_sheet->setObjectName(QStringLiteral("sheetComboBox"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheet->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_sheetTitle = new QLabel(m_fileBox);
    m_sheetTitle->setBuddy(m_sheet);
    m_fileForm->addRow(m_sheetTitle, m_sheet);
    m_rowsLabel = new QLabel(m_fileBox);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_rowsLabel->setWordWrap(true);
    m_rowsTitle = new QLabel(m_fileBox);
    m_fileForm->addRow(m_rowsTitle, m_rowsLabel);

    // 2. Which column fills which field.
    m_mappingBox = new QGroupBox(this);
    m_mappingBox->setObjectName(QStringLiteral("mappingGroupBox"));
    auto* mappingLayout = new QVBoxLayout(m_mappingBox);
    auto* mappingRow = new QHBoxLayout;
    m_mappingTitle = new QLabel(m_mappingBox);
    m_mapping = new QComboBox(m_mappingBox);
    m_mapping->setObjectName(QStringLiteral("mappingComboBox"));
    m_mapping->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mappingTitle->setBuddy(m_mapping);
    for (qsizetype i = 0; i < m_mappings.size(); ++i)
        m_mapping->addItem(QString(), int(i));
    m_loadMapping = new QPushButton(m_mappingBox);
    m_loadMapping->setObjectName(QStringLiteral("loadMappingButton"));
    m_saveMapping = new QPushButton(m_mappingBox);
    m_saveMapping->setObjectName(QStringLiteral("saveMappingButton"));
    mappingRow->addWidget(m_mappingTitle);
    mappingRow->addWidget(m_mapping);
    mappingRow->addWidget(m_loadMapping);
    mappingRow->addWidget(m_saveMapping);
    mappingRow->addStretch(1);
    mappingLayout->addLayout(mappingRow);
    m_mappingTable = new QTableWidget(0, 3, m_mappingBox);
    m_mappingTable->setObjectName(QStringLiteral("mappingTableWidget"));
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setWordWrap(false);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(HeaderColumn,
                                                             QHeaderView::Interactive);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(TargetColumn,
                                                             QHeaderView::ResizeToContents);
    mappingLayout->addWidget(m_mappingTable, 1);
    m_mappingNote = new QLabel(m_mappingBox);
    m_mappingNote->setObjectName(QStringLiteral("mappingNoteLabel"));
    m_mappingNote->setWordWrap(true);
    QPalette warningPalette = m_mappingNote->palette();
    warningPalette.setColor(QPalette::WindowText, kWarningColor);
    m_mappingNote->setPalette(warningPalette);
    m_mappingNote->hide();
    mappingLayout->addWidget(m_mappingNote);

    // 3. What to do with numbers already in the register, a check, then the import.
    m_checkBox = new QGroupBox(this);
    m_checkBox->setObjectName(QStringLiteral("checkGroupBox"));
    auto* checkLayout = new QVBoxLayout(m_checkBox);
    auto* optionsRow = new QHBoxLayout;
    m_mode = new QComboBox(m_checkBox);
    m_mode->setObjectName(QStringLiteral("modeComboBox"));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (ImportMode mode : {ImportMode::AddOnly, ImportMode::Update, ImportMode::Skip})
        m_mode->addItem(QString(), int(mode));
    m_modeTitle = new QLabel(m_checkBox);
    m_modeTitle->setBuddy(m_mode);
    m_createDepartments = new QCheckBox(m_checkBox);
    m_createDepartments->setObjectName(QStringLiteral("createDepartmentsCheckBox"));
    optionsRow->addWidget(m_modeTitle);
    optionsRow->addWidget(m_mode);
    optionsRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    optionsRow->addWidget(m_createDepartments);
    optionsRow->addStretch(1);
    checkLayout->addLayout(optionsRow);
    auto* checkRow = new QHBoxLayout;
    m_checkButton = new QPushButton(m_checkBox);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_summary = new QLabel(m_checkBox);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    checkRow->addWidget(m_checkButton, 0, Qt::AlignTop);
    checkRow->addWidget(m_summary, 1);
    checkLayout->addLayout(checkRow);
    m_reportTable = new QTableWidget(0, 5, m_checkBox);
    m_reportTable->setObjectName(QStringLiteral("reportTableWidget"));
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportTable->setWordWrap(false);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    for (int c = LineColumn; c < MessageColumn; ++c)
        m_reportTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    // Unsorted until the user clicks a heading: the importer lists problems in file order.
    m_reportTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_reportTable->setSortingEnabled(true);
    checkLayout->addWidget(m_reportTable, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("importSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_mappingBox);
    splitter->addWidget(m_checkBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fileBox);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    retranslateUi();

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::readFile);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::readFile);
    connect(m_mapping, &QComboBox::currentIndexChanged, this, &ImportDialog::applyMapping);
    connect(m_loadMapping, &QPushButton::clicked, this, &ImportDialog::loadMapping);
    connect(m_saveMapping, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ImportDialog::settingsChanged);
    connect(m_createDepartments, &QCheckBox::toggled, this, &ImportDialog::settingsChanged);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::importRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    bool opened = false;
    {
        BusyCursor busy;
        QFile file(path);
        opened = file.open(QIODevice::ReadOnly);
        if (opened)
            m_bytes = file.readAll();
        else
            setSummary(tr("The file could not be opened: %1").arg(file.errorString()), true);
    }
    m_xlsx = opened && isXlsxSignature(m_bytes);
    m_fileForm->setRowVisible(m_encoding, opened && !m_xlsx);
    m_fileForm->setRowVisible(m_sheet, m_xlsx);
    m_checkButton->setEnabled(false);
    if (m_xlsx) {
        QBuffer buffer(&m_bytes);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        QStringList sheets;
        {
            BusyCursor busy;
            sheets = AssetImporter::xlsxSheets(&buffer, &error);
        }
        if (sheets.isEmpty()) {
            setSummary(tr("The workbook could not be read: %1").arg(error), true);
            opened = false;
        } else {
            const QSignalBlocker blocker(m_sheet);
            m_sheet->addItems(sheets);
        }
    }
    if (opened) {
        readFile();
        // Start from the built-in mapping that recognises the file: the name column decides.
        if (m_tableRead) {
            const QStringList headers = m_table.rows.first();
            for (qsizetype i = 0; i < m_mappings.size(); ++i) {
                if (m_mappings[i].resolve(headers).contains(QStringLiteral("name"))) {
                    m_mapping->setCurrentIndex(int(i));
                    break;
                }
            }
        }
    }

    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
    QSize size = sizeHint().expandedTo(QSize(960, 720));
    if (screen.isValid())
        size = size.boundedTo(screen.size() * 0.92);
    resize(size);
}

void ImportDialog::retranslateUi() {
    setWindowTitle(tr("Import Assets"));
    m_fileBox->setTitle(tr("1. File"));
    m_fileTitle->setText(tr("File:"));
    m_encodingTitle->setText(tr("&Encoding:"));
    updateEncodingLabel();
    m_encoding->setToolTip(
        tr("Excel in Japan saves CSV as CP932; UTF-16 is its \"Unicode text\"."));
    m_sheetTitle->setText(tr("S&heet:"));
    m_rowsTitle->setText(tr("Contents:"));
    if (m_tableRead)
        m_rowsLabel->setText(tr("%n data row(s)", nullptr, int(m_table.rows.size() - 1)) +
                             tr(", %n column(s)", nullptr, int(m_table.rows.first().size())));

    m_mappingBox->setTitle(tr("2. Columns"));
    m_mappingTitle->setText(tr("&Mapping:"));
    m_mapping->setItemText(0, tr("This application's format"));
    m_mapping->setItemText(1, tr("IPA information asset register"));
    m_loadMapping->setText(tr("&Load Mapping…"));
    m_saveMapping->setText(tr("Sa&ve Mapping…"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Example (first row)"), tr("Imported into")});
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        if (QComboBox* combo = targetCombo(m_mappingTable, row))
            retranslateTargetCombo(combo);
    }
    markDuplicateTargets();

    m_modeTitle->setText(tr("Asset numbers already in the &register:"));
    m_mode->setItemText(0, tr("Add only (an existing number is an error)"));
    m_mode->setItemText(1, tr("Update the existing assets"));
    m_mode->setItemText(2, tr("Skip those rows"));
    m_mode->setToolTip(tr("Updating changes only the fields of the columns in the file."));
    m_createDepartments->setText(tr("Create &departments that do not exist yet"));

    m_checkBox->setTitle(tr("3. Check and import"));
    m_checkButton->setText(tr("&Check"));
    m_checkButton->setToolTip(tr("Check every row without changing the register"));
    m_reportTable->setHorizontalHeaderLabels(
        {tr("Line"), tr("Column"), tr("Heading"), tr("Severity"), tr("Message")});
    m_importButton->setText(tr("&Import"));
    m_importButton->setToolTip(tr("Available after a check that finds no errors"));
}

void ImportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::updateEncodingLabel() {
    // "Automatic" says what it chose: the user sees at once when a file is not what they think.
    const QString detected =
        m_bytes.isEmpty() ? QString() : encodingName(TextCodec::detect(m_bytes));
    m_encoding->setItemText(0, detected.isEmpty() ? tr("Automatic")
                                                  : tr("Automatic (%1 detected)").arg(detected));
}

void ImportDialog::setSummary(const QString& text, bool error) {
    m_summary->setText(text);
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText,
                     error ? kErrorColor : QGuiApplication::palette().color(QPalette::WindowText));
    m_summary->setPalette(palette);
}

void ImportDialog::readFile() {
    m_tableRead = false;
    m_table = {};
    QString error;
    bool ok = false;
    {
        BusyCursor busy;
        if (m_xlsx) {
            QBuffer buffer(&m_bytes);
            buffer.open(QIODevice::ReadOnly);
            ok = m_sheet->currentIndex() >= 0 &&
                 AssetImporter::readXlsx(&buffer, m_sheet->currentIndex(), &m_table, &error);
        } else {
            const auto encoding = TextEncoding(m_encoding->currentData().toInt());
            ok = AssetImporter::readCsv(m_bytes, encoding, &m_table, &m_usedEncoding, &error);
        }
    }
    m_tableRead = ok && !m_table.rows.isEmpty();
    updateEncodingLabel();
    m_report = {};
    m_reportTable->setRowCount(0);
    m_checked = false;
    m_importButton->setEnabled(false);
    m_checkButton->setEnabled(m_tableRead);
    m_mapping->setEnabled(m_tableRead);
    m_saveMapping->setEnabled(m_tableRead);
    if (m_tableRead) {
        m_rowsLabel->setText(tr("%n data row(s)", nullptr, int(m_table.rows.size() - 1)) +
                             tr(", %n column(s)", nullptr, int(m_table.rows.first().size())));
    } else {
        m_rowsLabel->clear();
    }
    {
        BusyCursor busy;
        fillMappingTable();
        applyMapping();
    }
    if (m_tableRead)
        setSummary(tr("Check which field each column goes into, then check the file."), false);
    else
        setSummary(tr("The file could not be read: %1").arg(error), true);
}

void ImportDialog::fillTargetCombo(QComboBox* combo) const {
    combo->addItem(QString(), QString::fromLatin1(MappingTarget::kIgnore));
    for (const AssetField& field : assetFields())
        combo->addItem(QString(), QString::fromLatin1(field.key));
    combo->insertSeparator(combo->count());
    for (const SpecialTarget& special : kSpecialTargets)
        combo->addItem(QString(), QString::fromLatin1(special.target));
    retranslateTargetCombo(combo);
}

void ImportDialog::retranslateTargetCombo(QComboBox* combo) const {
    for (int i = 0; i < combo->count(); ++i) {
        const QString target = combo->itemData(i).toString();
        if (combo->itemData(i).isNull())
            continue; // the separator
        if (target.isEmpty()) {
            combo->setItemText(i, tr("(Not imported)"));
        } else if (const AssetField* field = assetField(target)) {
            combo->setItemText(i, field->translatedLabel());
        } else {
            for (const SpecialTarget& special : kSpecialTargets) {
                if (target == QLatin1String(special.target))
                    combo->setItemText(i, tr(special.label));
            }
        }
    }
}

void ImportDialog::fillMappingTable() {
    m_mappingTable->setRowCount(0);
    if (!m_tableRead)
        return;
    const QStringList headers = m_table.rows.first();
    m_mappingTable->setRowCount(int(headers.size()));
    QSet<QString> seen;
    for (int c = 0; c < headers.size(); ++c) {
        const QString header = headers[c].simplified();
        auto* headerItem = readOnlyItem(header.isEmpty() ? tr("(no heading)") : header);
        headerItem->setToolTip(headers[c]);
        if (header.isEmpty()) {
            QFont font = headerItem->font();
            font.setItalic(true);
            headerItem->setFont(font);
        }
        m_mappingTable->setItem(c, HeaderColumn, headerItem);

        QString sample;
        for (qsizetype r = 1; r < m_table.rows.size() && r <= kSampleRows && sample.isEmpty(); ++r)
            sample = m_table.rows[r].value(c).simplified();
        auto* sampleItem = readOnlyItem(sample);
        sampleItem->setToolTip(sample);
        m_mappingTable->setItem(c, SampleColumn, sampleItem);

        auto* combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("targetComboBox"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaxVisibleItems(20);
        fillTargetCombo(combo);
        // Columns are matched by heading: one without a heading, or a repeated heading, cannot
        // be told apart and is left out.
        const QString key = ColumnMapping::headerKey(headers[c]);
        if (key.isEmpty()) {
            combo->setEnabled(false);
            combo->setToolTip(tr("A column without a heading is not imported."));
        } else if (seen.contains(key)) {
            combo->setEnabled(false);
            combo->setToolTip(tr("Another column has the same heading: only the first of them "
                                 "is used."));
        }
        seen.insert(key);
        m_mappingTable->setCellWidget(c, TargetColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            markDuplicateTargets();
            settingsChanged();
        });
    }
    m_mappingTable->resizeColumnToContents(HeaderColumn);
    const int maxHeaderWidth = fontMetrics().averageCharWidth() * 40;
    if (m_mappingTable->columnWidth(HeaderColumn) > maxHeaderWidth)
        m_mappingTable->setColumnWidth(HeaderColumn, maxHeaderWidth);
    m_mappingTable->resizeRowsToContents();
}

void ImportDialog::applyMapping() {
    if (!m_tableRead)
        return;
    const int index = m_mapping->currentData().toInt();
    if (index < 0 || index >= m_mappings.size())
        return;
    const QStringList targets = m_mappings[index].resolve(m_table.rows.first());
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        QComboBox* combo = targetCombo(m_mappingTable, row);
        if (!combo)
            continue;
        const QSignalBlocker blocker(combo);
        const QString target = combo->isEnabled() ? targets.value(row) : QString();
        int item = combo->findData(target);
        if (item < 0) {
            // A saved mapping may name a target this version offers differently: keep it.
            combo->addItem(target, target);
            item = combo->count() - 1;
        }
        combo->setCurrentIndex(item);
    }
    markDuplicateTargets();
    settingsChanged();
}

ColumnMapping ImportDialog::editedMapping() const {
    ColumnMapping result;
    const int index = m_mapping->currentData().toInt();
    if (index >= 0 && index < m_mappings.size()) {
        result.name = m_mappings[index].name;
        result.native = m_mappings[index].native;
    }
    if (!m_tableRead)
        return result;
    const QStringList headers = m_table.rows.first();
    for (int row = 0; row < m_mappingTable->rowCount() && row < headers.size(); ++row) {
        const QComboBox* combo = targetCombo(m_mappingTable, row);
        if (!combo || !combo->isEnabled())
            continue;
        result.rules.append({headers[row], combo->currentData().toString()});
    }
    return result;
}

void ImportDialog::markDuplicateTargets() {
    QSet<QString> used;
    QStringList repeated;
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        QComboBox* combo = targetCombo(m_mappingTable, row);
        QTableWidgetItem* item = m_mappingTable->item(row, HeaderColumn);
        if (!combo || !item)
            continue;
        const QString target = combo->currentData().toString();
        // Several columns may add to the description; every other field takes one column.
        const bool repeat = combo->isEnabled() && !target.isEmpty() &&
                            !target.startsWith(QLatin1Char('+')) && used.contains(target);
        item->setForeground(repeat ? QBrush(kWarningColor) : QBrush());
        if (repeat && !repeated.contains(combo->currentText()))
            repeated.append(combo->currentText());
        used.insert(target);
    }
    m_mappingNote->setVisible(!repeated.isEmpty());
    if (!repeated.isEmpty())
        m_mappingNote->setText(
            tr("Chosen for more than one column: %1. Only the first of those columns is "
               "imported.")
                .arg(repeated.join(tr(", "))));
}

void ImportDialog::settingsChanged() {
    const bool hadReport = m_checked || m_report.rows > 0 || !m_report.issues.isEmpty();
    m_checked = false;
    m_importButton->setEnabled(false);
    if (hadReport)
        setSummary(tr("The settings have changed: check the file again before importing."), false);
}

void ImportDialog::loadMapping() {
    const QString path =
        prompts::openFileName(this, tr("Load Column Mapping"), QFileInfo(m_path).absolutePath(),
                              tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    ColumnMapping mapping;
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
    } else if (ColumnMapping::load(&file, &mapping, &error)) {
        if (mapping.name.trimmed().isEmpty())
            mapping.name = QFileInfo(path).completeBaseName();
        m_mappings.append(mapping);
        m_mapping->addItem(mapping.name, int(m_mappings.size() - 1));
        m_mapping->setItemData(m_mapping->count() - 1, QDir::toNativeSeparators(path),
                               Qt::ToolTipRole);
        if (m_mapping->currentIndex() == m_mapping->count() - 1)
            applyMapping();
        else
            m_mapping->setCurrentIndex(m_mapping->count() - 1);
        return;
    }
    prompts::warning(this, tr("Load Column Mapping"),
                     tr("%1 could not be loaded: %2").arg(QDir::toNativeSeparators(path), error));
}

void ImportDialog::saveMapping() {
    const QString dir = QFileInfo(m_path).absolutePath();
    QString path = prompts::saveFileName(
        this, tr("Save Column Mapping"),
        QDir(dir).filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral(".json")),
        tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    ColumnMapping mapping = editedMapping();
    mapping.name = QFileInfo(path).completeBaseName();
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
    } else if (!mapping.save(&file, &error)) {
        file.cancelWriting();
    } else if (!file.commit()) {
        error = file.errorString();
    } else {
        return;
    }
    prompts::warning(this, tr("Save Column Mapping"),
                     tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
}

ImportReport ImportDialog::runImporter(bool dryRun) {
    ImportOptions options;
    options.mapping = editedMapping();
    options.mode = ImportMode(m_mode->currentData().toInt());
    options.createDepartments = m_createDepartments->isChecked();
    options.dryRun = dryRun;

    const int total = int(m_table.rows.size() - 1);
    QProgressDialog progress(dryRun ? tr("Checking %n row(s)…", nullptr, total)
                                    : tr("Checking %n row(s) before importing…", nullptr, total),
                             tr("Cancel"), 0, dryRun ? total : 2 * total, this);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    // The importer reports rows checked, then assets written, each counting from the start:
    // the bar shows the two in turn.
    int phase = 0;
    int last = 0;
    options.progress = [&](int done, int) {
        if (done < last && phase == 0) {
            phase = 1;
            progress.setLabelText(tr("Writing %n asset(s) to the register…", nullptr, total));
        }
        last = done;
        progress.setValue(std::min(progress.maximum(), phase * total + done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };

    BusyCursor busy;
    AssetRepository repo(m_db);
    AssetImporter importer(repo);
    ImportReport report = importer.run(m_table, options);
    progress.reset();
    return report;
}

void ImportDialog::showReport(const ImportReport& report) {
    m_report = report;
    m_reportTable->setSortingEnabled(false);
    m_reportTable->setRowCount(0);
    const int shown = int(std::min<qsizetype>(report.issues.size(), kMaxIssuesShown));
    m_reportTable->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const ImportIssue& issue = report.issues[i];
        const bool error = issue.severity == ImportIssue::Severity::Error;
        QList<QTableWidgetItem*> items{
            readOnlyItem(issue.line > 0 ? QVariant(qlonglong(issue.line)) : QVariant()),
            readOnlyItem(issue.column > 0 ? QVariant(issue.column) : QVariant()),
            readOnlyItem(issue.header),
            readOnlyItem(error ? tr("Error") : tr("Warning")),
            readOnlyItem(issue.message),
        };
        items[MessageColumn]->setToolTip(issue.text());
        for (int c = 0; c < items.size(); ++c) {
            items[c]->setForeground(error ? kErrorColor : kWarningColor);
            m_reportTable->setItem(i, c, items[c]);
        }
    }
    m_reportTable->setSortingEnabled(true);

    QString summary = report.summary();
    const int warnings = int(report.issues.size()) - report.errorCount();
    if (!report.cancelled && warnings > 0)
        summary += QLatin1Char(' ') + tr("%n warning(s).", nullptr, warnings);
    if (report.issues.size() > shown)
        summary += QLatin1Char(' ') + tr("The first %1 problems are listed.").arg(shown);
    setSummary(summary, report.errorCount() > 0);
}

void ImportDialog::check() {
    if (!m_tableRead)
        return;
    const ImportReport report = runImporter(true);
    showReport(report);
    m_checked = !report.cancelled && report.errorCount() == 0;
    m_importButton->setEnabled(m_checked);
    if (m_checked) {
        m_importButton->setDefault(true);
        m_importButton->setFocus();
    }
}

void ImportDialog::importRows() {
    if (!m_checked || !m_tableRead)
        return;
    const ImportReport report = runImporter(false);
    showReport(report);
    if (report.committed) {
        prompts::information(this, tr("Import Assets"), report.summary());
        accept();
        return;
    }
    // Cancelled: nothing changed, the same import can be started again.
    m_checked = report.cancelled && report.errorCount() == 0;
    m_importButton->setEnabled(m_checked);
}

} // namespace assetreg
