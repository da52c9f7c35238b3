#include "AssetImporter.h"

#include "AssetTextCodec.h"
#include "Csv.h"
#include "XlsxReader.h"
#include "domain/AssetFields.h"
#include "domain/AssetValidator.h"
#include "domain/Clock.h"
#include "domain/Normalize.h"
#include "storage/AccessControl.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace assetreg {
namespace {

using Severity = ImportIssue::Severity;

bool isMark(const QString& value) {
    static const QStringList marks{
        QStringLiteral("○"),    QStringLiteral("◯"),    QStringLiteral("●"),   QStringLiteral("◎"),
        QStringLiteral("✓"),    QStringLiteral("✔"),    QStringLiteral("レ"),  QStringLiteral("有"),
        QStringLiteral("あり"), QStringLiteral("はい"), QStringLiteral("YES"), QStringLiteral("Y"),
        QStringLiteral("1"),    QStringLiteral("TRUE"), QStringLiteral("X")};
    return marks.contains(foldKey(value));
}

int personalRank(PersonalInfo p) {
    switch (p) {
    case PersonalInfo::None:
        return 0;
    case PersonalInfo::Personal:
        return 1;
    case PersonalInfo::Sensitive:
        return 2;
    case PersonalInfo::MyNumber:
        return 3;
    }
    return 0;
}

// One row being turned into an asset, with where its values came from for messages.
struct PendingRow {
    qsizetype line = 0;
    Asset asset;
    bool update = false;
    bool numberGiven = false;
    QHash<QString, int> columnOf; // field key → 1-based column
    QStringList livesOnLater;     // numbers of assets earlier in this file
};

} // namespace

QString ImportIssue::text() const {
    QString where;
    if (line > 0 && column > 0)
        where = AssetImporter::tr("line %1, column %2 (%3)").arg(line).arg(column).arg(header);
    else if (line > 0)
        where = AssetImporter::tr("line %1").arg(line);
    else if (column > 0)
        where = AssetImporter::tr("column %1 (%2)").arg(column).arg(header);
    const QString kind =
        severity == Severity::Error ? AssetImporter::tr("error") : AssetImporter::tr("warning");
    return (where.isEmpty() ? kind : where + QLatin1String(": ") + kind) + QLatin1String(": ") +
           message;
}

int ImportReport::errorCount() const {
    int n = 0;
    for (const ImportIssue& issue : issues)
        n += issue.severity == Severity::Error ? 1 : 0;
    return n;
}

QString ImportReport::summary() const {
    if (cancelled)
        return AssetImporter::tr("Import cancelled: nothing was changed.");
    if (errorCount() > 0)
        return AssetImporter::tr("%n error(s) found: nothing was imported. Correct the file and "
                                 "import again.",
                                 nullptr, errorCount());
    if (committed)
        return AssetImporter::tr("Imported %n row(s): %1 added, %2 updated, %3 skipped.", nullptr,
                                 rows)
            .arg(added)
            .arg(updated)
            .arg(skipped);
    return AssetImporter::tr("Checked %n row(s), nothing written (dry run): %1 to add, %2 to "
                             "update, %3 to skip.",
                             nullptr, rows)
        .arg(added)
        .arg(updated)
        .arg(skipped);
}

AssetImporter::AssetImporter(AssetRepository& repo)
    : m_repo(repo) {
}

