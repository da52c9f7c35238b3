#include "AuditLogDialog.h"

#include "DialogSupport.h"

#include "Prompts.h"
#include "domain/AssetFields.h"
#include "domain/Clock.h"
#include "io/Csv.h"
#include "io/TextEncoding.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace assetreg {
namespace {

constexpr int kRowLimit = 2000;

enum Column {
    IdColumn,
    TimeColumn,
    UserColumn,
    ActionColumn,
    AssetColumn,
    CommentColumn,
    ChangesColumn,
    ColumnCount
};

const QColor kGood(0x1b, 0x6e, 0x20);
const QColor kBad(0xb0, 0x00, 0x20);

QString localTime(const QDateTime& time) {
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AuditLogDialog::AuditLogDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_repo(db) {
    setObjectName(QStringLiteral("auditLogDialog"));
    setSizeGripEnabled(true);

    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(12);
    filters->setVerticalSpacing(8);

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userComboBox"));
    m_user->addItem(QString(), QString());
    for (const QString& actor : AuditLog(db).actors())
        m_user->addItem(actor, actor);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentComboBox"));
    m_department->addItem(QString(), qint64(0));
    for (const Department& d : m_repo.reference().departments)
        m_department->addItem(d.nameJa, d.id);
    m_departmentLabel = new QLabel(this);
    m_departmentLabel->setBuddy(m_department);

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionComboBox"));
    m_action->addItem(QString(), QString());
    for (const QString& key : actionKeys())
        m_action->addItem(QString(), key);
    m_actionLabel = new QLabel(this);
    m_actionLabel->setBuddy(m_action);

    const QDate today = Clock::today();
    auto makeDate = [this, today](const QString& name, const QDate& date) {
        auto* edit = new QDateEdit(date.isValid() ? date : today, this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        return edit;
    };
    m_from = makeDate(QStringLiteral("fromDateEdit"), today.addMonths(-1));
    m_anyFrom = new QCheckBox(this);
    m_anyFrom->setObjectName(QStringLiteral("anyFromCheckBox"));
    m_anyFrom->setChecked(true);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_to = makeDate(QStringLiteral("toDateEdit"), today);
    m_anyTo = new QCheckBox(this);
    m_anyTo->setObjectName(QStringLiteral("anyToCheckBox"));
    m_anyTo->setChecked(true);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);

    m_asset = new QLineEdit(this);
    m_asset->setObjectName(QStringLiteral("assetNumberLineEdit"));
    m_asset->setClearButtonEnabled(true);
    m_assetLabel = new QLabel(this);
    m_assetLabel->setBuddy(m_asset);

    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));

