#include "ExportDialog.h"

#include "DialogSupport.h"

#include "Prompts.h"
#include "domain/Clock.h"
#include "io/AssetExporter.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace assetreg {

// --- AssetScopeBox -------------------------------------------------------------------------

AssetScopeBox::AssetScopeBox(Database& db, const AssetQuery& currentFilter,
                             const QList<qint64>& selectedIds, QWidget* parent)
    : QGroupBox(parent)
    , m_filter(currentFilter)
    , m_selected(selectedIds) {
    setObjectName(QStringLiteral("scopeGroupBox"));
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_filter.withRelations = true;
    {
        AssetRepository repo(db);
        m_wholeCount = std::max<qint64>(0, repo.count({}));
        m_filterCount = std::max<qint64>(0, repo.count(m_filter));
    }

    m_whole = new QRadioButton(this);
    m_whole->setObjectName(QStringLiteral("wholeRegisterRadioButton"));
    m_filtered = new QRadioButton(this);
    m_filtered->setObjectName(QStringLiteral("filterRadioButton"));
    m_selection = new QRadioButton(this);
    m_selection->setObjectName(QStringLiteral("selectionRadioButton"));
    m_selection->setEnabled(!m_selected.isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_whole);
    layout->addWidget(m_filtered);
    layout->addWidget(m_selection);
    m_filtered->setChecked(true);
    for (QRadioButton* button : {m_whole, m_filtered, m_selection}) {
        connect(button, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                emit scopeChanged();
        });
    }
    retranslate();
}

void AssetScopeBox::retranslate() {
    setTitle(tr("Assets"));
    m_whole->setText(tr("&Whole register (%n assets)", nullptr, int(m_wholeCount)));
    m_filtered->setText(tr("Assets &shown (%n, current filter)", nullptr, int(m_filterCount)));
    m_selection->setText(tr("Se&lected assets (%n)", nullptr, int(m_selected.size())));
}

AssetScopeBox::Scope AssetScopeBox::scope() const {
    if (m_whole->isChecked())
        return Scope::WholeRegister;
    if (m_selection->isChecked())
        return Scope::Selection;
    return Scope::CurrentFilter;
}

void AssetScopeBox::setScope(Scope scope) {
    switch (scope) {
    case Scope::WholeRegister:
        m_whole->setChecked(true);
        break;
    case Scope::CurrentFilter:
        m_filtered->setChecked(true);
        break;
    case Scope::Selection:
        if (m_selection->isEnabled())
            m_selection->setChecked(true);
        break;
    }
}

qint64 AssetScopeBox::count() const {
    switch (scope()) {
    case Scope::WholeRegister:
        return m_wholeCount;
    case Scope::CurrentFilter:
        return m_filterCount;
    case Scope::Selection:
        return m_selected.size();
    }
    return 0;
}

QList<Asset> AssetScopeBox::assets(AssetRepository& repo, std::optional<AssetSort> sort) const {
    switch (scope()) {
    case Scope::Selection:
        return repo.byIds(m_selected, true);
    case Scope::WholeRegister: {
        AssetQuery query;
        query.withRelations = true;
        if (sort)
            query.sort = *sort;
        return repo.list(query);
    }
    case Scope::CurrentFilter: {
        AssetQuery query = m_filter;
        if (sort) {
            query.sort = *sort;
            query.descending = false;
        }
        return repo.list(query);
    }
    }
    return {};
}

QString AssetScopeBox::departmentName(const ReferenceData& ref, const QList<Asset>& assets) const {
    qint64 id = 0;
    switch (scope()) {
    case Scope::WholeRegister:
        return {};
    case Scope::CurrentFilter:
        if (m_filter.departmentIds.size() == 1)
            id = m_filter.departmentIds.first();
        break;
    case Scope::Selection:
        // A selection printed as one department's register when it is all of one department.
        for (const Asset& asset : assets) {
            if (id != 0 && asset.departmentId != id)
                return {};
            id = asset.departmentId;
        }
        break;
    }
    const Department* department = ref.department(id);
    return department ? department->nameJa : QString();
}

// --- ExportDialog --------------------------------------------------------------------------

