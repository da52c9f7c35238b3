#include "ClassificationGuideDialog.h"

#include "DialogSupport.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace assetreg {
namespace {

// "serious_large_scale_harm" → "seriousLargeScaleHarm", for objectNames.
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

// The yes/no questions, by the id ClassificationGuide::questions() gives them.
const QStringList& yesNoIds() {
    static const QStringList ids{
        QStringLiteral("secret_equivalent"),
        QStringLiteral("serious_large_scale_harm"),
        QStringLiteral("strict_confidentiality"),
        QStringLiteral("public_information"),
        QStringLiteral("alteration_harms"),
        QStringLiteral("unavailability_harms"),
        QStringLiteral("electronic"),
    };
    return ids;
}

} // namespace

ClassificationGuideDialog::ClassificationGuideDialog(const Asset& asset,
                                                     const ClassificationScheme& scheme,
                                                     const QList<HandlingRestriction>& restrictions,
                                                     QWidget* parent)
    : QDialog(parent)
    , m_scheme(scheme)
    , m_restrictions(restrictions) {
    setObjectName(QStringLiteral("classificationGuideDialog"));
    setWindowTitle(tr("Classification guide"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Answer the questions about the asset. The proposal on the right "
                                "follows your answers; Apply copies it into the asset."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("questionsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* questions = new QWidget(scroll);
    auto* questionsLayout = new QVBoxLayout(questions);
    for (const auto& question : ClassificationGuide::questions()) {
        if (QWidget* block = createQuestion(question, questions))
            questionsLayout->addWidget(block);
    }
    questionsLayout->addStretch(1);
    scroll->setWidget(questions);
    columns->addWidget(scroll, 3);

    auto* proposalBox = new QGroupBox(tr("Proposal"), this);
    auto* proposalLayout = new QVBoxLayout(proposalBox);
    auto* levels = new QFormLayout;
    levels->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto makeValue = [proposalBox](const QString& name) {
        auto* label = new QLabel(proposalBox);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    m_confidentiality = makeValue(QStringLiteral("proposedConfidentialityLabel"));
    m_integrity = makeValue(QStringLiteral("proposedIntegrityLabel"));
    m_availability = makeValue(QStringLiteral("proposedAvailabilityLabel"));
    levels->addRow(tr("Confidentiality:"), m_confidentiality);
    levels->addRow(tr("Integrity:"), m_integrity);
    levels->addRow(tr("Availability:"), m_availability);
    m_restrictionsLabel = new QLabel(proposalBox);
    m_restrictionsLabel->setObjectName(QStringLiteral("proposedRestrictionsLabel"));
    m_restrictionsLabel->setWordWrap(true);
    levels->addRow(tr("Handling restrictions:"), m_restrictionsLabel);
    proposalLayout->addLayout(levels);
    auto* reasonsTitle = new QLabel(tr("Reasons:"), proposalBox);
    proposalLayout->addWidget(reasonsTitle);
    m_reasons = new QTextBrowser(proposalBox);
    m_reasons->setObjectName(QStringLiteral("reasonsTextBrowser"));
    m_reasons->setOpenLinks(false);
    m_reasons->document()->setIndentWidth(
        m_reasons->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 1.5);
    proposalLayout->addWidget(m_reasons, 1);
    columns->addWidget(proposalBox, 2);

    auto* buttons = new QDialogButtonBox(this);
    auto* apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Pre-filled from the asset: the two answers it already knows.
    if (m_personalInfo)
        m_personalInfo->setCurrentIndex(m_personalInfo->findData(toKey(asset.personalInfo)));
    if (QButtonGroup* electronic = m_yesNo.value(QStringLiteral("electronic")))
        electronic->button(asset.medium == Medium::Paper ? 0 : 1)->setChecked(true);
    updateProposal();

    const QSize wanted(980, 660);
    const QSize room = screen() ? screen()->availableSize() : wanted;
    resize(wanted.boundedTo(room));
}

QWidget* ClassificationGuideDialog::createQuestion(const ClassificationGuide::Question& question,
                                                   QWidget* parent) {
    const bool isYesNo = yesNoIds().contains(question.id);
    const bool isPersonal = question.id == QLatin1String("personal_info");
    const bool isRecovery = question.id == QLatin1String("recovery_time");
    if (!isYesNo && !isPersonal && !isRecovery)
        return nullptr; // a question this dialog cannot answer yet: better unasked than ignored

    auto* block = new QWidget(parent);
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(2);
    auto* text = new QLabel(question.text, block);
    text->setWordWrap(true);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    layout->addWidget(text);
    if (!question.help.isEmpty()) {
        auto* help = new QLabel(question.help, block);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(help);
    }

    const QString name = camelCase(question.id);
    if (isPersonal) {
        m_personalInfo = new QComboBox(block);
        m_personalInfo->setObjectName(name + QStringLiteral("ComboBox"));
        for (PersonalInfo value : EnumTraits<PersonalInfo>::all())
            m_personalInfo->addItem(displayName(value), toKey(value));
        m_personalInfo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        text->setBuddy(m_personalInfo);
        auto* row = new QHBoxLayout;
        row->addWidget(m_personalInfo);
        row->addStretch(1);
        layout->addLayout(row);
        connect(m_personalInfo, &QComboBox::currentIndexChanged, this,
                &ClassificationGuideDialog::updateProposal);
    } else if (isRecovery) {
        m_recoveryTime = new QLineEdit(block);
        m_recoveryTime->setObjectName(name + QStringLiteral("LineEdit"));
        m_recoveryTime->setPlaceholderText(tr("For example 24 hours"));
        text->setBuddy(m_recoveryTime);
        layout->addWidget(m_recoveryTime);
        connect(m_recoveryTime, &QLineEdit::textChanged, this,
                &ClassificationGuideDialog::updateProposal);
    } else {
        auto* group = new QButtonGroup(block);
        auto* yes = new QRadioButton(tr("Yes"), block);
        yes->setObjectName(name + QStringLiteral("YesRadioButton"));
        auto* no = new QRadioButton(tr("No"), block);
        no->setObjectName(name + QStringLiteral("NoRadioButton"));
        group->addButton(yes, 1);
        group->addButton(no, 0);
        no->setChecked(true);
        text->setBuddy(yes);
        auto* row = new QHBoxLayout;
        row->addWidget(yes);
        row->addWidget(no);
        row->addStretch(1);
        layout->addLayout(row);
        m_yesNo.insert(question.id, group);
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                updateProposal();
        });
    }
    return block;
}

GuideAnswers ClassificationGuideDialog::answers() const {
    GuideAnswers answers;
    auto yes = [this](const char* id, bool fallback) {
        const QButtonGroup* group = m_yesNo.value(QString::fromLatin1(id));
        return group ? group->checkedId() == 1 : fallback;
    };
    if (m_personalInfo)
        answers.personalInfo = parseEnum<PersonalInfo>(m_personalInfo->currentData().toString())
                                   .value_or(PersonalInfo::None);
    answers.secretEquivalent = yes("secret_equivalent", false);
    answers.seriousLargeScaleHarm = yes("serious_large_scale_harm", false);
    answers.strictConfidentiality = yes("strict_confidentiality", false);
    answers.publicInformation = yes("public_information", false);
    answers.alterationHarms = yes("alteration_harms", false);
    answers.unavailabilityHarms = yes("unavailability_harms", false);
    answers.electronic = yes("electronic", true);
    if (m_recoveryTime)
        answers.recoveryTime = m_recoveryTime->text().trimmed();
    return answers;
}

QString ClassificationGuideDialog::levelText(Axis axis, const QString& code) const {
    if (code.isEmpty())
        return tr("No proposal");
    const auto level = m_scheme.findLevel(axis, code);
    if (!level)
        return code;
    const QString label = localText(level->labelJa, level->labelEn);
    return label.isEmpty() ? code : label;
}

void ClassificationGuideDialog::updateProposal() {
    const GuideAnswers current = answers();
    // A recovery time only means something when unavailability would do harm.
    if (m_recoveryTime)
        m_recoveryTime->setEnabled(current.unavailabilityHarms);
    m_proposal = ClassificationGuide::propose(current, m_scheme, m_restrictions);

    m_confidentiality->setText(levelText(Axis::Confidentiality, m_proposal.confidentiality));
    m_integrity->setText(levelText(Axis::Integrity, m_proposal.integrity));
    m_availability->setText(levelText(Axis::Availability, m_proposal.availability));

    QStringList restrictions;
    for (const AssetRestriction& proposed : m_proposal.restrictions) {
        QString label = proposed.code;
        for (const HandlingRestriction& known : m_restrictions) {
            if (known.code == proposed.code) {
                label = localText(known.labelJa, known.labelEn);
                break;
            }
        }
        if (!proposed.parameter.isEmpty())
            label += tr(" (%1)").arg(proposed.parameter);
        restrictions.append(label);
    }
    m_restrictionsLabel->setText(restrictions.isEmpty() ? tr("None") : restrictions.join(tr(", ")));

    QString html = QStringLiteral("<ul>");
    for (const GuideReason& reason : m_proposal.reasons)
        html += QStringLiteral("<li><b>%1:</b> %2</li>")
                    .arg(displayName(reason.axis).toHtmlEscaped(), reason.text.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_reasons->setHtml(html);
}

} // namespace assetreg
