#include "AssetEditorDialog.h"

#include "ClassificationGuideDialog.h"
#include "ConflictDialog.h"
#include "DialogSupport.h"
#include "Prompts.h"
#include "domain/AssetFields.h"
#include "domain/Clock.h"
#include "domain/Normalize.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSet>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace assetreg {
namespace {

enum RestrictionRole { CodeRole = Qt::UserRole, ParameterRole, TakesParameterRole, LabelRole };
enum SystemRole { IdRole = Qt::UserRole, NumberRole, SearchRole };

const QColor kErrorColor(0xc6, 0x28, 0x28);
const QColor kWarningColor(0xa6, 0x5e, 0x00); // amber, dark enough to read on white

QString camelCase(const QString& key) {
    QString result;
    bool upper = false;
    for (const QChar c : key) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        result += upper ? c.toUpper() : c;
        upper = false;
    }
    return result;
}

QVariant idData(qint64 id) {
    return QVariant::fromValue<qint64>(id);
}

qint64 currentId(const QComboBox* combo) {
    return combo->currentIndex() < 0 ? 0 : combo->currentData().toLongLong();
}

void selectData(QComboBox* combo, const QVariant& data) {
    combo->setCurrentIndex(combo->findData(data));
}

template <typename E> void fillEnum(QComboBox* combo) {
    for (E value : EnumTraits<E>::all())
        combo->addItem(displayName(value), toKey(value));
}

template <typename E> E currentEnum(const QComboBox* combo, E fallback) {
    return parseEnum<E>(combo->currentData().toString()).value_or(fallback);
}

// Group headings inside a combo box or list: shown, but neither selectable nor checkable.
void makeHeading(QStandardItem* item) {
    item->setFlags(Qt::NoItemFlags);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
}

void setTextLines(QPlainTextEdit* edit, int lines) {
    const int margins = qRound(edit->document()->documentMargin()) * 2 + edit->frameWidth() * 2;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + margins);
    // Fixed, not Expanding: otherwise the form hands the row spare height it cannot use.
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    edit->setTabChangesFocus(true);
}

// A form label whose accelerator moves to the input, not to the wrapper around it.
QLabel* label(const QString& text, QWidget* buddy) {
    auto* result = new QLabel(text, buddy->parentWidget());
    result->setBuddy(buddy);
    return result;
}

QString personText(const Person& person) {
    return person.title.isEmpty() ? person.name
                                  : AssetEditorDialog::tr("%1 (%2)").arg(person.name, person.title);
}

} // namespace

AssetEditorDialog::AssetEditorDialog(Database& db, const Asset& asset, EditorMode mode,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_repo(db)
    , m_mode(mode)
    , m_original(asset)
    , m_base(asset) {
    setObjectName(QStringLiteral("assetEditorDialog"));
    const QString title = mode == EditorMode::Create
                              ? tr("New information asset")
                              : tr("Edit information asset %1")
                                    .arg(asset.assetNumber + QLatin1Char(' ') + asset.name);
    setWindowTitle(title.trimmed() + QStringLiteral("[*]"));

    m_reviewPeriodMonths = MasterDataRepository(db).reviewPeriodMonths();

    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabWidget"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    m_currentTab = 0;
    m_tabs->addTab(createBasicTab(), tr("Basic"));
    m_currentTab = 1;
    m_tabs->addTab(createResponsibilityTab(), tr("Responsibility"));
    m_currentTab = 2;
    m_tabs->addTab(createClassificationTab(), tr("Classification"));
    m_currentTab = 3;
    m_tabs->addTab(createOutsourcingTab(), tr("Outsourcing and cloud"));
    m_currentTab = 4;
    m_tabs->addTab(createRetentionTab(), tr("Retention and disposal"));
    m_currentTab = -1;

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("infoLabel"));
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_info);

    // Errors for fields the form does not show (status, dates): rare, but never swallowed.
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formErrorLabel"));
    m_formError->setWordWrap(true);
    QPalette errorPalette = m_formError->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    m_formError->setPalette(errorPalette);
    m_formError->hide();
    layout->addWidget(m_formError);

    auto* findingsTitle = new QLabel(tr("Consistency checks:"), this);
    layout->addWidget(findingsTitle);
    m_findingsList = new QListWidget(this);
    m_findingsList->setObjectName(QStringLiteral("findingsListWidget"));
    m_findingsList->setWordWrap(true);
    m_findingsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findingsList->setResizeMode(QListView::Adjust);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_findingsList->setIconSize(QSize(iconSize, iconSize));
    m_findingsList->setFixedHeight(m_findingsList->fontMetrics().lineSpacing() * 4 +
                                   m_findingsList->frameWidth() * 2 + 6);
    m_findingsList->setToolTip(tr("Double-click a finding to go to its field."));
    findingsTitle->setBuddy(m_findingsList);
    connect(m_findingsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { goToField(item->data(Qt::UserRole).toString()); });
    layout->addWidget(m_findingsList);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(
        tr("Save the asset (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &AssetEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssetEditorDialog::reject);
    layout->addWidget(buttons);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &AssetEditorDialog::save);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(200);
    connect(m_validateTimer, &QTimer::timeout, this, &AssetEditorDialog::validateNow);

    m_readOnly =
        db.isReadOnly() || (mode == EditorMode::Edit && asset.status == AssetStatus::Disposed);
    loadAsset(asset);
    if (mode == EditorMode::Create) {
        // A number prefilled with the department's next one (a duplicated asset) is a proposal
        // too, so choosing another department replaces it.
        if (const Department* dept = ref().department(asset.departmentId);
            dept && !asset.assetNumber.isEmpty() &&
            foldKey(asset.assetNumber) == m_repo.nextAssetNumber(dept->code, Clock::today().year()))
            m_proposedNumber = m_number->text();
        proposeNumber();
    }
    // The proposals above are the dialog's, not the user's: they do not count as changes.
    m_pristine = currentAsset();
    validateNow();

    const QSize wanted(1040, 720);
    const QSize room = screen() ? screen()->availableSize() - QSize(16, 48) : wanted;
    resize(wanted.boundedTo(room));
    m_tabs->setCurrentIndex(0);
    m_number->setFocus();
}

AssetEditorDialog::~AssetEditorDialog() = default;

// ---------------------------------------------------------------------------------------------
// Form

