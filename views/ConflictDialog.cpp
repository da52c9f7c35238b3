#include "ConflictDialog.h"

#include "domain/AssetFields.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assetreg {
namespace {

// An empty value is shown as such: a blank cell reads like a rendering problem.
QTableWidgetItem* valueItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    if (text.isEmpty()) {
        item->setText(ConflictDialog::tr("(empty)"));
        item->setForeground(QPalette().color(QPalette::PlaceholderText));
    }
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const Asset& mine, const Asset& theirs, const ReferenceData& ref,
                               QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));

    auto* layout = new QVBoxLayout(this);
    const QString who = theirs.updatedBy.isEmpty() ? tr("another user") : theirs.updatedBy;
    const QString when =
        theirs.updatedAt.isValid()
            ? QLocale().toString(theirs.updatedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("an unknown time");
    auto* headline =
        new QLabel(tr("%1 changed \"%2\" at %3, after you opened it.")
                       .arg(who, theirs.name.isEmpty() ? mine.name : theirs.name, when),
                   this);
    headline->setObjectName(QStringLiteral("headlineLabel"));
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);

    auto* explanation = new QLabel(
        tr("Nothing has been overwritten yet. Reload their version to discard your changes, or "
           "keep your version to save it over theirs. The fields that differ:"),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("compareTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your version"), tr("Their version (in the register)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const AssetField& field : assetFields()) {
        const QString myText = field.displayText(mine, ref);
        const QString theirText = field.displayText(theirs, ref);
        if (myText == theirText)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* label = new QTableWidgetItem(field.translatedLabel());
        label->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setData(Qt::UserRole, QString::fromLatin1(field.key));
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, valueItem(myText));
        m_table->setItem(row, 2, valueItem(theirText));
    }
    // Row heights follow the wrapped text, which depends on the final column widths.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(this);
    auto* reload = buttons->addButton(tr("&Reload their version"), QDialogButtonBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    auto* keep = buttons->addButton(tr("&Keep my version"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Neither version is the safe default: Enter must not overwrite anyone's work.
    cancel->setDefault(true);
    connect(reload, &QPushButton::clicked, this, [this] { choose(Choice::Reload); });
    connect(keep, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { choose(Choice::Cancel); });
    layout->addWidget(buttons);

    resize(760, 420);
}

int ConflictDialog::differenceCount() const {
    return m_table->rowCount();
}

void ConflictDialog::choose(Choice choice) {
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

} // namespace assetreg
