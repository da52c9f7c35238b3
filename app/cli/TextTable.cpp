#include "TextTable.h"

#include <algorithm>

namespace assetreg::cli {
namespace {

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString cut(const QString& text, int maxWidth) {
    QString single = text;
    single.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (displayWidth(single) <= maxWidth)
        return single;
    QString result;
    int width = 0;
    for (char32_t c : single.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (width + w > maxWidth - 1)
            break;
        result += QString::fromUcs4(&c, 1);
        width += w;
    }
    return result + QChar(0x2026);
}

} // namespace

int displayWidth(const QString& text) {
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

TextTable::TextTable(const QStringList& headers)
    : m_headers(headers) {
}

void TextTable::addRow(const QStringList& cells) {
    m_rows.append(cells);
}

QString TextTable::render(int maxCellWidth) const {
    QList<QStringList> all{m_headers};
    for (const QStringList& row : m_rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells.append(cut(cell, maxCellWidth));
        all.append(cells);
    }
    QList<int> widths(m_headers.size(), 0);
    for (const QStringList& row : all) {
        for (int i = 0; i < std::min(int(row.size()), int(widths.size())); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    QString out;
    for (int r = 0; r < all.size(); ++r) {
        QString line;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = i < all[r].size() ? all[r][i] : QString();
            line += cell;
            if (i + 1 < widths.size())
                line += QString(widths[i] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        out += line + QLatin1Char('\n');
        if (r == 0) {
            int total = 0;
            for (int w : widths)
                total += w + 2;
            out += QString(std::max(0, total - 2), QLatin1Char('-')) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace assetreg::cli
