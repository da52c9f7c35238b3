#include "FilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

#include <vector>

namespace assetreg {

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* first = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_myDepartment = new QCheckBox(this);
    m_myDepartment->setObjectName(QStringLiteral("myDepartmentCheckBox"));
    m_awaitingReview = new QCheckBox(this);
    m_awaitingReview->setObjectName(QStringLiteral("awaitingReviewCheckBox"));
    m_overdue = new QCheckBox(this);
    m_overdue->setObjectName(QStringLiteral("overdueCheckBox"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    first->addWidget(m_searchLabel);
    first->addWidget(m_search, 1);
    first->addWidget(m_myDepartment);
    first->addWidget(m_awaitingReview);
    first->addWidget(m_overdue);
    first->addWidget(m_clear);
    layout->addLayout(first);

    auto* subset = new QHBoxLayout;
    m_subsetLabel = new QLabel(this);
    m_subsetLabel->setObjectName(QStringLiteral("assetSubsetLabel"));
    m_subsetLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; border: 1px solid #e0c36b; border-radius: 3px; "
        "padding: 2px 6px; }"));
    m_subsetClear = new QPushButton(QStringLiteral("✕"), this);
    m_subsetClear->setObjectName(QStringLiteral("assetSubsetClearButton"));
    m_subsetClear->setFlat(true);
    m_subsetClear->setMaximumWidth(28);
    connect(m_subsetClear, &QPushButton::clicked, this, [this] {
        m_subset.reset();
        m_subsetLabel->hide();
        m_subsetClear->hide();
        emit changed();
    });
    subset->addWidget(m_subsetLabel);
    subset->addWidget(m_subsetClear);
    subset->addStretch(1);
    m_subsetLabel->hide();
    m_subsetClear->hide();
    layout->addLayout(subset);

    auto* second = new QHBoxLayout;
    m_category = addCombo(QStringLiteral("categoryComboBox"));
    m_segment = addCombo(QStringLiteral("segmentComboBox"));
    m_confidentiality = addCombo(QStringLiteral("confidentialityComboBox"));
    m_integrity = addCombo(QStringLiteral("integrityComboBox"));
    m_availability = addCombo(QStringLiteral("availabilityComboBox"));
    m_status = addCombo(QStringLiteral("statusComboBox"));
    m_review = addCombo(QStringLiteral("reviewStateComboBox"));
    const QList<QComboBox*> combos{m_category,     m_segment, m_confidentiality, m_integrity,
                                   m_availability, m_status,  m_review};
    for (QComboBox* combo : combos) {
        auto* label = new QLabel(this);
        label->setBuddy(combo);
        m_comboLabels.append(label);
        second->addWidget(label);
        second->addWidget(combo);
        second->addSpacing(6);
    }
    second->addStretch(1);
    layout->addLayout(second);

    // Typing waits for a short pause; picks apply at once.
    m_typingDelay = new QTimer(this);
    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(150);
    connect(m_typingDelay, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_typingDelay, qOverload<>(&QTimer::start));
    for (QCheckBox* box : {m_myDepartment, m_awaitingReview, m_overdue})
        connect(box, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);

    retranslateUi();
}

QComboBox* FilterBar::addCombo(const QString& objectName) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    // Narrow enough for a laptop screen beside the tree and the details pane; the drop-down
    // list still shows the whole names.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    return combo;
}

void FilterBar::setReference(const ReferenceData& ref) {
    m_ref = ref;
    fillCombos();
}

void FilterBar::setMyDepartment(qint64 departmentId, const QString& login) {
    m_myDepartmentId = departmentId;
    m_login = login;
    m_myDepartment->setEnabled(departmentId != 0);
    if (departmentId == 0)
        m_myDepartment->setChecked(false);
    retranslateUi();
}

