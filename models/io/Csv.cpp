#include "Csv.h"

namespace assetreg {

QChar CsvReader::detectDelimiter(const QString& text) {
    qsizetype commas = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')))
            break;
        else if (!quoted && ch == QLatin1Char(','))
            ++commas;
        else if (!quoted && ch == QLatin1Char('\t'))
            ++tabs;
    }
    return tabs > commas ? QLatin1Char('\t') : QLatin1Char(',');
}

bool CsvReader::parse(const QString& text, QChar delimiter, QList<CsvRecord>* records,
                      QString* error) {
    records->clear();
    const QChar* p = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype line = 1;
    while (i < n) {
        CsvRecord record;
        record.line = line;
        QString field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && p[i] == QLatin1Char('"')) {
                const qsizetype openLine = line;
                const qsizetype openColumn = record.fields.size() + 1;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar ch = p[i];
                    if (ch == QLatin1Char('"')) {
                        if (i + 1 < n && p[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (ch == QLatin1Char('\n'))
                        ++line;
                    else if (ch == QLatin1Char('\r') &&
                             !(i + 1 < n && p[i + 1] == QLatin1Char('\n')))
                        ++line;
                    field += ch;
                    ++i;
                }
                if (!closed) {
                    *error = tr("Line %1, column %2: the quoted value is never closed (a \" is "
                                "missing).")
                                 .arg(openLine)
                                 .arg(openColumn);
                    return false;
                }
                if (i < n && p[i] != delimiter && p[i] != QLatin1Char('\n') &&
                    p[i] != QLatin1Char('\r')) {
                    *error = tr("Line %1, column %2: unexpected text after a closing quote.")
                                 .arg(line)
                                 .arg(record.fields.size() + 1);
                    return false;
                }
            } else {
                const qsizetype start = i;
                while (i < n && p[i] != delimiter && p[i] != QLatin1Char('\n') &&
                       p[i] != QLatin1Char('\r'))
                    ++i;
                field = text.mid(start, i - start);
            }
            record.fields.append(field);
            if (i >= n) {
                endOfRecord = true;
            } else if (p[i] == delimiter) {
                ++i;
            } else {
                // CRLF, LF or a lone CR ends the record.
                if (p[i] == QLatin1Char('\r') && i + 1 < n && p[i + 1] == QLatin1Char('\n'))
                    ++i;
                ++i;
                ++line;
                endOfRecord = true;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records->append(record);
    }
    return true;
}

bool CsvWriter::isFormulaLike(const QString& value) {
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString CsvWriter::unneutralise(const QString& value) {
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && isFormulaLike(value.mid(1)))
        return value.mid(1);
    return value;
}

QString CsvWriter::cell(const QString& value, QChar delimiter) {
    QString text = isFormulaLike(value) ? QLatin1Char('\'') + value : value;
    if (text.contains(delimiter) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
        text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' ')) ||
        text.startsWith(QLatin1Char('\''))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString CsvWriter::row(const QStringList& values, QChar delimiter) {
    QString out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += delimiter;
        out += cell(values[i], delimiter);
    }
    return out + QLatin1String("\r\n");
}

} // namespace assetreg