QWidget* AssetEditorDialog::field(const QString& key, QWidget* input, QWidget* content) {
    if (!content)
        content = input;
    auto* container = new QWidget(content->parentWidget());
    auto* grid = new QGridLayout(container);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(3);
    grid->setVerticalSpacing(1);
    auto* marker = new QWidget(container);
    marker->setFixedWidth(3);
    QPalette markerPalette = marker->palette();
    markerPalette.setColor(QPalette::Window, kErrorColor);
    marker->setPalette(markerPalette);
    auto* error = new QLabel(container);
    error->setObjectName(camelCase(key) + QStringLiteral("ErrorLabel"));
    error->setWordWrap(true);
    QPalette errorPalette = error->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    error->setPalette(errorPalette);
    error->hide();
    grid->addWidget(marker, 0, 0);
    grid->addWidget(content, 0, 1);
    grid->addWidget(error, 1, 1);
    grid->setColumnStretch(1, 1);
    m_fields.insert(key, {input, error, marker, m_currentTab});
    return container;
}

QWidget* AssetEditorDialog::createBasicTab() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_number = new QLineEdit(page);
    m_number->setObjectName(QStringLiteral("assetNumberLineEdit"));
    m_number->setPlaceholderText(tr("Proposed when you choose the department"));
    connect(m_number, &QLineEdit::textEdited, this, [this] { m_numberEdited = true; });
    form->addRow(label(tr("Asset num&ber:"), m_number),
                 field(QStringLiteral("asset_number"), m_number));

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    form->addRow(label(tr("&Name:"), m_name), field(QStringLiteral("name"), m_name));

    m_category = new QComboBox(page);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    fillEnum<AssetCategory>(m_category);
    form->addRow(label(tr("&Category:"), m_category),
                 field(QStringLiteral("category"), m_category));

    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("subTypeComboBox"));
    m_type->setPlaceholderText(tr("Choose the type"));
    form->addRow(label(tr("&Type:"), m_type), field(QStringLiteral("sub_type"), m_type));

    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    setTextLines(m_description, 3);
    form->addRow(label(tr("&Description:"), m_description),
                 field(QStringLiteral("description"), m_description));

    m_medium = new QComboBox(page);
    m_medium->setObjectName(QStringLiteral("mediumComboBox"));
    fillEnum<Medium>(m_medium);
    form->addRow(label(tr("&Medium:"), m_medium), field(QStringLiteral("medium"), m_medium));

    m_location = new QLineEdit(page);
    m_location->setObjectName(QStringLiteral("locationLineEdit"));
    m_location->setPlaceholderText(tr("For example the server room or a cabinet"));
    form->addRow(label(tr("&Location:"), m_location),
                 field(QStringLiteral("location"), m_location));

    m_userScope = new QLineEdit(page);
    m_userScope->setObjectName(QStringLiteral("userScopeLineEdit"));
    m_userScope->setPlaceholderText(tr("Who uses it, for example the staff of the department"));
    form->addRow(label(tr("&Users:"), m_userScope),
                 field(QStringLiteral("user_scope"), m_userScope));

    m_segment = new QComboBox(page);
    m_segment->setObjectName(QStringLiteral("segmentComboBox"));
    fillEnum<Segment>(m_segment);
    form->addRow(label(tr("Network se&gment:"), m_segment),
                 field(QStringLiteral("segment"), m_segment));

    auto* systems = new QWidget(page);
    auto* systemsLayout = new QVBoxLayout(systems);
    systemsLayout->setContentsMargins(0, 0, 0, 0);
    systemsLayout->setSpacing(2);
    m_systemFilter = new QLineEdit(systems);
    m_systemFilter->setObjectName(QStringLiteral("livesOnFilterLineEdit"));
    m_systemFilter->setPlaceholderText(tr("Filter the systems by number or name"));
    m_systemFilter->setClearButtonEnabled(true);
    m_livesOn = new QListWidget(systems);
    m_livesOn->setObjectName(QStringLiteral("livesOnListWidget"));
    m_livesOn->setMinimumHeight(m_livesOn->fontMetrics().lineSpacing() * 4);
    systemsLayout->addWidget(m_systemFilter);
    systemsLayout->addWidget(m_livesOn, 1);
    auto* livesOnLabel = new QLabel(tr("Lives &on:"), page);
    livesOnLabel->setBuddy(m_systemFilter);
    livesOnLabel->setToolTip(tr("The systems (category (1)) this asset is kept on or runs on."));
    form->addRow(livesOnLabel, field(QStringLiteral("lives_on"), m_livesOn, systems));

    connect(m_name, &QLineEdit::textChanged, this, &AssetEditorDialog::scheduleValidation);
    connect(m_number, &QLineEdit::textChanged, this, &AssetEditorDialog::scheduleValidation);
    connect(m_category, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::categoryChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::scheduleValidation);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            &AssetEditorDialog::scheduleValidation);
    connect(m_medium, &QComboBox::currentIndexChanged, this,
            &AssetEditorDialog::scheduleValidation);
    connect(m_location, &QLineEdit::textChanged, this, &AssetEditorDialog::scheduleValidation);
    connect(m_userScope, &QLineEdit::textChanged, this, &AssetEditorDialog::scheduleValidation);
    connect(m_segment, &QComboBox::currentIndexChanged, this,
            &AssetEditorDialog::scheduleValidation);
    connect(m_systemFilter, &QLineEdit::textChanged, this, &AssetEditorDialog::filterSystems);
    connect(m_livesOn, &QListWidget::itemChanged, this, &AssetEditorDialog::scheduleValidation);
    return page;
}

QWidget* AssetEditorDialog::createResponsibilityTab() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_department = new QComboBox(page);
    m_department->setObjectName(QStringLiteral("departmentComboBox"));
    m_department->setPlaceholderText(tr("Choose the department"));
    m_department->setMaxVisibleItems(20);
    form->addRow(label(tr("&Department:"), m_department),
                 field(QStringLiteral("department"), m_department));

    m_section = new QComboBox(page);
    m_section->setObjectName(QStringLiteral("sectionComboBox"));
    form->addRow(label(tr("Sec&tion:"), m_section), field(QStringLiteral("section"), m_section));

    m_owner = new QComboBox(page);
    m_owner->setObjectName(QStringLiteral("ownerComboBox"));
    m_owner->setPlaceholderText(tr("Choose the owner"));
    m_owner->setMaxVisibleItems(20);
    m_owner->setToolTip(
        tr("The manager responsible for the asset, usually the head of the department. "
           "People of the department are listed first."));
    form->addRow(label(tr("&Owner:"), m_owner), field(QStringLiteral("owner"), m_owner));

    m_custodian = new QComboBox(page);
    m_custodian->setObjectName(QStringLiteral("custodianComboBox"));
    m_custodian->setMaxVisibleItems(20);
    m_custodian->setToolTip(tr("The member of staff who looks after the asset day to day."));
    form->addRow(label(tr("C&ustodian:"), m_custodian),
                 field(QStringLiteral("custodian"), m_custodian));

    fillDepartments();
    connect(m_department, &QComboBox::currentIndexChanged, this,
            &AssetEditorDialog::departmentChanged);
    connect(m_section, &QComboBox::currentIndexChanged, this,
            &AssetEditorDialog::scheduleValidation);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::scheduleValidation);
    connect(m_custodian, &QComboBox::currentIndexChanged, this,
            &AssetEditorDialog::scheduleValidation);
    return page;
}

