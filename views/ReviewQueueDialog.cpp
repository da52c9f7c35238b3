#include "ReviewQueueDialog.h"

#include "Prompts.h"
#include "domain/AssetFields.h"
#include "storage/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace assetreg {

namespace {

enum QueueColumn {
    NumberColumn,
    NameColumn,
    DepartmentColumn,
    StateColumn,
    SubmittedByColumn,
    SubmittedAtColumn,
    ClassificationColumn
};
constexpr int kQueueColumns = 7;
enum DiffColumn { FieldColumn, ApprovedColumn, NowColumn };

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString fieldLabel(const QString& key) {
    const AssetField* field = assetField(key);
    return field ? field->translatedLabel() : key;
}

} // namespace

ReviewQueueDialog::ReviewQueueDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_repo(db) {
    setObjectName(QStringLiteral("reviewQueueDialog"));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    layout->addWidget(m_count);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_queue = new QTableWidget(0, kQueueColumns, m_splitter);
    m_queue->setObjectName(QStringLiteral("queueTableWidget"));
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setAlternatingRowColors(true);
    m_queue->setWordWrap(false);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queue->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_splitter->addWidget(m_queue);

    auto* diffPane = new QWidget(m_splitter);
    auto* diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    m_diffTitle = new QLabel(diffPane);
    m_diffTitle->setObjectName(QStringLiteral("diffTitleLabel"));
    m_diffTitle->setWordWrap(true);
    diffLayout->addWidget(m_diffTitle);
    m_diffNote = new QLabel(diffPane);
    m_diffNote->setObjectName(QStringLiteral("diffNoteLabel"));
    m_diffNote->setWordWrap(true);
    diffLayout->addWidget(m_diffNote);
    m_diff = new QTableWidget(0, 3, diffPane);
    m_diff->setObjectName(QStringLiteral("diffTableWidget"));
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diff->setWordWrap(true);
    m_diff->verticalHeader()->hide();
    m_diff->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_diff->horizontalHeader()->setSectionResizeMode(ApprovedColumn, QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(NowColumn, QHeaderView::Stretch);
    diffLayout->addWidget(m_diff);
    // Wrapped values need their row heights again whenever the columns get their widths.
    connect(m_diff->horizontalHeader(), &QHeaderView::sectionResized, m_diff,
            &QTableWidget::resizeRowsToContents);
    m_splitter->addWidget(diffPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_commentLabel = new QLabel(this);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentPlainTextEdit"));
    m_comment->setTabChangesFocus(true);
    // A few lines: the tables above get the room.
    const int line = m_comment->fontMetrics().lineSpacing();
    m_comment->setMinimumHeight(line * 3 + 12);
    m_comment->setMaximumHeight(line * 5 + 12);
    m_commentLabel->setBuddy(m_comment);
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment);

    auto* decisions = new QHBoxLayout;
    m_sectionApprove = new QPushButton(this);
    m_sectionApprove->setObjectName(QStringLiteral("sectionApproveButton"));
    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_return = new QPushButton(this);
    m_return->setObjectName(QStringLiteral("returnButton"));
    for (QPushButton* button : {m_sectionApprove, m_approve, m_return}) {
        button->setAutoDefault(false);
        decisions->addWidget(button);
    }
    decisions->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = m_buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    decisions->addWidget(m_buttons);
    layout->addLayout(decisions);
    m_sectionApprove->setVisible(sectionStepOn());

    // Ctrl+Enter approves from anywhere in the dialog, the comment box included.
    auto* approveAction = new QAction(this);
    approveAction->setObjectName(QStringLiteral("approveAction"));
    approveAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    approveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(approveAction);
    connect(approveAction, &QAction::triggered, this, [this] {
        if (m_approve->isEnabled())
            decide(ReviewDecision::Approve);
    });

    connect(m_approve, &QPushButton::clicked, this, [this] { decide(ReviewDecision::Approve); });
    connect(m_sectionApprove, &QPushButton::clicked, this,
            [this] { decide(ReviewDecision::SectionApprove); });
    connect(m_return, &QPushButton::clicked, this, [this] { decide(ReviewDecision::Return); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ReviewQueueDialog::updateButtons);
    connect(m_queue->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewQueueDialog::updateButtons);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewQueueDialog::showCurrentDiff);

    retranslateUi();
    reload(true);
    resize(1120, 700);
}

bool ReviewQueueDialog::sectionStepOn() const {
    return MasterDataRepository(m_repo.database()).sectionHeadApproval();
}

bool ReviewQueueDialog::sectionHeadOnly() const {
    const AccessControl& access = m_repo.access();
    return access.effectiveRole() == Role::SectionHead && access.currentUser().has_value();
}

void ReviewQueueDialog::retranslateUi() {
    setWindowTitle(tr("Review Queue"));
    m_intro->setText(
        sectionHeadOnly()
            ? tr("Assets of your department submitted for review. Select one or more, check "
                 "what changed, then decide for all selected assets at once.")
            : tr("Assets submitted for review. Select one or more, check what changed since "
                 "their last approval, then decide for all selected assets at once."));
    m_queue->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("Department"),
                                        tr("Review state"), tr("Submitted by"), tr("Submitted at"),
                                        tr("Classification")});
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Approved value"), tr("Now")});
    m_commentLabel->setText(tr("&Comment (required to return; the department reads it):"));
    m_comment->setPlaceholderText(tr("Why the assets are returned, or a note on the approval"));
    m_sectionApprove->setText(tr("&Section head approval"));
    m_approve->setText(tr("&Approve"));
    m_return->setText(tr("&Return to department"));
    updateCountLabel();
    showCurrentDiff();
    updateButtons();
}

void ReviewQueueDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(false); // state names and dates in the rows
    }
    QDialog::changeEvent(event);
}

void ReviewQueueDialog::reload(bool selectFirst) {
    const QList<qint64> keep = selectedIds();
    const int currentRow = m_queue->currentRow();
    const qint64 keepCurrent =
        currentRow >= 0 && currentRow < m_assets.size() ? m_assets.at(currentRow).id : 0;

    AssetQuery query;
    query.withRelations = false;
    query.status = AssetStatus::InUse;
    const bool sectionHead = sectionHeadOnly();
    if (sectionHead)
        query.departmentIds = {m_repo.access().currentUser()->departmentId};
    query.reviewState = ReviewState::Submitted;
    QList<Asset> assets = m_repo.list(query);
    // A section head has already decided on section-approved assets: those wait for an officer.
    if (!sectionHead) {
        query.reviewState = ReviewState::SectionApproved;
        assets += m_repo.list(query);
    }
    std::sort(assets.begin(), assets.end(),
              [](const Asset& a, const Asset& b) { return a.assetNumber < b.assetNumber; });

    m_submitted.clear();
    AuditLog log(m_repo.database());
    for (const Asset& asset : assets) {
        const QList<AuditEntry> entries = log.entriesFor(QStringLiteral("asset"), asset.id);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->action == QLatin1String("submit")) {
                m_submitted.insert(asset.id, {it->actor, it->occurredAt});
                break;
            }
        }
    }

    const QSignalBlocker blocker(m_queue->selectionModel());
    m_assets = assets;
    m_queue->clearSelection();
    m_queue->setRowCount(0);
    m_queue->setRowCount(int(m_assets.size()));
    int newCurrent = -1;
    for (int row = 0; row < m_assets.size(); ++row) {
        const Asset& a = m_assets.at(row);
        const auto submitted = m_submitted.value(a.id);
        auto* number = cell(a.assetNumber);
        number->setData(Qt::UserRole, a.id);
        m_queue->setItem(row, NumberColumn, number);
        m_queue->setItem(row, NameColumn, cell(a.name));
        m_queue->setItem(row, DepartmentColumn, cell(a.departmentName));
        m_queue->setItem(row, StateColumn, cell(displayName(a.reviewState)));
        m_queue->setItem(row, SubmittedByColumn, cell(submitted.first));
        m_queue->setItem(row, SubmittedAtColumn,
                         cell(submitted.second.isValid() ? submitted.second.toLocalTime().toString(
                                                               QStringLiteral("yyyy-MM-dd HH:mm"))
                                                         : QString()));
        m_queue->setItem(row, ClassificationColumn, cell(a.classificationLabel()));
        if (keep.contains(a.id))
            m_queue->selectionModel()->select(m_queue->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
        if (a.id == keepCurrent)
            newCurrent = row;
    }
    if (newCurrent < 0 && !m_assets.isEmpty())
        newCurrent = 0;
    if (newCurrent >= 0) {
        const QModelIndex index = m_queue->model()->index(newCurrent, 0);
        // Only the first time: after a decision the next asset is shown but not selected, so
        // that a second Ctrl+Enter does not approve an asset nobody looked at.
        const bool selectToo = selectFirst && m_queue->selectionModel()->selectedRows().isEmpty();
        m_queue->selectionModel()->setCurrentIndex(
            index, selectToo ? QItemSelectionModel::Select | QItemSelectionModel::Rows
                             : QItemSelectionModel::NoUpdate);
    }
    updateCountLabel();
    showCurrentDiff();
    updateButtons();
}

void ReviewQueueDialog::updateCountLabel() {
    m_count->setText(tr("%n assets awaiting review", nullptr, int(m_assets.size())));
}

