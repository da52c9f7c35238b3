#include "PrintDialogs.h"

#include "DialogSupport.h"

#include "ExportDialog.h"
#include "Prompts.h"
#include "domain/AssetFields.h"
#include "domain/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <functional>
#include <optional>

namespace assetreg {
namespace {

// Printed documents carry their Japanese names whatever the UI language: they are official.
const QString kAllDepartments = QStringLiteral("全所管課");

// The audit chain's head at printing time: the printout can later be matched to the log.
QString evidenceText(Database& db) {
    const auto [entry, hash] = AuditLog(db).head();
    return QStringLiteral("Audit log #%1 sha256:%2").arg(entry).arg(hash);
}

QString organisationName(Database& db) {
    return MasterDataRepository(db).setting(QStringLiteral("organisation_name"));
}

// Writes through a QSaveFile: the file appears only once the whole PDF is written, and an
// existing file stays as it was when anything fails.
bool writePdfFile(const QString& path, const std::function<bool(QIODevice*, QString*)>& write,
                  QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!write(&file, error)) {
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

RegisterPrintSetupDialog::RegisterPrintSetupDialog(Database& db, const AssetQuery& currentFilter,
                                                   const QList<qint64>& selectedIds,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_repo(db)
    , m_organisationName(organisationName(db)) {
    setObjectName(QStringLiteral("registerPrintSetupDialog"));

    m_pageBox = new QGroupBox(this);
    m_pageBox->setObjectName(QStringLiteral("pageGroupBox"));
    auto* pageForm = new QFormLayout(m_pageBox);
    m_paper = new QComboBox(m_pageBox);
    m_paper->setObjectName(QStringLiteral("paperComboBox"));
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_paperLabel = new QLabel(m_pageBox);
    m_paperLabel->setBuddy(m_paper);
    pageForm->addRow(m_paperLabel, m_paper);
    m_orientation = new QComboBox(m_pageBox);
    m_orientation->setObjectName(QStringLiteral("orientationComboBox"));
    m_orientation->addItem(QString(), int(QPageLayout::Landscape));
    m_orientation->addItem(QString(), int(QPageLayout::Portrait));
    m_orientationLabel = new QLabel(m_pageBox);
    m_orientationLabel->setBuddy(m_orientation);
    pageForm->addRow(m_orientationLabel, m_orientation);
    m_groupByDepartment = new QCheckBox(m_pageBox);
    m_groupByDepartment->setObjectName(QStringLiteral("groupByDepartmentCheckBox"));
    m_groupByDepartment->setChecked(true);
    pageForm->addRow(m_groupByDepartment);

    m_scope = new AssetScopeBox(db, currentFilter, selectedIds, this);

    m_columnsBox = new QGroupBox(this);
    m_columnsBox->setObjectName(QStringLiteral("columnsGroupBox"));
    auto* columnsLayout = new QGridLayout(m_columnsBox);
    m_columns = new QListWidget(m_columnsBox);
    m_columns->setObjectName(QStringLiteral("columnsListWidget"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setDefaultDropAction(Qt::MoveAction);
    m_columns->setUniformItemSizes(true);
    for (const AssetField& field : assetFields()) {
        auto* item = new QListWidgetItem(m_columns);
        item->setData(Qt::UserRole, QString::fromLatin1(field.key));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
    }
    m_up = new QPushButton(m_columnsBox);
    m_up->setObjectName(QStringLiteral("upButton"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down = new QPushButton(m_columnsBox);
    m_down->setObjectName(QStringLiteral("downButton"));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_defaults = new QPushButton(m_columnsBox);
    m_defaults->setObjectName(QStringLiteral("defaultColumnsButton"));
    columnsLayout->addWidget(m_columns, 0, 0, 4, 1);
    columnsLayout->addWidget(m_up, 0, 1);
    columnsLayout->addWidget(m_down, 1, 1);
    columnsLayout->addWidget(m_defaults, 2, 1);
    columnsLayout->setRowStretch(3, 1);
    columnsLayout->setColumnStretch(0, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setDefault(true);
    m_pdfButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_pageBox);
    left->addWidget(m_scope);
    left->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(left);
    top->addWidget(m_columnsBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_previewButton, &QPushButton::clicked, this, &RegisterPrintSetupDialog::preview);
    connect(m_pdfButton, &QPushButton::clicked, this, &RegisterPrintSetupDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterPrintSetupDialog::reject);
    connect(m_up, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(m_defaults, &QPushButton::clicked, this,
            [this] { setColumns(PrintOptions::defaultColumns()); });
    connect(m_columns, &QListWidget::currentRowChanged, this,
            &RegisterPrintSetupDialog::updateControls);
    connect(m_columns, &QListWidget::itemChanged, this, &RegisterPrintSetupDialog::updateControls);
    connect(m_scope, &AssetScopeBox::scopeChanged, this, &RegisterPrintSetupDialog::updateControls);

    setColumns(PrintOptions::defaultColumns());
    retranslateUi();
    updateControls();
    resize(sizeHint().expandedTo(QSize(720, 560)));
}

void RegisterPrintSetupDialog::retranslateUi() {
    setWindowTitle(tr("Print Register"));
    m_pageBox->setTitle(tr("Page"));
    m_paperLabel->setText(tr("&Paper:"));
    m_orientationLabel->setText(tr("&Orientation:"));
    m_orientation->setItemText(0, tr("Landscape"));
    m_orientation->setItemText(1, tr("Portrait"));
    m_groupByDepartment->setText(tr("&Group by department"));
    m_scope->retranslate();
    m_columnsBox->setTitle(tr("Columns (in print order)"));
    for (int row = 0; row < m_columns->count(); ++row) {
        QListWidgetItem* item = m_columns->item(row);
        if (const AssetField* field = assetField(item->data(Qt::UserRole).toString()))
            item->setText(field->translatedLabel());
    }
    m_up->setText(tr("&Up"));
    m_down->setText(tr("Do&wn"));
    m_defaults->setText(tr("&Standard"));
    m_defaults->setToolTip(tr("The columns that fit A4 landscape"));
    m_previewButton->setText(tr("Pre&view…"));
    m_pdfButton->setText(tr("Save as P&DF…"));
}

void RegisterPrintSetupDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QStringList RegisterPrintSetupDialog::columns() const {
    QStringList keys;
    for (int row = 0; row < m_columns->count(); ++row) {
        const QListWidgetItem* item = m_columns->item(row);
        if (item->checkState() == Qt::Checked)
            keys.append(item->data(Qt::UserRole).toString());
    }
    return keys;
}

void RegisterPrintSetupDialog::setColumns(const QStringList& keys) {
    const QSignalBlocker blocker(m_columns);
    // Chosen columns first, in their order; the others after them in the register's order.
    QList<QListWidgetItem*> items;
    while (m_columns->count() > 0)
        items.append(m_columns->takeItem(0));
    for (const QString& key : keys) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i]->data(Qt::UserRole).toString() == key) {
                items[i]->setCheckState(Qt::Checked);
                m_columns->addItem(items.takeAt(i));
                break;
            }
        }
    }
    for (QListWidgetItem* item : items) {
        item->setCheckState(Qt::Unchecked);
        m_columns->addItem(item);
    }
    m_columns->setCurrentRow(0);
    updateControls();
}

void RegisterPrintSetupDialog::moveColumn(int delta) {
    const int row = m_columns->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    const QSignalBlocker blocker(m_columns);
    QListWidgetItem* item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentRow(target);
    updateControls();
}

void RegisterPrintSetupDialog::updateControls() {
    const int row = m_columns->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_columns->count());
    const bool printable = !columns().isEmpty();
    m_previewButton->setEnabled(printable);
    m_pdfButton->setEnabled(printable);
    if (!printable)
        m_status->setText(tr("Choose at least one column."));
    else if (m_status->text() == tr("Choose at least one column."))
        m_status->clear();
}

QList<Asset> RegisterPrintSetupDialog::assets() {
    BusyCursor busy;
    m_repo.reloadReference();
    // By department, so that each department's assets print together under its heading.
    return m_scope->assets(m_repo, m_groupByDepartment->isChecked()
                                       ? std::optional<AssetSort>(AssetSort::Department)
                                       : std::nullopt);
}

PrintOptions RegisterPrintSetupDialog::options(const QList<Asset>& assets) const {
    PrintOptions options;
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.columns = columns();
    options.groupByDepartment = m_groupByDepartment->isChecked();
    options.organisationName = m_organisationName;
    const QString department = m_scope->departmentName(m_repo.reference(), assets);
    options.scopeTitle = department.isEmpty() ? kAllDepartments : department;
    options.date = Clock::today();
    options.evidence = evidenceText(m_db);
    return options;
}

void RegisterPrintSetupDialog::preview() {
    const QList<Asset> list = assets();
    const PrintOptions printOptions = options(list);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QStringLiteral("情報資産管理台帳"));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview: Register"));
    QString error;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* device) {
        BusyCursor busy;
        QString paintError;
        if (!RegisterPrinter::print(list, m_repo.reference(), printOptions, device, &paintError))
            error = paintError;
    });
    if (QScreen* screen = this->screen())
        dialog.resize(screen->availableGeometry().size() * 0.85);
    prompts::exec(&dialog);
    if (!error.isEmpty())
        prompts::warning(this, tr("Print Register"),
                         tr("The register could not be printed: %1").arg(error));
}

bool RegisterPrintSetupDialog::savePdf() {
    const QString defaultName = QStringLiteral("情報資産管理台帳_%1.pdf")
                                    .arg(Clock::today().toString(QStringLiteral("yyyyMMdd")));
    QString path = prompts::saveFileName(this, tr("Save Register as PDF"),
                                         documentsPath(defaultName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("pdf"));
    const QList<Asset> list = assets();
    const PrintOptions printOptions = options(list);
    QString error;
    bool ok = false;
    {
        BusyCursor busy;
        ok = writePdfFile(
            path,
            [&](QIODevice* device, QString* writeError) {
                return RegisterPrinter::writePdf(list, m_repo.reference(), printOptions, device,
                                                 writeError);
            },
            &error);
    }
    if (!ok) {
        m_status->clear();
        prompts::warning(
            this, tr("Save Register as PDF"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_status->setText(tr("Saved %n asset(s) to %1.", nullptr, int(list.size()))
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

// --- Detail sheets -------------------------------------------------------------------------

namespace {

struct DetailSheet {
    std::optional<Asset> asset;
    ReferenceData ref;
    PrintOptions options;
};

DetailSheet loadDetailSheet(Database& db, qint64 assetId, QWidget* parent) {
    DetailSheet sheet;
    AssetRepository repo(db);
    sheet.asset = repo.findById(assetId);
    if (!sheet.asset) {
        prompts::warning(parent, RegisterPrintSetupDialog::tr("Detail Sheet"),
                         RegisterPrintSetupDialog::tr("The asset no longer exists."));
        return sheet;
    }
    sheet.ref = repo.reference();
    sheet.options.orientation = QPageLayout::Portrait;
    sheet.options.organisationName = organisationName(db);
    sheet.options.date = Clock::today();
    sheet.options.evidence = evidenceText(db);
    return sheet;
}

} // namespace

void printDetailSheet(Database& db, qint64 assetId, QWidget* parent) {
    const DetailSheet sheet = loadDetailSheet(db, assetId, parent);
    if (!sheet.asset)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QStringLiteral("情報資産管理台帳（個票）") + sheet.asset->assetNumber);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("detailSheetPreviewDialog"));
    dialog.setWindowTitle(RegisterPrintSetupDialog::tr("Print Preview: %1 %2")
                              .arg(sheet.asset->assetNumber, sheet.asset->name));
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* device) {
        QString paintError;
        if (!RegisterPrinter::printDetailSheet(*sheet.asset, sheet.ref, sheet.options, device,
                                               &paintError))
            error = paintError;
    });
    if (parent && parent->screen())
        dialog.resize(parent->screen()->availableGeometry().size() * 0.85);
    prompts::exec(&dialog);
    if (!error.isEmpty())
        prompts::warning(
            parent, RegisterPrintSetupDialog::tr("Detail Sheet"),
            RegisterPrintSetupDialog::tr("The detail sheet could not be printed: %1").arg(error));
}

bool saveDetailSheetPdf(Database& db, qint64 assetId, QWidget* parent) {
    const DetailSheet sheet = loadDetailSheet(db, assetId, parent);
    if (!sheet.asset)
        return false;
    QString fileName = QStringLiteral("情報資産個票_%1.pdf").arg(sheet.asset->assetNumber);
    // Asset numbers are free text: keep the name a valid file name everywhere.
    for (const QChar c :
         {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
          QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
        fileName.replace(c, QLatin1Char('_'));
    QString path = prompts::saveFileName(
        parent, RegisterPrintSetupDialog::tr("Save Detail Sheet as PDF"), documentsPath(fileName),
        RegisterPrintSetupDialog::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("pdf"));
    QString error;
    const bool ok = writePdfFile(
        path,
        [&](QIODevice* device, QString* writeError) {
            return RegisterPrinter::writeDetailSheetPdf(*sheet.asset, sheet.ref, sheet.options,
                                                        device, writeError);
        },
        &error);
    if (!ok)
        prompts::warning(parent, RegisterPrintSetupDialog::tr("Save Detail Sheet as PDF"),
                         RegisterPrintSetupDialog::tr("%1 could not be written: %2")
                             .arg(QDir::toNativeSeparators(path), error));
    return ok;
}

} // namespace assetreg