QWidget* AssetEditorDialog::createClassificationTab() {
    auto* page = new QWidget;
    auto* columns = new QHBoxLayout(page);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(form, 3);

    auto* schemeRow = new QWidget(page);
    auto* schemeLayout = new QHBoxLayout(schemeRow);
    schemeLayout->setContentsMargins(0, 0, 0, 0);
    m_scheme = new QComboBox(schemeRow);
    m_scheme->setObjectName(QStringLiteral("schemeComboBox"));
    for (const ClassificationScheme& scheme : ref().schemes)
        m_scheme->addItem(localText(scheme.nameJa, scheme.nameEn), scheme.code);
    m_guideButton = new QPushButton(tr("&Guide…"), schemeRow);
    m_guideButton->setObjectName(QStringLiteral("guideButton"));
    m_guideButton->setToolTip(
        tr("Answer a few questions and get a proposed classification with its reasons."));
    m_guideButton->setAutoDefault(false);
    schemeLayout->addWidget(m_scheme, 1);
    schemeLayout->addWidget(m_guideButton);
    form->addRow(label(tr("Sch&eme:"), m_scheme),
                 field(QStringLiteral("scheme"), m_scheme, schemeRow));

    m_personalInfo = new QComboBox(page);
    m_personalInfo->setObjectName(QStringLiteral("personalInfoComboBox"));
    fillEnum<PersonalInfo>(m_personalInfo);
    form->addRow(label(tr("&Personal information:"), m_personalInfo),
                 field(QStringLiteral("personal_info"), m_personalInfo));

    const struct {
        Axis axis;
        const char* key;
        QComboBox** combo;
        QLabel** definition;
        QString label;
    } levels[] = {
        {Axis::Confidentiality, "confidentiality", &m_confidentiality, &m_confidentialityDefinition,
         tr("&Confidentiality:")},
        {Axis::Integrity, "integrity", &m_integrity, &m_integrityDefinition, tr("&Integrity:")},
        {Axis::Availability, "availability", &m_availability, &m_availabilityDefinition,
         tr("&Availability:")},
    };
    for (const auto& level : levels) {
        const QString key = QString::fromLatin1(level.key);
        auto* box = new QWidget(page);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(1);
        auto* combo = new QComboBox(box);
        combo->setObjectName(key + QStringLiteral("ComboBox"));
        combo->setPlaceholderText(tr("Choose a level"));
        auto* definition = new QLabel(box);
        definition->setObjectName(key + QStringLiteral("DefinitionLabel"));
        definition->setWordWrap(true);
        definition->setForegroundRole(QPalette::PlaceholderText);
        boxLayout->addWidget(combo);
        boxLayout->addWidget(definition);
        *level.combo = combo;
        *level.definition = definition;
        form->addRow(label(level.label, combo), field(key, combo, box));
        const Axis axis = level.axis;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, axis] { levelChanged(axis); });
    }

    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(QStringLiteral("classificationNotePlainTextEdit"));
    setTextLines(m_note, 3);
    form->addRow(label(tr("&Reason for the levels:"), m_note),
                 field(QStringLiteral("classification_note"), m_note));

    m_overrideReason = new QPlainTextEdit(page);
    m_overrideReason->setObjectName(QStringLiteral("overrideReasonPlainTextEdit"));
    m_overrideReason->setPlaceholderText(
        tr("Only for a system classified lower than the information on it: why that is "
           "acceptable."));
    setTextLines(m_overrideReason, 2);
    form->addRow(label(tr("Reason for a l&ower level:"), m_overrideReason),
                 field(QStringLiteral("override_reason"), m_overrideReason));

    auto* right = new QWidget(page);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(2);
    auto* restrictionsLabel = new QLabel(tr("&Handling restrictions:"), right);
    m_restrictions = new QListWidget(right);
    m_restrictions->setObjectName(QStringLiteral("restrictionsListWidget"));
    restrictionsLabel->setBuddy(m_restrictions);
    m_parameterLabel = new QLabel(tr("&Value for the selected restriction:"), right);
    m_parameterLabel->setWordWrap(true);
    m_parameter = new QLineEdit(right);
    m_parameter->setObjectName(QStringLiteral("restrictionParameterLineEdit"));
    m_parameter->setEnabled(false);
    m_parameterLabel->setBuddy(m_parameter);
    auto* restrictionsBox = new QWidget(right);
    auto* restrictionsBoxLayout = new QVBoxLayout(restrictionsBox);
    restrictionsBoxLayout->setContentsMargins(0, 0, 0, 0);
    restrictionsBoxLayout->setSpacing(2);
    restrictionsBoxLayout->addWidget(m_restrictions, 1);
    restrictionsBoxLayout->addWidget(m_parameterLabel);
    restrictionsBoxLayout->addWidget(m_parameter);
    rightLayout->addWidget(restrictionsLabel);
    rightLayout->addWidget(field(QStringLiteral("restrictions"), m_restrictions, restrictionsBox),
                           1);
    columns->addWidget(right, 2);

    connect(m_scheme, &QComboBox::currentIndexChanged, this, &AssetEditorDialog::schemeChanged);
    connect(m_guideButton, &QPushButton::clicked, this, &AssetEditorDialog::openGuide);
    connect(m_personalInfo, &QComboBox::currentIndexChanged, this,
            &AssetEditorDialog::scheduleValidation);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AssetEditorDialog::scheduleValidation);
    connect(m_overrideReason, &QPlainTextEdit::textChanged, this,
            &AssetEditorDialog::scheduleValidation);
    connect(m_restrictions, &QListWidget::itemChanged, this,
            &AssetEditorDialog::restrictionChanged);
    connect(m_restrictions, &QListWidget::currentItemChanged, this,
            &AssetEditorDialog::currentRestrictionChanged);
    connect(m_parameter, &QLineEdit::textEdited, this, &AssetEditorDialog::parameterEdited);
    return page;
}