void ReviewQueueDialog::showCurrentDiff() {
    m_diff->setRowCount(0);
    m_diff->setColumnHidden(ApprovedColumn, false);
    const int row = m_queue->currentRow();
    if (row < 0 || row >= m_assets.size()) {
        m_diffTitle->setText(tr("Changes since the last approval"));
        m_diffNote->setText(m_assets.isEmpty() ? tr("Nothing is waiting for a decision.")
                                               : tr("Select an asset to see what changed."));
        return;
    }
    const Asset& asset = m_assets.at(row);
    m_diffTitle->setText(
        tr("Changes since the last approval: %1 %2").arg(asset.assetNumber, asset.name));
    const QList<FieldChange> changes = m_repo.changesSinceApproval(asset.id);
    if (asset.approvedVersion == 0) {
        m_diffNote->setText(tr("New asset — never approved. Its current values:"));
        m_diff->setColumnHidden(ApprovedColumn, true);
    } else if (changes.isEmpty()) {
        m_diffNote->setText(
            tr("No field changed since the approved version %1.").arg(asset.approvedVersion));
    } else {
        m_diffNote->setText(
            tr("%n fields changed since the approved version %1.", nullptr, int(changes.size()))
                .arg(asset.approvedVersion));
    }
    m_diff->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        const FieldChange& change = changes.at(i);
        auto* label = cell(fieldLabel(change.field));
        label->setData(Qt::UserRole, change.field);
        m_diff->setItem(i, FieldColumn, label);
        m_diff->setItem(i, ApprovedColumn, cell(change.oldValue));
        m_diff->setItem(i, NowColumn, cell(change.newValue));
    }
    m_diff->resizeRowsToContents();
}

QList<qint64> ReviewQueueDialog::selectedIds() const {
    QList<qint64> ids;
    for (const Asset& asset : selectedAssets())
        ids.append(asset.id);
    return ids;
}

QList<Asset> ReviewQueueDialog::selectedAssets() const {
    QList<int> rows;
    for (const QModelIndex& index : m_queue->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<Asset> assets;
    for (int row : rows) {
        if (row < m_assets.size())
            assets.append(m_assets.at(row));
    }
    return assets;
}

void ReviewQueueDialog::updateButtons() {
    const QList<Asset> selected = selectedAssets();
    const AccessControl& access = m_repo.access();
    const bool sectionStep = sectionStepOn();
    m_sectionApprove->setVisible(sectionStep);

    if (selected.isEmpty()) {
        const QString why = tr("Select one or more assets in the queue first.");
        for (QPushButton* button : {m_sectionApprove, m_approve, m_return}) {
            button->setEnabled(false);
            button->setToolTip(why);
        }
        return;
    }

    // Who may decide comes first, as in the repository; then whether the state fits.
    auto refusedFor = [&](Permission permission) -> const Asset* {
        for (const Asset& asset : selected) {
            if (!access.allows(permission, asset.departmentId))
                return &asset;
        }
        return nullptr;
    };
    auto firstIn = [&](ReviewState state) -> const Asset* {
        for (const Asset& asset : selected) {
            if (asset.reviewState == state)
                return &asset;
        }
        return nullptr;
    };
    const QString officersOnly =
        tr("Only security officers and administrators approve or return reviews.");

    // Approve
    if (refusedFor(Permission::Approve)) {
        m_approve->setEnabled(false);
        m_approve->setToolTip(officersOnly);
    } else if (const Asset* waiting = sectionStep ? firstIn(ReviewState::Submitted) : nullptr) {
        m_approve->setEnabled(false);
        m_approve->setToolTip(
            tr("%1 waits for its section head's approval first.").arg(waiting->assetNumber));
    } else {
        m_approve->setEnabled(true);
        m_approve->setToolTip(
            tr("Approve the %n selected assets (Ctrl+Enter)", nullptr, int(selected.size())));
    }

    // Section head approval
    if (const Asset* refused = refusedFor(Permission::SectionApprove)) {
        m_sectionApprove->setEnabled(false);
        m_sectionApprove->setToolTip(
            tr("Only the section head of %1, security officers and administrators approve for "
               "this department.")
                .arg(refused->departmentName));
    } else if (const Asset* done = firstIn(ReviewState::SectionApproved)) {
        m_sectionApprove->setEnabled(false);
        m_sectionApprove->setToolTip(
            tr("%1 is already approved by its section head.").arg(done->assetNumber));
    } else {
        m_sectionApprove->setEnabled(true);
        m_sectionApprove->setToolTip(tr("Approve the %n selected assets for their department",
                                        nullptr, int(selected.size())));
    }

    // Return
    if (refusedFor(Permission::Approve)) {
        m_return->setEnabled(false);
        m_return->setToolTip(officersOnly);
    } else if (m_comment->toPlainText().trimmed().isEmpty()) {
        m_return->setEnabled(false);
        m_return->setToolTip(
            tr("Write a comment first: it tells the department why the assets are returned."));
    } else {
        m_return->setEnabled(true);
        m_return->setToolTip(tr("Return the %n selected assets to their department with the "
                                "comment",
                                nullptr, int(selected.size())));
    }
}

void ReviewQueueDialog::decide(ReviewDecision decision) {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (!m_repo.review(ids, decision, m_comment->toPlainText())) {
        // All or none: nothing changed, so the queue stays as it is.
        prompts::warning(this, tr("Review"), m_repo.lastError().message);
        return;
    }
    m_decided += int(ids.size());
    {
        const QSignalBlocker blocker(m_comment);
        m_comment->clear();
    }
    reload(false);
    emit reviewsDecided(int(ids.size()));
}

} // namespace assetreg
