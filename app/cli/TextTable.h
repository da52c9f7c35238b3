#pragma once

#include <QString>
#include <QStringList>

// A plain-text table for terminals, aligned by display width: kanji and kana take two columns.
namespace assetreg::cli {

int displayWidth(const QString& text);

class TextTable {
public:
    explicit TextTable(const QStringList& headers);
    void addRow(const QStringList& cells);
    // Cells wider than maxCellWidth are cut with an ellipsis.
    QString render(int maxCellWidth = 40) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace assetreg::cli