bool AssetImporter::readCsv(const QByteArray& bytes, TextEncoding encoding, ImportTable* table,
                            TextEncoding* used, QString* error) {
    if (bytes.isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    QString text;
    if (!TextCodec::decode(bytes, encoding, &text, used, error))
        return false;
    QList<CsvRecord> records;
    if (!CsvReader::parse(text, CsvReader::detectDelimiter(text), &records, error))
        return false;
    table->rows.clear();
    table->lines.clear();
    for (const CsvRecord& record : records) {
        table->rows.append(record.fields);
        table->lines.append(record.line);
    }
    if (table->rows.isEmpty()) {
        *error = tr("The file holds no rows.");
        return false;
    }
    return true;
}

QStringList AssetImporter::xlsxSheets(QIODevice* device, QString* error) {
    XlsxReader reader;
    if (!reader.open(device)) {
        *error = reader.errorString();
        return {};
    }
    return reader.sheetNames();
}

bool AssetImporter::readXlsx(QIODevice* device, int sheet, ImportTable* table, QString* error) {
    XlsxReader reader;
    if (!reader.open(device)) {
        *error = reader.errorString();
        return false;
    }
    QList<QStringList> rows;
    QList<int> rowNumbers; // Excel's own row numbers, for messages
    if (!reader.readSheet(sheet, &rows, &rowNumbers)) {
        *error = reader.errorString();
        return false;
    }
    table->rows.clear();
    table->lines.clear();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        bool blank = true;
        for (const QString& cell : rows[i])
            blank = blank && cell.trimmed().isEmpty();
        if (blank)
            continue;
        table->rows.append(rows[i]);
        table->lines.append(rowNumbers.value(i, int(i + 1)));
    }
    if (table->rows.isEmpty()) {
        *error = tr("The sheet holds no rows.");
        return false;
    }
    return true;
}