ExportDialog::ExportDialog(Database& db, const AssetQuery& currentFilter,
                           const QList<qint64>& selectedIds, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("exportDialog"));
    auto* layout = new QVBoxLayout(this);

    m_scope = new AssetScopeBox(db, currentFilter, selectedIds, this);
    layout->addWidget(m_scope);

    m_formatBox = new QGroupBox(this);
    m_formatBox->setObjectName(QStringLiteral("formatGroupBox"));
    auto* form = new QFormLayout(m_formatBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_format = new QComboBox(m_formatBox);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->addItem(QString(), int(ExportOptions::Format::Csv));
    m_format->addItem(QString(), int(ExportOptions::Format::Xlsx));
    m_formatLabel = new QLabel(m_formatBox);
    m_formatLabel->setBuddy(m_format);
    form->addRow(m_formatLabel, m_format);
    m_encoding = new QComboBox(m_formatBox);
    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    m_encoding->addItem(QString(), int(TextEncoding::Utf8));
    m_encoding->addItem(QString(), int(TextEncoding::Cp932));
    m_encodingLabel = new QLabel(m_formatBox);
    m_encodingLabel->setBuddy(m_encoding);
    form->addRow(m_encodingLabel, m_encoding);
    m_sheetPerDepartment = new QCheckBox(m_formatBox);
    m_sheetPerDepartment->setObjectName(QStringLiteral("sheetPerDepartmentCheckBox"));
    form->addRow(m_sheetPerDepartment);
    layout->addWidget(m_formatBox);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_scope, &AssetScopeBox::scopeChanged, this, &ExportDialog::updateControls);
    retranslateUi();
    updateControls();
}

void ExportDialog::retranslateUi() {
    setWindowTitle(tr("Export Register"));
    m_scope->retranslate();
    m_formatBox->setTitle(tr("File"));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("CSV"));
    m_format->setItemText(1, tr("Excel workbook (XLSX)"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setItemText(0, tr("UTF-8 (with BOM, for Excel)"));
    m_encoding->setItemText(1, tr("CP932 (Shift_JIS, for older software)"));
    m_sheetPerDepartment->setText(tr("One &sheet per department"));
    m_exportButton->setText(tr("E&xport…"));
}

void ExportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool ExportDialog::isXlsx() const {
    return m_format->currentData().toInt() == int(ExportOptions::Format::Xlsx);
}

void ExportDialog::updateControls() {
    m_encoding->setEnabled(!isXlsx());
    m_encodingLabel->setEnabled(!isXlsx());
    m_sheetPerDepartment->setEnabled(isXlsx());
    m_exportButton->setEnabled(m_scope->count() > 0);
}

void ExportDialog::exportFile() {
    const bool xlsx = isXlsx();
    const QString suffix = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    // The register's official name, as on the printed register, whatever the UI language.
    const QString defaultName =
        QStringLiteral("情報資産管理台帳_%1.%2")
            .arg(Clock::today().toString(QStringLiteral("yyyyMMdd")), suffix);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    QString path =
        prompts::saveFileName(this, tr("Export Register"), QDir(dir).filePath(defaultName), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;

    QList<Asset> assets;
    AssetRepository repo(m_db);
    {
        BusyCursor busy;
        m_db.clearError();
        assets = m_scope->assets(repo);
    }
    if (m_db.lastError().isError()) {
        prompts::warning(this, tr("Export Register"), m_db.errorString());
        return;
    }

    QProgressDialog progress(tr("Exporting %n assets…", nullptr, int(assets.size())), tr("Cancel"),
                             0, int(assets.size()), this);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowTitle(tr("Export Register"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    ExportOptions options;
    options.format = xlsx ? ExportOptions::Format::Xlsx : ExportOptions::Format::Csv;
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    options.sheetPerDepartment = xlsx && m_sheetPerDepartment->isChecked();
    options.progress = [&progress](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        prompts::warning(this, tr("Export Register"),
                         tr("%1 could not be written: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QString error;
    bool ok = false;
    {
        BusyCursor busy;
        ok = AssetExporter::write(assets, repo.reference(), options, &file, &error);
    }
    progress.reset();
    if (!ok) {
        file.cancelWriting(); // the existing file, if any, stays as it was
        if (!progress.wasCanceled())
            prompts::warning(this, tr("Export Register"),
                             tr("The register was not exported.") + QLatin1Char('\n') + error);
        return;
    }
    if (!file.commit()) {
        prompts::warning(this, tr("Export Register"),
                         tr("%1 could not be written: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_exportedPath = path;
    m_exportedCount = int(assets.size());
    accept();
}

} // namespace assetreg