QWidget* AssetEditorDialog::createOutsourcingTab() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_outsourced = new QCheckBox(tr("&Outsourced to a contractor"), page);
    m_outsourced->setObjectName(QStringLiteral("outsourcedCheckBox"));
    form->addRow(field(QStringLiteral("outsourced"), m_outsourced));
    m_contractor = new QLineEdit(page);
    m_contractor->setObjectName(QStringLiteral("contractorLineEdit"));
    form->addRow(label(tr("Con&tractor:"), m_contractor),
                 field(QStringLiteral("contractor"), m_contractor));
    m_contractNumber = new QLineEdit(page);
    m_contractNumber->setObjectName(QStringLiteral("contractNumberLineEdit"));
    m_contractNumber->setToolTip(
        tr("The contract (or terms of use) that sets the security terms (Article 7(8))."));
    form->addRow(label(tr("Contract &number:"), m_contractNumber),
                 field(QStringLiteral("contract_number"), m_contractNumber));

    m_cloud = new QCheckBox(tr("Uses a &cloud service"), page);
    m_cloud->setObjectName(QStringLiteral("cloudServiceCheckBox"));
    form->addRow(field(QStringLiteral("cloud_service"), m_cloud));
    m_cloudName = new QLineEdit(page);
    m_cloudName->setObjectName(QStringLiteral("cloudServiceNameLineEdit"));
    form->addRow(label(tr("Service na&me:"), m_cloudName),
                 field(QStringLiteral("cloud_service_name"), m_cloudName));
    m_cloudCertification = new QLineEdit(page);
    m_cloudCertification->setObjectName(QStringLiteral("cloudCertificationLineEdit"));
    m_cloudCertification->setPlaceholderText(tr("For example ISMAP"));
    form->addRow(label(tr("Certi&fication:"), m_cloudCertification),
                 field(QStringLiteral("cloud_certification"), m_cloudCertification));

    for (QCheckBox* box : {m_outsourced, m_cloud}) {
        connect(box, &QCheckBox::toggled, this, &AssetEditorDialog::updateContractFields);
        connect(box, &QCheckBox::toggled, this, &AssetEditorDialog::scheduleValidation);
    }
    for (QLineEdit* edit : {m_contractor, m_contractNumber, m_cloudName, m_cloudCertification})
        connect(edit, &QLineEdit::textChanged, this, &AssetEditorDialog::scheduleValidation);
    return page;
}

QWidget* AssetEditorDialog::createRetentionTab() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_retention = new QLineEdit(page);
    m_retention->setObjectName(QStringLiteral("retentionLineEdit"));
    m_retention->setPlaceholderText(tr("For example 5 years, or permanent"));
    form->addRow(label(tr("&Retention period:"), m_retention),
                 field(QStringLiteral("retention"), m_retention));
    m_disposalMethod = new QLineEdit(page);
    m_disposalMethod->setObjectName(QStringLiteral("disposalMethodLineEdit"));
    m_disposalMethod->setPlaceholderText(tr("For example shredding, or erasing the data"));
    form->addRow(label(tr("&Disposal method:"), m_disposalMethod),
                 field(QStringLiteral("disposal_method"), m_disposalMethod));
    for (QLineEdit* edit : {m_retention, m_disposalMethod})
        connect(edit, &QLineEdit::textChanged, this, &AssetEditorDialog::scheduleValidation);
    return page;
}

// ---------------------------------------------------------------------------------------------
// Loading and filling

void AssetEditorDialog::loadAsset(const Asset& asset) {
    QScopedValueRollback<bool> updating(m_updating, true);
    m_base = asset;
    m_storageErrors.clear();
    if (asset.schemeCode.isEmpty() && ref().defaultScheme())
        m_base.schemeCode = ref().defaultScheme()->code;

    m_number->setText(asset.assetNumber);
    m_name->setText(asset.name);
    selectData(m_category, toKey(asset.category));
    fillTypes(asset.subType);
    m_description->setPlainText(asset.description);
    selectData(m_medium, toKey(asset.medium));
    m_location->setText(asset.location);
    m_userScope->setText(asset.userScope);
    selectData(m_segment, toKey(asset.segment));
    loadSystems(asset);

    selectData(m_department, idData(asset.departmentId));
    fillSections(asset.sectionId);
    fillPeople(asset.ownerId, asset.custodianId);

    selectData(m_scheme, m_base.schemeCode);
    fillLevels();
    setLevel(Axis::Confidentiality, asset.confidentiality);
    setLevel(Axis::Integrity, asset.integrity);
    setLevel(Axis::Availability, asset.availability);
    m_note->setPlainText(asset.classificationNote);
    m_overrideReason->setPlainText(asset.overrideReason);
    fillRestrictions(asset.restrictions);
    // Restrictions already recorded were chosen by someone: new levels must not replace them.
    m_restrictionsTouched = !asset.restrictions.isEmpty();
    selectData(m_personalInfo, toKey(asset.personalInfo));

    m_outsourced->setChecked(asset.outsourced);
    m_contractor->setText(asset.contractor);
    m_contractNumber->setText(asset.contractNumber);
    m_cloud->setChecked(asset.cloudService);
    m_cloudName->setText(asset.cloudServiceName);
    m_cloudCertification->setText(asset.cloudCertification);
    updateContractFields();

    m_retention->setText(asset.retention);
    m_disposalMethod->setText(asset.disposalMethod);

    m_hosted =
        m_mode == EditorMode::Edit && asset.id != 0 ? m_repo.livingOn(asset.id) : QList<Asset>();
    updateInfo();
}

