#include "SqlDialect.h"

#include <QRegularExpression>

namespace assetreg {

std::unique_ptr<SqlDialect> createSqliteDialect();
std::unique_ptr<SqlDialect> createPostgresDialect();

std::unique_ptr<SqlDialect> SqlDialect::create(Backend backend) {
    return backend == Backend::SQLite ? createSqliteDialect() : createPostgresDialect();
}

QString SqlDialect::substringMatch(const QString& folded, QVariantList* values) const {
    QString pattern = folded;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    values->append(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    return QStringLiteral("a.search_text LIKE ? ESCAPE '\\'");
}

QStringList SqlDialect::prepareScript(const QString& script) const {
    static const QRegularExpression tokenPattern(QStringLiteral("\\{\\{([A-Z_]+)\\}\\}"));
    static const QRegularExpression sectionPattern(QStringLiteral("^--\\s*@(\\w+)\\s*$"));

    QStringList statements;
    QString current;
    bool include = true;
    bool inDollarBody = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString trimmed = rawLine.trimmed();
        const auto section = sectionPattern.match(trimmed);
        if (section.hasMatch() && !inDollarBody) {
            const QString name = section.captured(1);
            include = name == QLatin1String("all") || name == sectionName();
            continue;
        }
        if (!include)
            continue;
        if (!inDollarBody && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;

        QString line = rawLine;
        QRegularExpressionMatch match;
        int from = 0;
        while ((match = tokenPattern.match(line, from)).hasMatch()) {
            const QString replacement = token(match.captured(1));
            line.replace(match.capturedStart(), match.capturedLength(), replacement);
            from = int(match.capturedStart() + replacement.size());
        }
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarBody = !inDollarBody;
        current += line + QLatin1Char('\n');
        // A trigger body holds statements of its own; the trigger ends at "END;".
        const bool inTrigger =
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) &&
            trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) != 0;
        if (!inDollarBody && !inTrigger && trimmed.endsWith(QLatin1Char(';'))) {
            QString statement = current.trimmed();
            statement.chop(1);
            statements.append(statement);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace assetreg
