#include "SqlDialect.h"

#include <QRegularExpression>

namespace assetreg {

std::unique_ptr<SqlDialect> createSqliteDialect();
std::unique_ptr<SqlDialect> createPostgresDialect();

std::unique_ptr<SqlDialect> SqlDialect::create(Backend backend) {
    return backend == Backend::SQLite ? createSqliteDialect() : createPostgresDialect();
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
        if (!inDollarBody && trimmed.endsWith(QLatin1Char(';'))) {
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