    auto dateBox = [this](QDateEdit* edit, QCheckBox* any) {
        auto* box = new QHBoxLayout;
        box->addWidget(edit, 1);
        box->addWidget(any);
        return box;
    };
    filters->addWidget(m_userLabel, 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(m_fromLabel, 0, 2);
    filters->addLayout(dateBox(m_from, m_anyFrom), 0, 3);
    filters->addWidget(m_toLabel, 0, 4);
    filters->addLayout(dateBox(m_to, m_anyTo), 0, 5);
    filters->addWidget(m_departmentLabel, 1, 0);
    filters->addWidget(m_department, 1, 1);
    filters->addWidget(m_actionLabel, 1, 2);
    filters->addWidget(m_action, 1, 3);
    filters->addWidget(m_assetLabel, 1, 4);
    filters->addWidget(m_asset, 1, 5);
    filters->addWidget(m_clearButton, 1, 6);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 2);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("auditTableWidget"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_changesLabel = new QLabel(this);
    m_changes = new QTableWidget(0, 3, this);
    m_changes->setObjectName(QStringLiteral("changesTableWidget"));
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(true);
    m_changes->verticalHeader()->setVisible(false);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->horizontalHeader()->setHighlightSections(false);
    m_changesLabel->setBuddy(m_changes);

    auto* changesPane = new QWidget(this);
    auto* changesLayout = new QVBoxLayout(changesPane);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(m_changesLabel);
    changesLayout->addWidget(m_changes);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(changesPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyLabel = new QLabel(this);
    m_verifyLabel->setObjectName(QStringLiteral("verifyLabel"));
    m_verifyLabel->setWordWrap(true);
    m_verifyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    bottom->addWidget(m_verifyButton);
    bottom->addWidget(m_verifyLabel, 1);
    bottom->addWidget(m_exportButton);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(filters);
    layout->addWidget(m_countLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verifyButton, &QPushButton::clicked, this, [this] { verifyChain(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    for (QComboBox* combo : {m_user, m_department, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogDialog::refresh);
    connect(m_anyFrom, &QCheckBox::toggled, m_from, [this](bool any) {
        m_from->setEnabled(!any);
        refresh();
    });
    connect(m_anyTo, &QCheckBox::toggled, m_to, [this](bool any) {
        m_to->setEnabled(!any);
        refresh();
    });
    // Asset numbers are matched exactly: search once the number is complete, not per keystroke.
    connect(m_asset, &QLineEdit::editingFinished, this, &AuditLogDialog::refresh);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        {
            const QSignalBlocker b1(m_user), b2(m_department), b3(m_action), b4(m_anyFrom),
                b5(m_anyTo), b6(m_asset);
            m_user->setCurrentIndex(0);
            m_department->setCurrentIndex(0);
            m_action->setCurrentIndex(0);
            m_anyFrom->setChecked(true);
            m_anyTo->setChecked(true);
            m_from->setEnabled(false);
            m_to->setEnabled(false);
            m_asset->clear();
        }
        refresh();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditLogDialog::showChanges);

    retranslateUi();
    resize(1180, 720);
    refresh();
}

QStringList AuditLogDialog::actionKeys() {
    return {QStringLiteral("create"),   QStringLiteral("update"), QStringLiteral("retire"),
            QStringLiteral("dispose"),  QStringLiteral("submit"), QStringLiteral("section_approve"),
            QStringLiteral("approve"),  QStringLiteral("return"), QStringLiteral("undo"),
            QStringLiteral("restore"),  QStringLiteral("import"), QStringLiteral("baseline"),
            QStringLiteral("settings"), QStringLiteral("delete")};
}

QString AuditLogDialog::actionName(const QString& action) {
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Edited");
    if (action == QLatin1String("retire"))
        return tr("Retired");
    if (action == QLatin1String("dispose"))
        return tr("Disposed of");
    if (action == QLatin1String("submit"))
        return tr("Submitted for review");
    if (action == QLatin1String("section_approve"))
        return tr("Approved by the section head");
    if (action == QLatin1String("approve"))
        return tr("Approved");
    if (action == QLatin1String("return"))
        return tr("Returned for correction");
    if (action == QLatin1String("undo"))
        return tr("Undone");
    if (action == QLatin1String("restore"))
        return tr("Earlier version restored");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("baseline"))
        return tr("Baseline recorded");
    if (action == QLatin1String("settings"))
        return tr("Register settings changed");
    if (action == QLatin1String("delete"))
        return tr("Removed");
    return action; // an action this version does not know: show the stored key
}

QString AuditLogDialog::subject(const AuditEntry& e) {
    // Assets by their number; what administrators change says what it is.
    if (e.entity == QLatin1String("organ"))
        return tr("Organ %1").arg(e.entityKey);
    if (e.entity == QLatin1String("department"))
        return tr("Department %1").arg(e.entityKey);
    if (e.entity == QLatin1String("section"))
        return tr("Section %1").arg(e.entityKey);
    if (e.entity == QLatin1String("classification_level"))
        return tr("Classification level %1").arg(e.entityKey);
    if (e.entity == QLatin1String("user"))
        return tr("User %1").arg(e.entityKey);
    if (e.entity == QLatin1String("settings"))
        return tr("Register settings");
    return e.entityKey;
}

void AuditLogDialog::retranslateUi() {
    setWindowTitle(tr("Audit Log"));
    m_userLabel->setText(tr("&User:"));
    m_user->setItemText(0, tr("All users"));
    m_fromLabel->setText(tr("&From:"));
    m_anyFrom->setText(tr("Any date"));
    m_toLabel->setText(tr("&To:"));
    m_anyTo->setText(tr("Any date"));
    m_departmentLabel->setText(tr("&Department:"));
    m_department->setItemText(0, tr("All departments"));
    m_actionLabel->setText(tr("&Action:"));
    m_action->setItemText(0, tr("All actions"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, actionName(m_action->itemData(i).toString()));
    m_assetLabel->setText(tr("Asset &number:"));
    m_asset->setPlaceholderText(tr("Exact asset number"));
    m_clearButton->setText(tr("C&lear Filters"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Date and time"), tr("User"), tr("Action"),
                                        tr("Subject"), tr("Comment"), tr("Changed fields")});
    m_changesLabel->setText(tr("C&hanges in the selected entry:"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_verifyButton->setText(tr("&Verify the Audit Chain"));
    m_verifyButton->setToolTip(tr("Recompute every entry's hash and check that none was altered, "
                                  "inserted or removed"));
    m_exportButton->setText(tr("&Export CSV…"));
    m_exportButton->setToolTip(tr("Save the entries matching the filter as a CSV file"));
    m_closeButton->setText(tr("Close"));
    fillRows();
}

void AuditLogDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

AuditFilter AuditLogDialog::filter() const {
    AuditFilter f;
    f.actor = m_user->currentData().toString();
    if (!m_anyFrom->isChecked())
        f.from = m_from->date();
    if (!m_anyTo->isChecked())
        f.to = m_to->date();
    f.departmentId = m_department->currentData().toLongLong();
    f.action = m_action->currentData().toString();
    f.entityKey = m_asset->text().trimmed();
    f.limit = kRowLimit;
    return f;
}

// AuditFilter's dates are UTC dates, but people mean their local days: search the UTC days that
// overlap the local ones, then keep the entries whose local date is inside.
QList<AuditEntry> AuditLogDialog::query(int limit) const {
    const AuditFilter local = filter();
    AuditFilter utc = local;
    if (local.from.isValid())
        utc.from = QDateTime(local.from, QTime(0, 0)).toUTC().date();
    if (local.to.isValid())
        utc.to = QDateTime(local.to, QTime(23, 59, 59, 999)).toUTC().date();
    utc.limit = limit;
    QList<AuditEntry> found = AuditLog(m_db).search(utc);
    if (local.from.isValid() || local.to.isValid()) {
        found.removeIf([&local](const AuditEntry& e) {
            const QDate day = e.occurredAt.toLocalTime().date();
            return (local.from.isValid() && day < local.from) ||
                   (local.to.isValid() && day > local.to);
        });
    }
    return found;
}

void AuditLogDialog::refresh() {
    {
        BusyCursor busy;
        m_entries = query(kRowLimit + 1);
    }
    m_more = m_entries.size() > kRowLimit;
    if (m_more)
        m_entries.resize(kRowLimit);
    fillRows();
}

QString AuditLogDialog::fieldLabel(const QString& key) const {
    if (key == QLatin1String("organisation_name"))
        return tr("Organisation name");
    if (key == QLatin1String("review_period_months"))
        return tr("Review period (months)");
    if (key == QLatin1String("section_head_approval"))
        return tr("Section-head approval");
    const AssetField* field = assetField(key);
    return field ? field->translatedLabel() : key;
}

QString AuditLogDialog::changesSummary(const AuditEntry& entry) const {
    QStringList labels;
    for (const FieldChange& change : entry.changes)
        labels.append(fieldLabel(change.field));
    return labels.join(tr(", "));
}

void AuditLogDialog::fillRows() {
    const qint64 selectedId = [this] {
        const QList<QTableWidgetItem*> selected = m_table->selectedItems();
        return selected.isEmpty() ? qint64(0)
                                  : m_table->item(selected.first()->row(), IdColumn)
                                        ->data(Qt::UserRole)
                                        .toLongLong();
    }();
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_entries.size()));
    int selectRow = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry& e = m_entries.at(row);
        auto* id = readOnlyItem(QStringLiteral("#%1").arg(e.id));
        id->setData(Qt::UserRole, e.id);
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, IdColumn, id);
        m_table->setItem(row, TimeColumn, readOnlyItem(localTime(e.occurredAt)));
        m_table->setItem(row, UserColumn, readOnlyItem(e.actor));
        auto* action = readOnlyItem(actionName(e.action));
        action->setToolTip(e.action);
        m_table->setItem(row, ActionColumn, action);
        m_table->setItem(row, AssetColumn, readOnlyItem(subject(e)));
        auto* comment = readOnlyItem(e.comment);
        comment->setToolTip(e.comment);
        m_table->setItem(row, CommentColumn, comment);
        const QString summary = changesSummary(e);
        auto* changes = readOnlyItem(summary);
        changes->setToolTip(summary);
        m_table->setItem(row, ChangesColumn, changes);
        if (e.id == selectedId)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    for (int column : {CommentColumn, AssetColumn})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    if (m_more)
        m_countLabel->setText(tr("Showing the newest %1 entries; more match the filter. Narrow "
                                 "the filter to see older entries.")
                                  .arg(kRowLimit));
    else
        m_countLabel->setText(tr("%n entries", nullptr, int(m_entries.size())));
    showChanges();
}

void AuditLogDialog::showChanges() {
    m_changes->clearContents();
    m_changes->setRowCount(0);
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    if (row < 0 || row >= m_entries.size())
        return;
    const AuditEntry& e = m_entries.at(row);
    m_changes->setRowCount(int(e.changes.size()));
    for (int i = 0; i < e.changes.size(); ++i) {
        const FieldChange& change = e.changes.at(i);
        auto* field = readOnlyItem(fieldLabel(change.field));
        field->setToolTip(change.field);
        m_changes->setItem(i, 0, field);
        m_changes->setItem(i, 1, readOnlyItem(change.oldValue));
        m_changes->setItem(i, 2, readOnlyItem(change.newValue));
    }
    m_changes->resizeRowsToContents();
}

AuditVerification AuditLogDialog::verifyChain() {
    AuditVerification result;
    std::pair<qint64, QString> head;
    {
        BusyCursor busy;
        AuditLog log(m_db);
        result = log.verify();
        head = log.head();
    }
    QPalette palette = m_verifyLabel->palette();
    if (result.ok) {
        palette.setColor(QPalette::WindowText, kGood);
        m_verifyLabel->setText(tr("Intact: %n entries verified, chain head #%1 sha256:%2", nullptr,
                                  int(result.entriesChecked))
                                   .arg(head.first)
                                   .arg(result.lastHash));
    } else {
        palette.setColor(QPalette::WindowText, kBad);
        m_verifyLabel->setText(tr("Broken: %1").arg(result.message));
        if (result.firstBrokenId > 0) {
            for (int row = 0; row < m_entries.size(); ++row) {
                if (m_entries.at(row).id == result.firstBrokenId) {
                    m_table->selectRow(row);
                    m_table->scrollToItem(m_table->item(row, IdColumn));
                    break;
                }
            }
        }
    }
    m_verifyLabel->setPalette(palette);
    return result;
}

bool AuditLogDialog::exportCsv() {
    const QString defaultName =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("監査ログ_%1.csv")
                          .arg(Clock::today().toString(QStringLiteral("yyyyMMdd"))));
    QString path =
        prompts::saveFileName(this, tr("Export Audit Log"), defaultName, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");

    QString text;
    QString error;
    bool ok = false;
    qsizetype written = 0;
    {
        BusyCursor busy;
        // Every entry matching the filter, not only the rows the table has room for.
        const QList<AuditEntry> all = query(std::numeric_limits<int>::max());
        written = all.size();
        text +=
            CsvWriter::row({tr("No."), tr("Date and time"), tr("User"), tr("Action"), tr("Subject"),
                            tr("Version"), tr("Comment"), tr("Changes"), tr("Hash")}) +
            QStringLiteral("\r\n");
        for (const AuditEntry& e : all) {
            QStringList changes;
            for (const FieldChange& c : e.changes)
                changes.append(
                    QStringLiteral("%1: %2 → %3").arg(fieldLabel(c.field), c.oldValue, c.newValue));
            text += CsvWriter::row({QString::number(e.id),
                                    e.occurredAt.toLocalTime().toString(Qt::ISODate), e.actor,
                                    actionName(e.action), subject(e), QString::number(e.version),
                                    e.comment, changes.join(QLatin1Char('\n')), e.hash}) +
                    QStringLiteral("\r\n");
        }
        QByteArray bytes;
        ok = TextCodec::encode(text, TextEncoding::Utf8, true, &bytes, &error);
        if (ok) {
            QSaveFile file(path);
            ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() &&
                 file.commit();
            if (!ok)
                error = file.errorString();
        }
    }
    if (!ok) {
        prompts::warning(
            this, tr("Export Audit Log"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    prompts::information(this, tr("Export Audit Log"),
                         tr("Saved %n audit entries to %1.", nullptr, int(written))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace assetreg