void AssetEditorDialog::loadSystems(const Asset& asset) {
    AssetQuery query;
    query.category = AssetCategory::Infrastructure;
    query.status = AssetStatus::InUse;
    query.withRelations = false;
    QList<Asset> systems = m_repo.list(query);
    // Systems it already lives on stay listed even if retired since, so they can be unticked.
    QList<qint64> missing;
    for (qint64 id : asset.livesOnIds) {
        const bool listed = std::any_of(systems.cbegin(), systems.cend(),
                                        [id](const Asset& s) { return s.id == id; });
        if (!listed)
            missing.append(id);
    }
    systems += m_repo.byIds(missing, false);

    m_systems.clear();
    m_livesOn->clear();
    for (const Asset& system : systems) {
        if (system.id == asset.id && asset.id != 0)
            continue; // an asset cannot live on itself
        m_systems.insert(system.id, system);
        QString text = system.assetNumber + QStringLiteral("  ") + system.name;
        if (system.status != AssetStatus::InUse)
            text += tr(" (%1)").arg(displayName(system.status));
        auto* item = new QListWidgetItem(text, m_livesOn);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(asset.livesOnIds.contains(system.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(IdRole, idData(system.id));
        item->setData(NumberRole, system.assetNumber);
        item->setData(SearchRole, foldSearch(system.assetNumber + QLatin1Char(' ') + system.name));
    }
    filterSystems(m_systemFilter->text());
}

void AssetEditorDialog::fillTypes(const QString& keepCode) {
    QScopedValueRollback<bool> updating(m_updating, true);
    const AssetCategory category = currentEnum(m_category, AssetCategory::Information);
    QList<AssetType> types;
    for (const AssetType& type : ref().assetTypes) {
        if (type.category == category)
            types.append(type);
    }
    std::stable_sort(types.begin(), types.end(), [](const AssetType& a, const AssetType& b) {
        return a.sortOrder < b.sortOrder;
    });
    m_type->clear();
    for (const AssetType& type : types)
        m_type->addItem(localText(type.nameJa, type.nameEn), type.code);
    const AssetType* kept = ref().assetType(keepCode);
    m_type->setCurrentIndex(kept ? m_type->findData(kept->code) : -1);
}

void AssetEditorDialog::fillDepartments() {
    QList<Organ> organs = ref().organs;
    std::stable_sort(organs.begin(), organs.end(),
                     [](const Organ& a, const Organ& b) { return a.sortOrder < b.sortOrder; });
    QList<Department> departments = ref().departments;
    std::stable_sort(
        departments.begin(), departments.end(),
        [](const Department& a, const Department& b) { return a.sortOrder < b.sortOrder; });
    auto* model = qobject_cast<QStandardItemModel*>(m_department->model());
    auto addGroup = [&](qint64 organId, const QString& heading) {
        bool headed = false;
        for (const Department& dept : departments) {
            if (dept.organId != organId || !dept.active)
                continue;
            if (!headed && model) {
                m_department->addItem(heading);
                makeHeading(model->item(m_department->count() - 1));
                headed = true;
            }
            m_department->addItem(tr("%1 (%2)").arg(localText(dept.nameJa, dept.nameEn), dept.code),
                                  idData(dept.id));
        }
    };
    for (const Organ& organ : organs)
        addGroup(organ.id, localText(organ.nameJa, organ.nameEn));
    // Departments of an organ the master no longer has are still offered, under "Other".
    for (const Department& dept : departments) {
        const bool known = std::any_of(organs.cbegin(), organs.cend(),
                                       [&dept](const Organ& o) { return o.id == dept.organId; });
        if (!known) {
            addGroup(dept.organId, tr("Other"));
            break;
        }
    }
}

void AssetEditorDialog::fillSections(qint64 keepId) {
    QScopedValueRollback<bool> updating(m_updating, true);
    const qint64 departmentId = currentId(m_department);
    m_section->clear();
    m_section->addItem(tr("(none)"), idData(0));
    for (const Section& section : ref().sections) {
        if (section.departmentId != departmentId || (!section.active && section.id != keepId))
            continue;
        m_section->addItem(localText(section.nameJa, section.nameEn), idData(section.id));
    }
    const int index = m_section->findData(idData(keepId));
    m_section->setCurrentIndex(index < 0 ? 0 : index);
}

void AssetEditorDialog::fillPeople(qint64 keepOwner, qint64 keepCustodian) {
    QScopedValueRollback<bool> updating(m_updating, true);
    const qint64 departmentId = currentId(m_department);
    QList<const Person*> own;
    QList<const Person*> others;
    for (const Person& person : ref().people) {
        if (!person.active && person.id != keepOwner && person.id != keepCustodian)
            continue;
        (departmentId != 0 && person.departmentId == departmentId ? own : others).append(&person);
    }
    auto fill = [&](QComboBox* combo, qint64 keep) {
        combo->clear();
        if (combo == m_custodian)
            combo->addItem(tr("(none)"), idData(0));
        for (const Person* person : own)
            combo->addItem(personText(*person), idData(person->id));
        if (!own.isEmpty() && !others.isEmpty())
            combo->insertSeparator(combo->count());
        for (const Person* person : others) {
            const Department* dept = ref().department(person->departmentId);
            const QString where = dept ? localText(dept->nameJa, dept->nameEn) : QString();
            combo->addItem(where.isEmpty() ? personText(*person)
                                           : tr("%1 — %2").arg(personText(*person), where),
                           idData(person->id));
        }
        const int index = combo->findData(idData(keep));
        combo->setCurrentIndex(combo == m_custodian && index < 0 ? 0 : index);
    };
    fill(m_owner, keepOwner);
    fill(m_custodian, keepCustodian);
}

const ClassificationScheme* AssetEditorDialog::currentScheme() const {
    return ref().scheme(m_scheme->currentData().toString());
}

QComboBox* AssetEditorDialog::levelCombo(Axis axis) const {
    switch (axis) {
    case Axis::Confidentiality:
        return m_confidentiality;
    case Axis::Integrity:
        return m_integrity;
    case Axis::Availability:
        break;
    }
    return m_availability;
}

void AssetEditorDialog::fillLevels() {
    QScopedValueRollback<bool> updating(m_updating, true);
    const ClassificationScheme* scheme = currentScheme();
    for (Axis axis : EnumTraits<Axis>::all()) {
        QComboBox* combo = levelCombo(axis);
        const QString kept = combo->currentData().toString();
        combo->clear();
        if (!scheme)
            continue;
        QList<ClassificationLevel> levels = scheme->levelsOf(axis);
        // Strictest first, the way the policy lists them.
        std::stable_sort(levels.begin(), levels.end(),
                         [](const ClassificationLevel& a, const ClassificationLevel& b) {
                             return a.rank > b.rank;
                         });
        for (const ClassificationLevel& level : levels) {
            const QString label = localText(level.labelJa, level.labelEn);
            combo->addItem(label.isEmpty() ? level.code : tr("%1 — %2").arg(level.code, label),
                           level.code);
        }
        setLevel(axis, kept);
    }
}

void AssetEditorDialog::setLevel(Axis axis, const QString& code) {
    QComboBox* combo = levelCombo(axis);
    const ClassificationScheme* scheme = currentScheme();
    const auto level = scheme && !code.isEmpty() ? scheme->findLevel(axis, code) : std::nullopt;
    combo->setCurrentIndex(level ? combo->findData(level->code) : -1);
    levelChanged(axis);
}

void AssetEditorDialog::fillRestrictions(const QList<AssetRestriction>& checked) {
    QScopedValueRollback<bool> updating(m_updating, true);
    m_restrictions->clear();
    QList<HandlingRestriction> known = ref().restrictions;
    std::stable_sort(
        known.begin(), known.end(), [](const HandlingRestriction& a, const HandlingRestriction& b) {
            return std::pair(int(a.axis), a.sortOrder) < std::pair(int(b.axis), b.sortOrder);
        });
    auto find = [&checked](const QString& code) -> const AssetRestriction* {
        for (const AssetRestriction& r : checked) {
            if (foldKey(r.code) == foldKey(code))
                return &r;
        }
        return nullptr;
    };
    auto addItem = [this](const QString& code, const QString& label, bool takesParameter,
                          const AssetRestriction* chosen) {
        auto* item = new QListWidgetItem(m_restrictions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(CodeRole, code);
        item->setData(LabelRole, label);
        item->setData(TakesParameterRole, takesParameter);
        item->setData(ParameterRole, chosen ? chosen->parameter : QString());
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        updateRestrictionText(item);
    };
    std::optional<Axis> axis;
    for (const HandlingRestriction& restriction : known) {
        if (axis != restriction.axis) {
            axis = restriction.axis;
            auto* heading = new QListWidgetItem(displayName(restriction.axis), m_restrictions);
            heading->setFlags(Qt::NoItemFlags);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
        }
        addItem(restriction.code, localText(restriction.labelJa, restriction.labelEn),
                restriction.takesParameter, find(restriction.code));
    }
    // Codes the master no longer knows stay visible (the validator flags them) so that saving
    // never drops them silently.
    for (const AssetRestriction& r : checked) {
        if (!ref().restriction(r.code))
            addItem(r.code, r.code, false, &r);
    }
    currentRestrictionChanged();
}

// ---------------------------------------------------------------------------------------------
// Reactions to the user's edits

void AssetEditorDialog::categoryChanged() {
    fillTypes(m_type->currentData().toString());
    scheduleValidation();
}

void AssetEditorDialog::departmentChanged() {
    fillSections(currentId(m_section));
    fillPeople(currentId(m_owner), currentId(m_custodian));
    if (!m_updating && m_mode == EditorMode::Create)
        proposeNumber();
    scheduleValidation();
}

void AssetEditorDialog::proposeNumber() {
    const Department* dept = ref().department(currentId(m_department));
    if (!dept)
        return;
    const QString number = m_number->text().trimmed();
    // Only an empty number, or the dialog's own earlier proposal, is replaced.
    if (!number.isEmpty() && (m_numberEdited || number != m_proposedNumber))
        return;
    m_proposedNumber = m_repo.nextAssetNumber(dept->code, Clock::today().year());
    m_number->setText(m_proposedNumber);
    m_numberEdited = false;
}

void AssetEditorDialog::schemeChanged() {
    fillLevels();
    if (!m_updating)
        proposeRestrictions();
    scheduleValidation();
}

void AssetEditorDialog::levelChanged(Axis axis) {
    QLabel* label = axis == Axis::Confidentiality ? m_confidentialityDefinition
                    : axis == Axis::Integrity     ? m_integrityDefinition
                                                  : m_availabilityDefinition;
    const ClassificationScheme* scheme = currentScheme();
    const QString code = levelCombo(axis)->currentData().toString();
    const auto level = scheme && !code.isEmpty() ? scheme->findLevel(axis, code) : std::nullopt;
    label->setText(level ? localText(level->definitionJa, level->definitionEn) : QString());
    label->setVisible(!label->text().isEmpty());
    if (!m_updating)
        proposeRestrictions();
    scheduleValidation();
}

void AssetEditorDialog::proposeRestrictions() {
    if (m_restrictionsTouched)
        return;
    const ClassificationScheme* scheme = currentScheme();
    QStringList wanted;
    for (Axis axis : EnumTraits<Axis>::all()) {
        const QString code = levelCombo(axis)->currentData().toString();
        const auto level = scheme && !code.isEmpty() ? scheme->findLevel(axis, code) : std::nullopt;
        if (!level)
            continue;
        for (const QString& restriction : level->defaultRestrictions)
            wanted.append(foldKey(restriction));
    }
    QScopedValueRollback<bool> updating(m_updating, true);
    for (int i = 0; i < m_restrictions->count(); ++i) {
        QListWidgetItem* item = m_restrictions->item(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        // One that needs a value (recovery time, place) would only turn into an error: the
        // user adds it with its value, or the guide does.
        const bool proposed = wanted.contains(foldKey(item->data(CodeRole).toString())) &&
                              !item->data(TakesParameterRole).toBool();
        item->setCheckState(proposed ? Qt::Checked : Qt::Unchecked);
    }
    scheduleValidation();
}

void AssetEditorDialog::restrictionChanged(QListWidgetItem* item) {
    if (!m_updating) {
        m_restrictionsTouched = true;
        // Ticking one that needs a value leads straight to where the value goes.
        if (item->checkState() == Qt::Checked && item->data(TakesParameterRole).toBool())
            m_restrictions->setCurrentItem(item);
    }
    scheduleValidation();
}

void AssetEditorDialog::currentRestrictionChanged() {
    QListWidgetItem* item = m_restrictions->currentItem();
    const bool takes = item && item->data(TakesParameterRole).toBool();
    m_parameter->setEnabled(takes && !m_readOnly);
    m_parameterLabel->setEnabled(takes);
    m_parameter->setText(takes ? item->data(ParameterRole).toString() : QString());
    m_parameter->setPlaceholderText(takes ? tr("For example 24 hours, or the cabinet's name")
                                          : tr("Only for restrictions marked \"value needed\""));
}

void AssetEditorDialog::parameterEdited(const QString& text) {
    QListWidgetItem* item = m_restrictions->currentItem();
    if (!item || !item->data(TakesParameterRole).toBool())
        return;
    m_restrictionsTouched = true;
    {
        QScopedValueRollback<bool> updating(m_updating, true);
        item->setData(ParameterRole, text);
        updateRestrictionText(item);
        if (!text.trimmed().isEmpty())
            item->setCheckState(Qt::Checked); // typing a value means wanting the restriction
    }
    scheduleValidation();
}

void AssetEditorDialog::updateRestrictionText(QListWidgetItem* item) {
    const QString label = item->data(LabelRole).toString();
    const QString parameter = item->data(ParameterRole).toString().trimmed();
    if (!parameter.isEmpty())
        item->setText(tr("%1 (%2)").arg(label, parameter));
    else if (item->data(TakesParameterRole).toBool())
        item->setText(tr("%1 (value needed)").arg(label));
    else
        item->setText(label);
}

void AssetEditorDialog::filterSystems(const QString& text) {
    const QString wanted = foldSearch(text.trimmed());
    for (int i = 0; i < m_livesOn->count(); ++i) {
        QListWidgetItem* item = m_livesOn->item(i);
        // Ticked systems stay visible: hiding a choice would make it easy to forget.
        const bool match = wanted.isEmpty() || item->checkState() == Qt::Checked ||
                           item->data(SearchRole).toString().contains(wanted);
        item->setHidden(!match);
    }
}

void AssetEditorDialog::updateContractFields() {
    const bool outsourced = m_outsourced->isChecked();
    const bool cloud = m_cloud->isChecked();
    m_contractor->setEnabled(outsourced);
    // A cloud service has its contract (or terms of use) too (Article 7(8)).
    m_contractNumber->setEnabled(outsourced || cloud);
    m_cloudName->setEnabled(cloud);
    m_cloudCertification->setEnabled(cloud);
}

void AssetEditorDialog::updateInfo() {
    QStringList parts;
    QString status = displayName(m_base.status);
    if (m_base.statusDate.isValid())
        status =
            tr("%1 on %2").arg(status, QLocale().toString(m_base.statusDate, QLocale::ShortFormat));
    if (!m_base.statusReason.isEmpty())
        status = tr("%1 (%2)").arg(status, m_base.statusReason);
    parts.append(tr("Status: %1").arg(status));
    if (!m_base.disposalWitness.isEmpty())
        parts.append(tr("Disposal witness: %1").arg(m_base.disposalWitness));
    parts.append(tr("Review: %1").arg(displayName(m_base.reviewState)));
    parts.append(tr("Last reviewed: %1")
                     .arg(m_base.lastReviewedOn.isValid()
                              ? QLocale().toString(m_base.lastReviewedOn, QLocale::ShortFormat)
                              : tr("never")));
    if (m_mode == EditorMode::Edit && m_base.version > 0)
        parts.append(tr("Version %1, saved by %2").arg(m_base.version).arg(m_base.updatedBy));
    if (m_db.isReadOnly())
        parts.append(tr("The register is open read-only."));
    else if (m_readOnly)
        parts.append(tr("A disposed asset's record cannot be changed."));
    m_info->setText(parts.join(QStringLiteral("   ·   ")));
}

// ---------------------------------------------------------------------------------------------
// The asset in the form, validation and findings

Asset AssetEditorDialog::currentAsset() const {
    Asset a = m_base;
    a.assetNumber = m_number->text();
    a.name = m_name->text();
    a.category = currentEnum(m_category, a.category);
    a.subType = m_type->currentIndex() < 0 ? QString() : m_type->currentData().toString();
    a.description = m_description->toPlainText();
    a.medium = currentEnum(m_medium, a.medium);
    a.location = m_location->text();
    a.userScope = m_userScope->text();
    a.segment = currentEnum(m_segment, a.segment);
    a.livesOnIds.clear();
    a.livesOnNumbers.clear();
    for (int i = 0; i < m_livesOn->count(); ++i) {
        const QListWidgetItem* item = m_livesOn->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        a.livesOnIds.append(item->data(IdRole).toLongLong());
        a.livesOnNumbers.append(item->data(NumberRole).toString());
    }

    a.departmentId = currentId(m_department);
    a.sectionId = currentId(m_section);
    a.ownerId = currentId(m_owner);
    a.custodianId = currentId(m_custodian);
    const Department* dept = ref().department(a.departmentId);
    a.departmentCode = dept ? dept->code : QString();
    a.departmentName = dept ? dept->nameJa : QString();
    const Person* owner = ref().person(a.ownerId);
    a.ownerName = owner ? owner->name : QString();

    a.schemeCode = m_scheme->currentData().toString();
    a.confidentiality = m_confidentiality->currentData().toString();
    a.integrity = m_integrity->currentData().toString();
    a.availability = m_availability->currentData().toString();
    a.classificationNote = m_note->toPlainText();
    a.overrideReason = m_overrideReason->toPlainText();
    a.restrictions.clear();
    for (int i = 0; i < m_restrictions->count(); ++i) {
        const QListWidgetItem* item = m_restrictions->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            a.restrictions.append(
                {item->data(CodeRole).toString(), item->data(ParameterRole).toString()});
    }
    a.personalInfo = currentEnum(m_personalInfo, a.personalInfo);

    a.outsourced = m_outsourced->isChecked();
    a.contractor = m_contractor->text();
    a.contractNumber = m_contractNumber->text();
    a.cloudService = m_cloud->isChecked();
    a.cloudServiceName = m_cloudName->text();
    a.cloudCertification = m_cloudCertification->text();
    a.retention = m_retention->text();
    a.disposalMethod = m_disposalMethod->text();
    return a;
}

bool AssetEditorDialog::isModified() const {
    return !diffAssets(m_pristine, currentAsset(), ref()).isEmpty();
}

void AssetEditorDialog::scheduleValidation() {
    if (m_validateTimer)
        m_validateTimer->start();
}

void AssetEditorDialog::validateNow() {
    m_validateTimer->stop();
    const Asset asset = currentAsset();
    m_errors = AssetValidator(ref()).validate(asset);
    // What the register refused last time still holds while its field is unchanged.
    for (const FieldError& stored : m_storageErrors) {
        const AssetField* descriptor = assetField(stored.field);
        const bool unchanged = !descriptor || descriptor->text(asset, ref()) ==
                                                  descriptor->text(m_storageErrorAsset, ref());
        const bool known =
            std::any_of(m_errors.cbegin(), m_errors.cend(),
                        [&stored](const FieldError& e) { return e.field == stored.field; });
        if (unchanged && !known)
            m_errors.append(stored);
    }

    QSet<int> tabsWithErrors;
    QStringList otherErrors;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QString message;
        for (const FieldError& error : std::as_const(m_errors)) {
            if (error.field == it.key()) {
                message = error.message;
                break;
            }
        }
        it->error->setText(message);
        it->error->setVisible(!message.isEmpty());
        it->marker->setAutoFillBackground(!message.isEmpty());
        it->marker->update();
        if (!message.isEmpty())
            tabsWithErrors.insert(it->tab);
    }
    for (const FieldError& error : std::as_const(m_errors)) {
        if (!m_fields.contains(error.field))
            otherErrors.append(AssetValidator::formatErrors({error}));
    }
    m_formError->setText(otherErrors.join(QLatin1Char('\n')));
    m_formError->setVisible(!otherErrors.isEmpty());
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabIcon(tab, tabsWithErrors.contains(tab) ? errorIcon : QIcon());

    Asset checked = asset;
    // A new asset is registered now: it has the whole review period ahead of it.
    if (!checked.createdAt.isValid())
        checked.createdAt = Clock::nowUtc();
    RuleContext context;
    context.ref = &ref();
    for (qint64 id : asset.livesOnIds) {
        if (m_systems.contains(id))
            context.livesOn.append(m_systems.value(id));
    }
    context.hostedInformation = m_hosted;
    context.today = Clock::today();
    context.reviewPeriodMonths = m_reviewPeriodMonths;
    m_findings.clear();
    for (const RuleFinding& finding : ConsistencyRules::check(checked, context)) {
        // A field error already says it, next to the field.
        const bool said =
            std::any_of(m_errors.cbegin(), m_errors.cend(),
                        [&finding](const FieldError& e) { return e.field == finding.field; });
        if (!said)
            m_findings.append(finding);
    }
    showFindings();

    m_saveButton->setEnabled(m_errors.isEmpty() && !m_readOnly);
    setWindowModified(isModified());
}

void AssetEditorDialog::showFindings() {
    m_findingsList->clear();
    if (m_findings.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No findings."), m_findingsList);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(palette().color(QPalette::PlaceholderText));
        return;
    }
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const RuleFinding& finding : std::as_const(m_findings)) {
        const bool error = finding.severity == RuleSeverity::Error;
        auto* item = new QListWidgetItem(
            error ? errorIcon : warningIcon,
            tr("%1 %2: %3").arg(finding.ruleId, finding.article, finding.message), m_findingsList);
        item->setForeground(error ? kErrorColor : kWarningColor);
        item->setData(Qt::UserRole, finding.field);
        item->setToolTip(item->text());
    }
}

void AssetEditorDialog::goToField(const QString& key) {
    const auto it = m_fields.constFind(key);
    if (it == m_fields.constEnd())
        return;
    if (it->tab >= 0)
        m_tabs->setCurrentIndex(it->tab);
    it->input->setFocus(Qt::OtherFocusReason);
}

// ---------------------------------------------------------------------------------------------
// Guide

void AssetEditorDialog::openGuide() {
    const ClassificationScheme* scheme = currentScheme();
    if (!scheme) {
        prompts::warning(this, tr("Classification guide"),
                         tr("Choose a classification scheme first."));
        return;
    }
    ClassificationGuideDialog guide(currentAsset(), *scheme, ref().restrictions, this);
    if (prompts::exec(&guide) == QDialog::Accepted)
        applyGuideProposal(guide.proposal(), guide.answers());
}

void AssetEditorDialog::applyGuideProposal(const GuideProposal& proposal,
                                           const GuideAnswers& answers) {
    {
        QScopedValueRollback<bool> updating(m_updating, true);
        selectData(m_personalInfo, toKey(answers.personalInfo));
        if (!proposal.confidentiality.isEmpty())
            setLevel(Axis::Confidentiality, proposal.confidentiality);
        if (!proposal.integrity.isEmpty())
            setLevel(Axis::Integrity, proposal.integrity);
        if (!proposal.availability.isEmpty())
            setLevel(Axis::Availability, proposal.availability);
        for (int i = 0; i < m_restrictions->count(); ++i) {
            QListWidgetItem* item = m_restrictions->item(i);
            if (!(item->flags() & Qt::ItemIsUserCheckable))
                continue;
            const QString code = foldKey(item->data(CodeRole).toString());
            const auto proposed = std::find_if(
                proposal.restrictions.cbegin(), proposal.restrictions.cend(),
                [&code](const AssetRestriction& r) { return foldKey(r.code) == code; });
            if (proposed != proposal.restrictions.cend()) {
                item->setCheckState(Qt::Checked);
                if (!proposed->parameter.isEmpty())
                    item->setData(ParameterRole, proposed->parameter);
                updateRestrictionText(item);
            } else if (!m_restrictionsTouched) {
                // Untouched ticks were only the previous levels' defaults.
                item->setCheckState(Qt::Unchecked);
            }
        }
    }
    // The user accepted these explicitly: later level changes must not replace them.
    m_restrictionsTouched = true;
    currentRestrictionChanged();
    if (m_note->toPlainText().trimmed().isEmpty()) {
        QStringList lines;
        for (const GuideReason& reason : proposal.reasons)
            lines.append(tr("%1: %2").arg(displayName(reason.axis), reason.text));
        m_note->setPlainText(lines.join(QLatin1Char('\n')));
    }
    validateNow();
}

// ---------------------------------------------------------------------------------------------
// Saving and closing

void AssetEditorDialog::save() {
    validateNow();
    if (m_readOnly)
        return;
    if (!m_errors.isEmpty()) {
        goToField(m_errors.first().field);
        return;
    }
    storeAsset(currentAsset());
}

void AssetEditorDialog::storeAsset(Asset asset) {
    // Loops only when the user chooses to keep their version over a newer one.
    for (;;) {
        const bool create = m_mode == EditorMode::Create && asset.id == 0;
        if (create ? m_repo.create(asset) : m_repo.update(asset)) {
            finishSaved(asset);
            return;
        }
        const StorageError error = m_repo.lastError();
        switch (error.kind) {
        case StorageError::Kind::Validation:
        case StorageError::Kind::Duplicate:
            m_storageErrors = error.fieldErrors;
            m_storageErrorAsset = asset;
            validateNow();
            if (error.fieldErrors.isEmpty())
                prompts::warning(this, tr("Asset not saved"), error.message);
            else
                goToField(error.fieldErrors.first().field);
            return;
        case StorageError::Kind::Conflict: {
            const std::optional<Asset> theirs = m_repo.findById(asset.id);
            if (!theirs) {
                const StorageError readError = m_repo.lastError();
                prompts::critical(this, tr("Asset not saved"),
                                  readError.isError()
                                      ? readError.message
                                      : tr("The asset no longer exists in the register."));
                return;
            }
            ConflictDialog conflict(asset, *theirs, ref(), this);
            prompts::exec(&conflict);
            switch (conflict.choice()) {
            case ConflictDialog::Choice::Reload:
                loadAsset(*theirs);
                m_pristine = currentAsset();
                validateNow();
                return;
            case ConflictDialog::Choice::KeepMine:
                // Their version becomes the base (version, status, review); my fields go on top.
                m_base = *theirs;
                asset = currentAsset();
                updateInfo();
                continue;
            case ConflictDialog::Choice::Cancel:
                return;
            }
            return;
        }
        default:
            prompts::critical(this, tr("Asset not saved"), error.message);
            return;
        }
    }
}

void AssetEditorDialog::finishSaved(const Asset& asset) {
    const std::optional<Asset> stored = m_repo.findById(asset.id);
    m_saved = stored ? *stored : asset;
    m_replaced = m_base;
    m_pristine = currentAsset();
    emit assetSaved(m_saved);
    accept();
}

void AssetEditorDialog::reject() {
    if (isModified()) {
        const auto answer = prompts::question(
            this, tr("Discard changes"), tr("You have changed this asset. Discard your changes?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard && answer != QMessageBox::Yes)
            return;
    }
    QDialog::reject();
}

} // namespace assetreg
