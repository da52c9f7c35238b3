#include "AssetHistoryDialog.h"

#include "AuditLogDialog.h"
#include "Prompts.h"
#include "domain/AssetFields.h"
#include "storage/AccessControl.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace assetreg {

namespace {

enum EntryColumn { TimeColumn, VersionColumn, ActorColumn, ActionColumn, CommentColumn };
constexpr int kEntryColumns = 5;
enum ChangeColumn { FieldColumn, BeforeColumn, AfterColumn };

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString localTime(const QDateTime& time) {
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AssetHistoryDialog::AssetHistoryDialog(Database& db, qint64 assetId, QWidget* parent)
    : QDialog(parent)
    , m_repo(db)
    , m_assetId(assetId) {
    setObjectName(QStringLiteral("assetHistoryDialog"));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("historySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTableWidget(0, kEntryColumns, m_splitter);
    m_table->setObjectName(QStringLiteral("historyTableWidget"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_splitter->addWidget(m_table);

    auto* changesPane = new QWidget(m_splitter);
    auto* changesLayout = new QVBoxLayout(changesPane);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    m_changesLabel = new QLabel(changesPane);
    m_changesLabel->setObjectName(QStringLiteral("changesLabel"));
    m_changesLabel->setWordWrap(true);
    changesLayout->addWidget(m_changesLabel);
    m_changes = new QTableWidget(0, 3, changesPane);
    m_changes->setObjectName(QStringLiteral("changesTableWidget"));
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(true);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    changesLayout->addWidget(m_changes);
    // Wrapped values need their row heights again whenever the columns get their widths.
    connect(m_changes->horizontalHeader(), &QHeaderView::sectionResized, m_changes,
            &QTableWidget::resizeRowsToContents);
    m_splitter->addWidget(changesPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    auto* bottom = new QHBoxLayout;
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAutoDefault(false);
    bottom->addWidget(m_restore);
    bottom->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    connect(m_restore, &QPushButton::clicked, this, &AssetHistoryDialog::restoreSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrentChanges();
        updateRestoreButton();
    });

    retranslateUi();
    reload();
    resize(1040, 680);
}

void AssetHistoryDialog::retranslateUi() {
    setWindowTitle(tr("Asset History"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Version"), tr("Who"), tr("What"), tr("Comment")});
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_restore->setText(tr("&Restore this version…"));
    if (m_asset)
        m_title->setText(tr("History of %1 %2 (now version %3)")
                             .arg(m_asset->assetNumber, m_asset->name)
                             .arg(m_asset->version));
    else
        m_title->setText(tr("This asset no longer exists."));
    showCurrentChanges();
    updateRestoreButton();
}

void AssetHistoryDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // action names in the rows
    }
    QDialog::changeEvent(event);
}

void AssetHistoryDialog::reload() {
    const int keepVersion = currentEntry() ? currentEntry()->version : -1;
    m_asset = m_repo.findById(m_assetId);
    m_entries = AuditLog(m_repo.database()).entriesFor(QStringLiteral("asset"), m_assetId);
    std::reverse(m_entries.begin(), m_entries.end());

    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->setRowCount(0);
        m_table->setRowCount(int(m_entries.size()));
        for (int row = 0; row < m_entries.size(); ++row) {
            const AuditEntry& e = m_entries.at(row);
            m_table->setItem(row, TimeColumn, cell(localTime(e.occurredAt)));
            auto* version = cell(QString::number(e.version));
            version->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, VersionColumn, version);
            m_table->setItem(row, ActorColumn, cell(e.actor));
            auto* action = cell(AuditLogDialog::actionName(e.action));
            action->setData(Qt::UserRole, e.action);
            m_table->setItem(row, ActionColumn, action);
            auto* comment = cell(QString(e.comment).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            comment->setToolTip(e.comment);
            m_table->setItem(row, CommentColumn, comment);
        }
    }
    // After a restore the new entry (the newest) is the one to look at.
    int row = 0;
    if (!m_restored || keepVersion < 0) {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).version == keepVersion)
                row = i;
        }
    }
    if (!m_entries.isEmpty())
        m_table->selectRow(row);
    retranslateUi();
}

const AuditEntry* AssetHistoryDialog::currentEntry() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

void AssetHistoryDialog::showCurrentChanges() {
    m_changes->setRowCount(0);
    m_changes->setColumnHidden(BeforeColumn, false);
    const AuditEntry* entry = currentEntry();
    if (!entry) {
        m_changesLabel->setText(tr("Select an entry to see what it changed."));
        return;
    }
    m_changesLabel->setText(entry->changes.isEmpty() ? tr("Version %1, %2: no field changed.")
                                                           .arg(entry->version)
                                                           .arg(localTime(entry->occurredAt))
                                                     : tr("Version %1, %2: %n fields changed.",
                                                          nullptr, int(entry->changes.size()))
                                                           .arg(entry->version)
                                                           .arg(localTime(entry->occurredAt)));
    // A record made from nothing (creation, import, baseline) has no "before" worth a column.
    const bool fromNothing = std::all_of(entry->changes.cbegin(), entry->changes.cend(),
                                         [](const FieldChange& c) { return c.oldValue.isEmpty(); });
    m_changes->setColumnHidden(BeforeColumn, fromNothing && !entry->changes.isEmpty());
    m_changes->setRowCount(int(entry->changes.size()));
    for (int i = 0; i < entry->changes.size(); ++i) {
        const FieldChange& change = entry->changes.at(i);
        const AssetField* field = assetField(change.field);
        auto* label = cell(field ? field->translatedLabel() : change.field);
        label->setData(Qt::UserRole, change.field);
        m_changes->setItem(i, FieldColumn, label);
        m_changes->setItem(i, BeforeColumn, cell(change.oldValue));
        m_changes->setItem(i, AfterColumn, cell(change.newValue));
    }
    m_changes->resizeRowsToContents();
}

void AssetHistoryDialog::updateRestoreButton() {
    const AuditEntry* entry = currentEntry();
    if (!m_asset || !entry) {
        m_restore->setEnabled(false);
        m_restore->setToolTip(tr("Select an earlier entry of the history."));
        return;
    }
    if (!m_repo.access().allows(Permission::Edit, m_asset->departmentId)) {
        m_restore->setEnabled(false);
        m_restore->setToolTip(
            tr("You may not change the assets of %1, so you cannot restore a version.")
                .arg(m_asset->departmentName));
        return;
    }
    if (entry == &m_entries.first() || entry->version >= m_asset->version) {
        m_restore->setEnabled(false);
        m_restore->setToolTip(tr("This is the current version. Select an earlier entry."));
        return;
    }
    m_restore->setEnabled(true);
    m_restore->setToolTip(
        tr("Save the asset as it was at version %1 as a new change").arg(entry->version));
}

void AssetHistoryDialog::restoreSelected() {
    const AuditEntry* entry = currentEntry();
    if (!m_asset || !entry)
        return;
    const int version = entry->version;
    const QString when = localTime(entry->occurredAt);
    const auto answer = prompts::question(
        this, tr("Restore Version"),
        tr("Restore %1 as it was at version %2 (%3)?\n\nThe fields are saved as a new change; "
           "the history keeps every version, so this can be undone the same way.")
            .arg(m_asset->assetNumber)
            .arg(version)
            .arg(when));
    if (answer != QMessageBox::Yes)
        return;
    if (!m_repo.restoreVersion(m_assetId, version, m_asset->version)) {
        prompts::warning(this, tr("Restore Version"), m_repo.lastError().message);
        reload(); // a conflict means the asset moved on: show where it is now
        return;
    }
    m_restored = true;
    reload();
    emit versionRestored(m_assetId, version);
}

} // namespace assetreg