ImportReport AssetImporter::run(const ImportTable& table, const ImportOptions& options) {
    ImportReport report;
    auto issue = [&report](Severity severity, qsizetype line, int column, const QString& header,
                           const QString& message) {
        report.issues.append({severity, line, column, header, message});
    };
    if (table.rows.isEmpty()) {
        issue(Severity::Error, 0, 0, {}, tr("The file holds no rows."));
        return report;
    }
    m_repo.reloadReference();
    const ReferenceData& ref = m_repo.reference();
    const QStringList headers = table.rows.first();
    const QStringList targets = options.mapping.resolve(headers);
    const qsizetype headerLine = table.lines.value(0, 1);

    // The columns: what is imported, what is not.
    bool haveName = false;
    QHash<QString, int> columnOfField;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const QString& target = targets[c];
        if (target.isEmpty()) {
            if (!headers[c].trimmed().isEmpty())
                issue(Severity::Warning, headerLine, int(c + 1), headers[c],
                      tr("this column is not imported (no field takes it)."));
            continue;
        }
        haveName = haveName || target == QLatin1String("name");
        columnOfField.insert(target, int(c + 1));
    }
    if (!haveName) {
        issue(Severity::Error, headerLine, 0, {},
              tr("no column gives the asset's name. Check the header row and the mapping (%1).")
                  .arg(options.mapping.name));
        return report;
    }

    // What the register holds already, read once.
    QHash<QString, QPair<qint64, int>> existing; // number key → (id, category)
    {
        QSqlQuery q = m_repo.database().query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT asset_number_key, id, category FROM assets"))) {
            issue(Severity::Error, 0, 0, {}, m_repo.database().lastError().message);
            return report;
        }
        while (q.next())
            existing.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toInt()});
    }
    const ClassificationScheme* defaultScheme = ref.defaultScheme();
    const ClassificationScheme* legacy = nullptr;
    for (const ClassificationScheme& s : ref.schemes) {
        if (defaultScheme && s.code != defaultScheme->code)
            legacy = &s;
    }

    // Every number in the file, so that an asset may live on a system listed after it.
    QSet<QString> fileNumbers;
    if (const int c = columnOfField.value(QStringLiteral("asset_number")); c > 0) {
        for (qsizetype r = 1; r < table.rows.size(); ++r) {
            const QString number = table.rows[r].value(c - 1).trimmed();
            if (!number.isEmpty())
                fileNumbers.insert(foldKey(number));
        }
    }

    AssetTextCodec codec(ref);
    QList<PendingRow> pending;
    QHash<QString, qsizetype> numberLine;   // number key → line that has it
    QHash<QString, QString> newDepartments; // name → placeholder
    const int total = int(table.rows.size() - 1);

    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows[r];
        const qsizetype line = table.lines.value(r, r + 1);
        bool blank = true;
        for (const QString& cell : cells)
            blank = blank && cell.trimmed().isEmpty();
        if (blank)
            continue;
        ++report.rows;
        if (options.progress && r % 1000 == 0 && !options.progress(int(r), total)) {
            report.cancelled = true;
            return report;
        }
        auto cellOf = [&](qsizetype c) {
            const QString value = c < cells.size() ? cells[c] : QString();
            return options.mapping.native ? CsvWriter::unneutralise(value) : value;
        };
        const int rowErrors = report.errorCount();
        PendingRow row;
        row.line = line;
        row.columnOf = columnOfField;

        // The number decides whether this row adds or updates.
        QString numberKey;
        if (const int c = columnOfField.value(QStringLiteral("asset_number")); c > 0) {
            const QString number = cellOf(c - 1).trimmed();
            numberKey = foldKey(number);
            row.numberGiven = !number.isEmpty();
        }
        if (row.numberGiven) {
            if (const qsizetype earlier = numberLine.value(numberKey, 0); earlier > 0) {
                issue(Severity::Error, line, columnOfField.value(QStringLiteral("asset_number")),
                      headers.value(columnOfField.value(QStringLiteral("asset_number")) - 1),
                      tr("the number %1 is also on line %2 of this file.")
                          .arg(cellOf(columnOfField.value(QStringLiteral("asset_number")) - 1)
                                   .trimmed())
                          .arg(earlier));
                continue;
            }
            numberLine.insert(numberKey, line);
            if (existing.contains(numberKey)) {
                if (options.mode == ImportMode::Skip) {
                    ++report.skipped;
                    continue;
                }
                if (options.mode == ImportMode::AddOnly) {
                    issue(Severity::Error, line,
                          columnOfField.value(QStringLiteral("asset_number")),
                          headers.value(columnOfField.value(QStringLiteral("asset_number")) - 1),
                          tr("the number %1 is already in the register. To change that asset, "
                             "import with the mode \"update\"; to leave it as it is, with "
                             "\"skip\".")
                              .arg(cellOf(columnOfField.value(QStringLiteral("asset_number")) - 1)
                                       .trimmed()));
                    continue;
                }
                const auto current = m_repo.findById(existing.value(numberKey).first);
                if (!current) {
                    issue(Severity::Error, line, 0, {}, m_repo.lastError().message);
                    continue;
                }
                row.asset = *current;
                row.update = true;
            }
        }
        if (!row.update) {
            row.asset.schemeCode = defaultScheme ? defaultScheme->code : QString();
            row.asset.subType.clear();
        }

        // The cells.
        PersonalInfo flagged = PersonalInfo::None;
        bool anyFlagColumn = false;
        QStringList notes;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const QString& target = targets[c];
            if (target.isEmpty())
                continue;
            const QString value = cellOf(c);
            const int column = int(c + 1);
            if (target == QLatin1String(MappingTarget::kDescriptionNote)) {
                if (!value.trimmed().isEmpty())
                    notes.append(headers[c].trimmed() + QStringLiteral(": ") + value.trimmed());
            } else if (target == QLatin1String(MappingTarget::kMediumAndLocation)) {
                const QString text = value.trimmed();
                if (text.isEmpty())
                    continue;
                row.asset.location = text;
                const bool paper = text.contains(QStringLiteral("紙")) ||
                                   text.contains(QStringLiteral("書類")) ||
                                   text.contains(QStringLiteral("ファイル綴"));
                const bool electronic = text.contains(QStringLiteral("電子")) ||
                                        text.contains(QStringLiteral("サーバ")) ||
                                        text.contains(QStringLiteral("PC"), Qt::CaseInsensitive) ||
                                        text.contains(QStringLiteral("USB"), Qt::CaseInsensitive) ||
                                        text.contains(QStringLiteral("システム")) ||
                                        text.contains(QStringLiteral("クラウド"));
                row.asset.medium = paper && electronic ? Medium::Both
                                   : paper             ? Medium::Paper
                                                       : Medium::Electronic;
            } else if (target.startsWith(QLatin1String("personal_flag:"))) {
                anyFlagColumn = true;
                if (!isMark(value))
                    continue;
                const PersonalInfo kind =
                    target.endsWith(QLatin1String("mynumber"))    ? PersonalInfo::MyNumber
                    : target.endsWith(QLatin1String("sensitive")) ? PersonalInfo::Sensitive
                                                                  : PersonalInfo::Personal;
                if (personalRank(kind) > personalRank(flagged))
                    flagged = kind;
            } else if (target == QLatin1String("asset_number")) {
                row.asset.assetNumber = value.trimmed();
            } else {
                if (row.update && value.trimmed().isEmpty() &&
                    (target == QLatin1String("department") || target == QLatin1String("owner")))
                    continue; // an empty cell does not clear what an update must keep
                QString error;
                if (target == QLatin1String("department") && !value.trimmed().isEmpty() &&
                    !ref.departmentByCode(value.trimmed())) {
                    if (options.createDepartments) {
                        newDepartments.insert(value.trimmed(), QString());
                        row.asset.departmentCode = value.trimmed(); // resolved when created
                        continue;
                    }
                    issue(Severity::Error, line, column, headers[c],
                          tr("the department \"%1\" is not registered. Register it first, or "
                             "let the import create departments that do not exist yet.")
                              .arg(value.trimmed()));
                    continue;
                }
                if (!codec.setField(row.asset, target, value, &error))
                    issue(Severity::Error, line, column, headers[c], error);
            }
        }
        if (anyFlagColumn && !columnOfField.contains(QStringLiteral("personal_info")))
            row.asset.personalInfo = flagged;
        if (!notes.isEmpty()) {
            const QString joined = notes.join(QLatin1Char('\n'));
            row.asset.description = row.asset.description.isEmpty()
                                        ? joined
                                        : row.asset.description + QLatin1Char('\n') + joined;
        }

        // What the file leaves open, filled as a city would expect.
        if (row.asset.subType.isEmpty()) {
            row.asset.subType = row.asset.medium == Medium::Paper ? QStringLiteral("paper")
                                                                  : QStringLiteral("data");
            row.asset.category = AssetCategory::Information;
        }
        if (!columnOfField.contains(QStringLiteral("segment")) && !row.update &&
            row.asset.medium == Medium::Paper)
            row.asset.segment = Segment::None;
        // Levels: the register's scheme first; plain 3/2/1 of older ledgers is the legacy scheme.
        if (!row.update && defaultScheme && legacy &&
            !row.asset.confidentiality.trimmed().isEmpty() &&
            !defaultScheme->findLevel(Axis::Confidentiality, row.asset.confidentiality) &&
            legacy->findLevel(Axis::Confidentiality, row.asset.confidentiality)) {
            row.asset.schemeCode = legacy->code;
            issue(Severity::Warning, line, columnOfField.value(QStringLiteral("confidentiality")),
                  headers.value(columnOfField.value(QStringLiteral("confidentiality")) - 1),
                  tr("confidentiality \"%1\" is a level of the scheme %2, not of %3: the asset "
                     "is registered under %2. Reclassify it when it is reviewed.")
                      .arg(row.asset.confidentiality, legacy->nameJa, defaultScheme->nameJa));
        }
        if (const ClassificationScheme* scheme = ref.scheme(row.asset.schemeCode)) {
            for (Axis axis : {Axis::Integrity, Axis::Availability}) {
                QString& value =
                    axis == Axis::Integrity ? row.asset.integrity : row.asset.availability;
                bool ok = false;
                const int number = foldKey(value).toInt(&ok);
                const QList<ClassificationLevel> levels = scheme->levelsOf(axis);
                if (ok && !scheme->findLevel(axis, value) && !levels.isEmpty() &&
                    number > levels.first().rank) {
                    const QString key = axis == Axis::Integrity ? QStringLiteral("integrity")
                                                                : QStringLiteral("availability");
                    issue(Severity::Warning, line, columnOfField.value(key),
                          headers.value(columnOfField.value(key) - 1),
                          tr("\"%1\" is above the scheme's highest level; it is read as %2.")
                              .arg(value, levels.first().code));
                    value = levels.first().code;
                }
            }
        }
        const bool departmentPending =
            row.asset.departmentId == 0 && newDepartments.contains(row.asset.departmentCode);
        if (row.asset.ownerId == 0 && row.asset.departmentId != 0) {
            // No owner column: the head of the department (a title ending in 長), else its first
            // person.
            const Person* head = nullptr;
            for (const Person& p : ref.people) {
                if (p.departmentId != row.asset.departmentId || !p.active)
                    continue;
                if (!head || (p.title.endsWith(QStringLiteral("長")) &&
                              !head->title.endsWith(QStringLiteral("長"))))
                    head = &p;
            }
            if (head)
                row.asset.ownerId = head->id;
        }
        QStringList livesOnNumbers = row.asset.livesOnNumbers;
        row.asset.livesOnIds.clear();
        for (const QString& number : livesOnNumbers) {
            const QString key = foldKey(number);
            if (existing.contains(key)) {
                row.asset.livesOnIds.append(existing.value(key).first);
            } else if (fileNumbers.contains(key) && key != numberKey) {
                row.livesOnLater.append(key);
            } else {
                issue(Severity::Error, line, columnOfField.value(QStringLiteral("lives_on")),
                      headers.value(columnOfField.value(QStringLiteral("lives_on")) - 1),
                      tr("it lives on %1, which is neither in the register nor in this file.")
                          .arg(number));
            }
        }

        // Field checks (the number is generated later when the file has none).
        Asset probe = row.asset;
        if (!row.numberGiven && probe.assetNumber.isEmpty())
            probe.assetNumber = QStringLiteral("NEW-1");
        QList<FieldError> errors = AssetValidator(ref).validate(probe);
        for (const FieldError& e : errors) {
            if (departmentPending && e.field == QLatin1String("department"))
                continue; // the department is created with the import
            if (report.errorCount() > rowErrors && e.field != QLatin1String("name")) {
                // One message per field: skip fields that already failed to parse.
                bool already = false;
                for (qsizetype i = rowErrors; i < report.issues.size(); ++i)
                    already = already || report.issues[i].column == columnOfField.value(e.field);
                if (already && columnOfField.value(e.field) > 0)
                    continue;
            }
            const int column = columnOfField.value(e.field);
            QString message = e.message;
            if (e.field == QLatin1String("owner") && !columnOfField.contains(e.field))
                message = tr("no owner: add an owner column to the file, or register a person "
                             "in the department first.");
            issue(Severity::Error, line, column, column > 0 ? headers.value(column - 1) : QString(),
                  message);
        }
        if (report.errorCount() == rowErrors) {
            if (row.update)
                ++report.updated;
            else
                ++report.added;
        }
        pending.append(row);
    }

    if (!newDepartments.isEmpty()) {
        const QStringList names = newDepartments.keys();
        for (const QString& name : names)
            report.createdDepartments.append(name);
        report.createdDepartments.sort();
        // Departments are master data: only an administrator (or set-up mode) creates them.
        const AccessControl access(m_repo.database());
        const bool mayCreate = access.setupMode() || access.allows(Permission::Administer);
        for (const QString& name : std::as_const(report.createdDepartments))
            issue(mayCreate ? Severity::Warning : Severity::Error, 0,
                  columnOfField.value(QStringLiteral("department")),
                  headers.value(columnOfField.value(QStringLiteral("department")) - 1),
                  mayCreate ? tr("the department \"%1\" will be created.").arg(name)
                            : tr("the department \"%1\" does not exist, and only an "
                                 "administrator can create departments: ask one to add it "
                                 "(Settings → Organisation), or correct the name.")
                                  .arg(name));
    }
    if (report.errorCount() > 0 || options.dryRun)
        return report;

    // Write: all of it in one transaction.
    Database& db = m_repo.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        issue(Severity::Error, 0, 0, {}, db.errorString());
        return report;
    }
    if (!report.createdDepartments.isEmpty()) {
        MasterDataRepository master(db);
        qint64 organId = ref.organs.isEmpty() ? 0 : ref.organs.first().id;
        if (organId == 0) {
            Organ organ{0, QStringLiteral("UNSORTED"), tr("(unsorted)"), QStringLiteral("Unsorted"),
                        999};
            if (!master.addOrgan(organ)) {
                issue(Severity::Error, 0, 0, {}, db.errorString());
                return report;
            }
            organId = organ.id;
        }
        int n = int(ref.departments.size());
        for (const QString& name : std::as_const(report.createdDepartments)) {
            Department dept;
            dept.organId = organId;
            do {
                dept.code = QStringLiteral("DEPT%1").arg(++n, 3, 10, QLatin1Char('0'));
            } while (ref.departmentByCode(dept.code));
            dept.nameJa = name;
            dept.sortOrder = 1000 + n;
            if (!master.addDepartment(dept)) {
                issue(Severity::Error, 0, 0, {}, db.errorString());
                return report;
            }
            newDepartments.insert(name, dept.code);
        }
        m_repo.reloadReference();
        for (PendingRow& row : pending) {
            if (row.asset.departmentId == 0 && newDepartments.contains(row.asset.departmentCode))
                row.asset.departmentId =
                    m_repo.reference()
                        .departmentByCode(newDepartments.value(row.asset.departmentCode))
                        ->id;
        }
    }

    QList<Asset> creates;
    QList<qsizetype> createRows;
    QList<Asset> updates;
    QHash<QString, qint64> nextNumber; // department prefix → last number given in this import
    for (qsizetype i = 0; i < pending.size(); ++i) {
        PendingRow& row = pending[i];
        if (!row.update && !row.numberGiven) {
            const Department* dept = m_repo.reference().department(row.asset.departmentId);
            const QString prefix = dept ? dept->code : QStringLiteral("ASSET");
            QString number = m_repo.nextAssetNumber(prefix, Clock::today().year());
            // Numbers handed out in this import are not in the register yet: continue after them.
            const qint64 last = nextNumber.value(prefix, 0);
            const qint64 proposed = number.section(QLatin1Char('-'), -1).toLongLong();
            const qint64 use = std::max(proposed, last + 1);
            number = number.section(QLatin1Char('-'), 0, -2) + QLatin1Char('-') +
                     QStringLiteral("%1").arg(use, 4, 10, QLatin1Char('0'));
            nextNumber.insert(prefix, use);
            row.asset.assetNumber = number;
        }
        if (row.update) {
            updates.append(row.asset);
        } else {
            creates.append(row.asset);
            createRows.append(i);
        }
    }
    auto failWith = [&](const StorageError& error, qsizetype line) {
        issue(Severity::Error, line, 0, {}, error.message);
        return report;
    };
    const auto progress = [&](int done) {
        return !options.progress || options.progress(done, total);
    };
    if (!creates.isEmpty() && !m_repo.createMany(creates, progress)) {
        const StorageError error = m_repo.lastError();
        if (error.kind == StorageError::Kind::Cancelled) {
            report.cancelled = true;
            return report;
        }
        return failWith(error, error.index >= 0 ? pending[createRows[error.index]].line : 0);
    }
    if (!updates.isEmpty() && !m_repo.updateMany(updates))
        return failWith(m_repo.lastError(), 0);
    // Dependencies on assets that were created by this same import.
    QHash<QString, qint64> createdIds;
    for (const Asset& a : creates)
        createdIds.insert(foldKey(a.assetNumber), a.id);
    QList<Asset> linked;
    for (qsizetype i = 0; i < createRows.size(); ++i) {
        const PendingRow& row = pending[createRows[i]];
        if (row.livesOnLater.isEmpty())
            continue;
        Asset a = creates[i];
        for (const QString& key : row.livesOnLater)
            a.livesOnIds.append(createdIds.value(key));
        linked.append(a);
    }
    if (!linked.isEmpty() && !m_repo.linkImported(linked)) {
        const StorageError error = m_repo.lastError();
        qsizetype line = 0;
        if (error.index >= 0) {
            for (qsizetype i = 0; i < createRows.size(); ++i) {
                if (creates[i].id == linked[error.index].id)
                    line = pending[createRows[i]].line;
            }
        }
        return failWith(error, line);
    }
    if (!tx.commit())
        return failWith(db.lastError(), 0);
    report.committed = true;
    return report;
}

} // namespace assetreg