void FilterBar::fillCombos() {
    // Keep the user's choices across a refill (language change, reload).
    const QList<QComboBox*> combos{m_category,     m_segment, m_confidentiality, m_integrity,
                                   m_availability, m_status,  m_review};
    QList<QVariant> chosen;
    for (QComboBox* combo : combos) {
        chosen.append(combo->currentData());
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("All"));
    }
    for (AssetCategory c : EnumTraits<AssetCategory>::all())
        m_category->addItem(QStringLiteral("(%1)").arg(int(c)), toKey(c));
    for (Segment s : EnumTraits<Segment>::all())
        m_segment->addItem(displayName(s), toKey(s));
    const QList<QPair<Axis, QComboBox*>> axes{{Axis::Confidentiality, m_confidentiality},
                                              {Axis::Integrity, m_integrity},
                                              {Axis::Availability, m_availability}};
    for (const auto& [axis, combo] : axes) {
        // Codes of every scheme, strictest first, each once.
        QList<QPair<int, QString>> codes;
        for (const ClassificationScheme& scheme : m_ref.schemes) {
            for (const ClassificationLevel& level : scheme.levelsOf(axis)) {
                bool known = false;
                for (const auto& code : codes)
                    known = known || code.second == level.code;
                if (!known)
                    codes.append({level.rank, level.code});
            }
        }
        std::stable_sort(codes.begin(), codes.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& code : codes)
            combo->addItem(QString(axisLetter(axis)) + code.second, code.second);
    }
    for (AssetStatus s : EnumTraits<AssetStatus>::all())
        m_status->addItem(displayName(s), toKey(s));
    for (ReviewState r : EnumTraits<ReviewState>::all())
        m_review->addItem(displayName(r), toKey(r));
    for (int i = 0; i < combos.size(); ++i) {
        QSignalBlocker block(combos[i]);
        const int index = combos[i]->findData(chosen[i]);
        combos[i]->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void FilterBar::apply(AssetQuery& query) const {
    query.text = m_search->text();
    query.category = parseEnum<AssetCategory>(m_category->currentData().toString());
    query.segment = parseEnum<Segment>(m_segment->currentData().toString());
    query.confidentiality = m_confidentiality->currentData().toString();
    query.integrity = m_integrity->currentData().toString();
    query.availability = m_availability->currentData().toString();
    query.status = parseEnum<AssetStatus>(m_status->currentData().toString());
    query.reviewState = parseEnum<ReviewState>(m_review->currentData().toString());
    if (m_awaitingReview->isChecked())
        query.reviewState = ReviewState::Submitted;
    query.reviewedBefore = m_overdue->isChecked() ? m_reviewCutoff : QDate();
    if (m_myDepartment->isChecked() && m_myDepartmentId)
        query.departmentIds = {m_myDepartmentId};
    query.onlyIds = m_subset;
}

void FilterBar::setAssetSubset(const QList<qint64>& ids, const QString& description) {
    m_subset = ids;
    m_subsetLabel->setText(description);
    m_subsetLabel->setToolTip(
        tr("%n asset(s); click ✕ or Clear Filters to show all", nullptr, int(ids.size())));
    m_subsetLabel->setVisible(true);
    m_subsetClear->setVisible(true);
    emit changed();
}

void FilterBar::clear() {
    {
        const QList<QObject*> inputs{m_search,       m_category,       m_segment, m_confidentiality,
                                     m_integrity,    m_availability,   m_status,  m_review,
                                     m_myDepartment, m_awaitingReview, m_overdue};
        std::vector<QSignalBlocker> blockers;
        for (QObject* input : inputs)
            blockers.emplace_back(input);
        m_search->clear();
        for (QComboBox* combo : {m_category, m_segment, m_confidentiality, m_integrity,
                                 m_availability, m_status, m_review})
            combo->setCurrentIndex(0);
        for (QCheckBox* box : {m_myDepartment, m_awaitingReview, m_overdue})
            box->setChecked(false);
    }
    m_subset.reset();
    m_subsetLabel->hide();
    m_subsetClear->hide();
    m_typingDelay->stop();
    emit changed();
}

void FilterBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillCombos();
    }
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi() {
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(
        tr("Any part of the number, name, description, location, users… (Ctrl+F)"));
    m_myDepartment->setText(tr("&My department"));
    m_myDepartment->setToolTip(m_myDepartmentId
                                   ? tr("Only the assets of your department.")
                                   : tr("Your login \"%1\" is not registered as a person, so your "
                                        "department is not known.")
                                         .arg(m_login));
    m_awaitingReview->setText(tr("A&waiting review"));
    m_overdue->setText(tr("Review &overdue"));
    m_overdue->setToolTip(tr("In use and not approved within the review period."));
    m_clear->setText(tr("C&lear filters"));
    const QStringList labels{tr("Art. 5:"), tr("Segment:"), tr("C:"),     tr("I:"),
                             tr("A:"),      tr("Status:"),  tr("Review:")};
    for (int i = 0; i < m_comboLabels.size(); ++i)
        m_comboLabels[i]->setText(labels.value(i));
}

} // namespace assetreg
