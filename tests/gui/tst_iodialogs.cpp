// The import, export and print dialogs driven like a user would: a CP932 file with the IPA
// ledger's headings, a file with errors, a cancelled import, exports of a selection, a failing
// export target, and the printed register as PDF.
#include "TestSupport.h"

#include "ExportDialog.h"
#include "ImportDialog.h"
#include "PrintDialogs.h"
#include "Prompts.h"
#include "io/AssetImporter.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/MasterDataRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace assetreg;
using namespace assetreg::test;

namespace {

QByteArray cp932(const QString& text) {
    QStringEncoder encoder("windows-31j");
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("not CP932");
    return bytes;
}

// The IPA ledger layout as Excel in Japan saves it; 﨑 and ① exist only in CP932.
const QString kIpaCsv = QStringLiteral(
    "業務分類,情報資産名称,備考,利用者範囲,管理部署,媒体・保存先,個人情報,要配慮個人情報,"
    "特定個人情報,機密性,完全性,可用性,重要度,保存期限,登録日\r\n"
    "人事,職員名簿,﨑の字を含む,総務課職員,総務課,紙・書庫①,○,,,3,3,2,3,5年,2024/4/1\r\n"
    "税務,住民税課税データ,,税務課職員,市民課,基幹系サーバ,○,,○,3,2,2,3,常用,2024/4/1\r\n"
    "広報,広報誌原稿,公開前,広報担当,総務課,ファイルサーバ,,,,1,1,1,1,1年,2025/1/10\r\n");

// Our own export's headings.
const QString kNativeHeader = QStringLiteral(
    "管理番号,名称,種別,所管課,管理責任者,ネットワーク区分,機密性,完全性,可用性,説明\r\n");

QString nativeRow(const QString& number, const QString& name, const QString& confidentiality) {
    return number + QLatin1Char(',') + name +
           QStringLiteral(",電子データ,SOM,山田 太郎,LGWAN接続系,") + confidentiality +
           QStringLiteral(",2,1,\r\n");
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int rowOfHeader(const QTableWidget* table, const QString& header) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == header)
            return row;
    }
    return -1;
}

QString targetOf(const QTableWidget* table, const QString& header) {
    const int row = rowOfHeader(table, header);
    auto* combo = row < 0 ? nullptr : qobject_cast<QComboBox*>(table->cellWidget(row, 2));
    return combo ? combo->currentData().toString() : QStringLiteral("<no row>");
}

void setTarget(QTableWidget* table, const QString& header, const QString& target) {
    const int row = rowOfHeader(table, header);
    auto* combo = row < 0 ? nullptr : qobject_cast<QComboBox*>(table->cellWidget(row, 2));
    QVERIFY2(combo, qPrintable(header));
    const int index = combo->findData(target);
    QVERIFY2(index >= 0, qPrintable(target));
    combo->setCurrentIndex(index);
}

// Text of a PDF as a reader sees it: Qt writes some kanji as Kangxi radicals (可⽤性).
QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestIoDialogs : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TempRegister> m_reg;
    Organisation m_org;
    QStringList m_messages;
    QStringList m_filesAsked;
    QString m_nextFile;

    QString path(const QString& name) const { return m_reg->tempPath(name); }

    qint64 createAssets(const QStringList& numbers, qint64 departmentId = 0) {
        AssetRepository repo(m_reg->db());
        qint64 last = 0;
        for (const QString& number : numbers) {
            Asset asset = makeAsset(m_org, number, QStringLiteral("資産 ") + number);
            if (departmentId == m_org.deptB) {
                asset.departmentId = m_org.deptB;
                asset.ownerId = m_org.ownerB;
            }
            if (!repo.create(asset))
                qWarning() << repo.lastError().message;
            last = asset.id;
        }
        return last;
    }

    QList<qint64> idsOf(const QStringList& numbers) {
        AssetRepository repo(m_reg->db());
        QList<qint64> ids;
        for (const QString& number : numbers) {
            if (const auto asset = repo.findByNumber(number))
                ids.append(asset->id);
        }
        return ids;
    }

private slots:
    void init() {
        m_reg = std::make_unique<TempRegister>();
        QVERIFY2(m_reg->isValid(), qPrintable(m_reg->error()));
        m_org = seedOrganisation(m_reg->db());
        m_messages.clear();
        m_filesAsked.clear();
        m_nextFile.clear();
        // Every prompt is answered here; none may block the test.
        prompts::Hooks& hooks = prompts::hooks();
        hooks.message = [this](QWidget*, QMessageBox::Icon icon, const QString&,
                               const QString& text) {
            m_messages.append(QString::number(int(icon)) + QLatin1Char(':') + text);
        };
        hooks.question = [this](QWidget*, const QString&, const QString& text,
                                QMessageBox::StandardButtons, QMessageBox::StandardButton) {
            m_messages.append(QStringLiteral("question:") + text);
            return QMessageBox::No;
        };
        hooks.openFile = [this](QWidget*, const QString& title, const QString&, const QString&) {
            m_filesAsked.append(title);
            return m_nextFile;
        };
        hooks.saveFile = hooks.openFile;
        hooks.text = [](QWidget*, const QString&, const QString&, const QString&) {
            return std::optional<QString>();
        };
        hooks.exec = [](QDialog*) {
            return int(QDialog::Rejected);
        };
    }

    void cleanup() {
        prompts::hooks() = {};
        m_reg.reset();
    }

    void importsCp932FileWithIpaHeadings() {
        const QString file = path(QStringLiteral("ledger.csv"));
        QVERIFY(writeFile(file, cp932(kIpaCsv)));
        ImportDialog dialog(m_reg->db(), file);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isFileRead());

        auto* encoding = dialog.findChild<QComboBox*>(QStringLiteral("encodingComboBox"));
        QVERIFY(encoding && encoding->isVisible());
        QCOMPARE(encoding->currentIndex(), 0);
        QVERIFY2(encoding->currentText().contains(QStringLiteral("CP932")),
                 qPrintable(encoding->currentText()));

        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTableWidget"));
        auto* mapping = dialog.findChild<QComboBox*>(QStringLiteral("mappingComboBox"));
        QVERIFY(table && mapping);
        QCOMPARE(table->rowCount(), 15);
        // Our own format knows none of these headings; the IPA mapping knows them.
        mapping->setCurrentIndex(0);
        QCOMPARE(targetOf(table, QStringLiteral("情報資産名称")), QString());
        mapping->setCurrentIndex(1);
        QCOMPARE(targetOf(table, QStringLiteral("情報資産名称")), QStringLiteral("name"));
        QCOMPARE(targetOf(table, QStringLiteral("管理部署")), QStringLiteral("department"));
        QCOMPARE(targetOf(table, QStringLiteral("媒体・保存先")),
                 QString::fromLatin1(MappingTarget::kMediumAndLocation));
        QCOMPARE(targetOf(table, QStringLiteral("特定個人情報")),
                 QString::fromLatin1(MappingTarget::kMyNumberFlag));
        QCOMPARE(targetOf(table, QStringLiteral("重要度")), QString());
        const int nameRow = rowOfHeader(table, QStringLiteral("情報資産名称"));
        QCOMPARE(table->item(nameRow, 1)->text(), QStringLiteral("職員名簿"));
        QCOMPARE(table->item(rowOfHeader(table, QStringLiteral("備考")), 1)->text(),
                 QStringLiteral("﨑の字を含む"));

        // The user's own change is what is imported: 備考 becomes the location.
        setTarget(table, QStringLiteral("媒体・保存先"), QString());
        setTarget(table, QStringLiteral("備考"), QStringLiteral("location"));

        auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* checkButton = dialog.findChild<QPushButton*>(QStringLiteral("checkButton"));
        QVERIFY(importButton && checkButton);
        QVERIFY(!importButton->isEnabled());
        QTest::mouseClick(checkButton, Qt::LeftButton);
        const ImportReport checked = dialog.lastReport();
        QVERIFY(!checked.committed);
        QCOMPARE(checked.errorCount(), 0);
        QCOMPARE(checked.rows, 3);
        QCOMPARE(checked.added, 3);
        auto* report = dialog.findChild<QTableWidget*>(QStringLiteral("reportTableWidget"));
        QVERIFY(report);
        for (int row = 0; row < report->rowCount(); ++row)
            QVERIFY2(report->item(row, 3)->text() != QStringLiteral("Error"),
                     qPrintable(report->item(row, 4)->text()));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("3 to add")), qPrintable(summary->text()));
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0); // a check changes nothing
        QVERIFY(importButton->isEnabled());
        // Any change of the settings asks for a new check.
        auto* mode = dialog.findChild<QComboBox*>(QStringLiteral("modeComboBox"));
        mode->setCurrentIndex(2);
        QVERIFY(!importButton->isEnabled());
        mode->setCurrentIndex(0);
        QTest::mouseClick(checkButton, Qt::LeftButton);
        QVERIFY(importButton->isEnabled());

        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.lastReport().committed);
        QCOMPARE(dialog.lastReport().added, 3);
        QCOMPARE(m_messages.size(), 1); // the result, once
        QVERIFY2(m_messages.first().contains(QStringLiteral("Imported")),
                 qPrintable(m_messages.first()));
        AssetRepository repo(m_reg->db());
        QCOMPARE(repo.count(), 3);
        bool found = false;
        for (const Asset& asset : repo.list()) {
            if (asset.name == QStringLiteral("職員名簿")) {
                found = true;
                QCOMPARE(asset.location, QStringLiteral("﨑の字を含む"));
                QCOMPARE(asset.personalInfo, PersonalInfo::Personal);
            }
        }
        QVERIFY(found);
    }

    void savedMappingLoadsWithTheUsersChoices() {
        const QString file = path(QStringLiteral("ledger.csv"));
        QVERIFY(writeFile(file, cp932(kIpaCsv)));
        const QString mappingFile = path(QStringLiteral("市の様式.json"));
        {
            ImportDialog dialog(m_reg->db(), file);
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTableWidget"));
            dialog.findChild<QComboBox*>(QStringLiteral("mappingComboBox"))->setCurrentIndex(1);
            setTarget(table, QStringLiteral("備考"), QStringLiteral("location"));
            setTarget(table, QStringLiteral("業務分類"), QString());
            m_nextFile = mappingFile;
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveMappingButton")),
                              Qt::LeftButton);
            QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
            QVERIFY(QFile::exists(mappingFile));
        }
        ImportDialog dialog(m_reg->db(), file);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTableWidget"));
        auto* mapping = dialog.findChild<QComboBox*>(QStringLiteral("mappingComboBox"));
        QCOMPARE(targetOf(table, QStringLiteral("備考")),
                 QString::fromLatin1(MappingTarget::kDescriptionNote));
        m_nextFile = mappingFile;
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("loadMappingButton")),
                          Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QCOMPARE(mapping->count(), 3);
        QCOMPARE(mapping->currentIndex(), 2);
        QCOMPARE(mapping->currentText(), QStringLiteral("市の様式"));
        QCOMPARE(targetOf(table, QStringLiteral("備考")), QStringLiteral("location"));
        QCOMPARE(targetOf(table, QStringLiteral("業務分類")), QString());
        QCOMPARE(targetOf(table, QStringLiteral("情報資産名称")), QStringLiteral("name"));

        // A file that is not a mapping says so and changes nothing.
        QVERIFY(writeFile(path(QStringLiteral("bad.json")), "{\"columns\": 1"));
        m_nextFile = path(QStringLiteral("bad.json"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("loadMappingButton")),
                          Qt::LeftButton);
        QCOMPARE(m_messages.size(), 1);
        QCOMPARE(mapping->count(), 3);
        QCOMPARE(targetOf(table, QStringLiteral("備考")), QStringLiteral("location"));
    }

    void importsTheChosenSheetOfAWorkbook() {
        createAssets({QStringLiteral("SOM-1"), QStringLiteral("SOM-2")});
        createAssets({QStringLiteral("SHI-1")}, m_org.deptB);
        const QString file = path(QStringLiteral("register.xlsx"));
        {
            ExportDialog dialog(m_reg->db(), AssetQuery(), {});
            dialog.findChild<QRadioButton*>(QStringLiteral("wholeRegisterRadioButton"))
                ->setChecked(true);
            dialog.findChild<QComboBox*>(QStringLiteral("formatComboBox"))->setCurrentIndex(1);
            dialog.findChild<QCheckBox*>(QStringLiteral("sheetPerDepartmentCheckBox"))
                ->setChecked(true);
            m_nextFile = file;
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                              Qt::LeftButton);
            QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        }
        ImportDialog dialog(m_reg->db(), file);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("encodingComboBox"))->isVisible());
        auto* sheet = dialog.findChild<QComboBox*>(QStringLiteral("sheetComboBox"));
        QVERIFY(sheet && sheet->isVisible());
        QCOMPARE(sheet->count(), 2);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTableWidget"));
        const int numberRow = rowOfHeader(table, QStringLiteral("Asset number"));
        QVERIFY(numberRow >= 0);
        const QString first = table->item(numberRow, 1)->text();
        sheet->setCurrentIndex(1);
        const QString second = table->item(numberRow, 1)->text();
        QVERIFY(first != second);
        QVERIFY2(QStringList({first, second}).contains(QStringLiteral("SHI-1")),
                 qPrintable(first + QLatin1Char(' ') + second));
        QCOMPARE(targetOf(table, QStringLiteral("Asset number")), QStringLiteral("asset_number"));

        // Everything is in the register already: skipping leaves it as it was.
        dialog.findChild<QComboBox*>(QStringLiteral("modeComboBox"))->setCurrentIndex(2);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("checkButton")),
                          Qt::LeftButton);
        const ImportReport report = dialog.lastReport();
        QVERIFY2(report.errorCount() == 0, qPrintable(report.issues.value(0).text()));
        QCOMPARE(report.skipped, report.rows);
        QCOMPARE(report.rows, second == QStringLiteral("SHI-1") ? 1 : 2);
    }

    void errorsKeepImportDisabledAndSayWhere() {
        const QString file = path(QStringLiteral("bad.csv"));
        QString text = kNativeHeader;
        text += nativeRow(QStringLiteral("SOM-1"), QStringLiteral("台帳"), QStringLiteral("3C"));
        text += nativeRow(QStringLiteral("SOM-2"), QStringLiteral("文書"), QStringLiteral("9Z"));
        QVERIFY(writeFile(file, text.toUtf8()));
        ImportDialog dialog(m_reg->db(), file);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* encoding = dialog.findChild<QComboBox*>(QStringLiteral("encodingComboBox"));
        QVERIFY2(encoding->currentText().contains(QStringLiteral("UTF-8")),
                 qPrintable(encoding->currentText()));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTableWidget"));
        QCOMPARE(targetOf(table, QStringLiteral("機密性")), QStringLiteral("confidentiality"));

        auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("checkButton")),
                          Qt::LeftButton);
        QVERIFY(dialog.lastReport().errorCount() > 0);
        QVERIFY(!importButton->isEnabled());
        auto* report = dialog.findChild<QTableWidget*>(QStringLiteral("reportTableWidget"));
        bool located = false;
        for (int row = 0; row < report->rowCount(); ++row) {
            if (report->item(row, 3)->text() != QStringLiteral("Error"))
                continue;
            QCOMPARE(report->item(row, 3)->foreground().color(), QColor(0xc6, 0x28, 0x28));
            located = located || (report->item(row, 0)->text() == QStringLiteral("3") &&
                                  report->item(row, 1)->text() == QStringLiteral("7") &&
                                  report->item(row, 2)->text() == QStringLiteral("機密性"));
        }
        QVERIFY2(located, "the error names line 3, column 7 (機密性)");
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("error")), qPrintable(summary->text()));

        // Leaving out the name column is an error of the mapping, reported on the header line.
        setTarget(table, QStringLiteral("名称"), QString());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("checkButton")),
                          Qt::LeftButton);
        QVERIFY(!importButton->isEnabled());
        bool nameMissing = false;
        for (const ImportIssue& issue : dialog.lastReport().issues)
            nameMissing =
                nameMissing || (issue.line == 1 && issue.message.contains(QStringLiteral("name")));
        QVERIFY(nameMissing);
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0);
    }

    void cancelledImportChangesNothing() {
        const qint64 entriesBefore = AuditLog(m_reg->db()).count();
        const int rows = 1500;
        QString text = kNativeHeader;
        for (int i = 1; i <= rows; ++i)
            text += nativeRow(QStringLiteral("SOM-C-%1").arg(i), QStringLiteral("資産%1").arg(i),
                              QStringLiteral("3C"));
        const QString file = path(QStringLiteral("many.csv"));
        QVERIFY(writeFile(file, text.toUtf8()));
        ImportDialog dialog(m_reg->db(), file);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("checkButton")),
                          Qt::LeftButton);
        QVERIFY2(dialog.lastReport().errorCount() == 0,
                 qPrintable(dialog.lastReport().issues.value(0).text()));
        QCOMPARE(dialog.lastReport().added, rows);

        // Cancel once the importer is writing (the second half of the bar), as a user would.
        bool writing = false;
        QTimer watcher;
        watcher.setInterval(0);
        connect(&watcher, &QTimer::timeout, &dialog, [&] {
            auto* progress =
                dialog.findChild<QProgressDialog*>(QStringLiteral("importProgressDialog"));
            auto* bar = progress ? progress->findChild<QProgressBar*>() : nullptr;
            if (bar && bar->value() > bar->maximum() / 2) {
                writing = true;
                progress->cancel();
            }
        });
        watcher.start();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        watcher.stop();
        QVERIFY(writing);
        QVERIFY(dialog.lastReport().cancelled);
        QVERIFY(!dialog.lastReport().committed);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        QCOMPARE(AssetRepository(m_reg->db()).count(), 0);
        QCOMPARE(AuditLog(m_reg->db()).count(), entriesBefore);
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("cancelled")),
                 qPrintable(summary->text()));
        QVERIFY(m_messages.isEmpty());
        // Nothing changed, so the same import can be started again.
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    }

    void exportsTheSelectionAsCsvAndXlsx() {
        createAssets({QStringLiteral("SOM-1"), QStringLiteral("SOM-2"), QStringLiteral("SOM-3")});
        createAssets({QStringLiteral("SHI-1"), QStringLiteral("SHI-2")}, m_org.deptB);
        const QList<qint64> selected = idsOf({QStringLiteral("SOM-2"), QStringLiteral("SHI-1")});
        QCOMPARE(selected.size(), 2);
        AssetQuery filter;
        filter.departmentIds = {m_org.deptA};

        for (const bool xlsx : {false, true}) {
            ExportDialog dialog(m_reg->db(), filter, selected);
            auto* selection =
                dialog.findChild<QRadioButton*>(QStringLiteral("selectionRadioButton"));
            QVERIFY(selection && selection->isEnabled());
            QVERIFY(!selection->isChecked()); // the filter is the default
            QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("filterRadioButton"))
                        ->text()
                        .contains(QStringLiteral("3")));
            selection->setChecked(true);
            auto* format = dialog.findChild<QComboBox*>(QStringLiteral("formatComboBox"));
            format->setCurrentIndex(xlsx ? 1 : 0);
            auto* perDepartment =
                dialog.findChild<QCheckBox*>(QStringLiteral("sheetPerDepartmentCheckBox"));
            QCOMPARE(perDepartment->isEnabled(), xlsx);
            perDepartment->setChecked(xlsx);
            // Without a suffix: the dialog adds the format's.
            m_nextFile = path(xlsx ? QStringLiteral("out-xlsx") : QStringLiteral("out-csv"));
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                              Qt::LeftButton);
            QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            const QString written =
                m_nextFile + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
            QCOMPARE(dialog.exportedPath(), written);
            QCOMPARE(dialog.exportedCount(), 2);
            QVERIFY(m_filesAsked.size() == (xlsx ? 2 : 1));

            QString error;
            QStringList numbers;
            if (xlsx) {
                QFile file(written);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QStringList sheets = AssetImporter::xlsxSheets(&file, &error);
                QCOMPARE(sheets.size(), 2); // one per department
                for (int sheet = 0; sheet < sheets.size(); ++sheet) {
                    ImportTable table;
                    QVERIFY(file.seek(0));
                    QVERIFY2(AssetImporter::readXlsx(&file, sheet, &table, &error),
                             qPrintable(error));
                    QCOMPARE(table.rows.size(), 2); // header + one asset
                    numbers.append(table.rows[1].first());
                }
            } else {
                const QByteArray bytes = fileBytes(written);
                QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
                ImportTable table;
                TextEncoding used = TextEncoding::Auto;
                QVERIFY2(AssetImporter::readCsv(bytes, TextEncoding::Auto, &table, &used, &error),
                         qPrintable(error));
                QCOMPARE(table.rows.size(), 3); // header + the two selected
                numbers = {table.rows[1].first(), table.rows[2].first()};
            }
            numbers.sort();
            QCOMPARE(numbers, QStringList({QStringLiteral("SHI-1"), QStringLiteral("SOM-2")}));
        }
    }

    void failedExportSaysWhyAndKeepsTheOldFile() {
        createAssets({QStringLiteral("SOM-1")});
        {
            // A folder that does not exist.
            ExportDialog dialog(m_reg->db(), AssetQuery(), {});
            dialog.findChild<QRadioButton*>(QStringLiteral("wholeRegisterRadioButton"))
                ->setChecked(true);
            m_nextFile = path(QStringLiteral("missing/out.csv"));
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                              Qt::LeftButton);
            QCOMPARE(m_messages.size(), 1);
            QVERIFY2(m_messages.first().startsWith(QString::number(int(QMessageBox::Warning))),
                     qPrintable(m_messages.first()));
            QVERIFY(dialog.result() != QDialog::Accepted);
            QVERIFY(!QFile::exists(m_nextFile));
        }
        m_messages.clear();
        {
            // CP932 cannot hold an emoji: the exporter fails half-way, the old file stays.
            AssetRepository repo(m_reg->db());
            Asset asset =
                makeAsset(m_org, QStringLiteral("SOM-EMOJI"), QStringLiteral("絵文字🙂"));
            QVERIFY2(repo.create(asset), qPrintable(repo.lastError().message));
            const QString target = path(QStringLiteral("existing.csv"));
            QVERIFY(writeFile(target, "old contents\n"));
            ExportDialog dialog(m_reg->db(), AssetQuery(), {});
            dialog.findChild<QRadioButton*>(QStringLiteral("wholeRegisterRadioButton"))
                ->setChecked(true);
            auto* encoding = dialog.findChild<QComboBox*>(QStringLiteral("encodingComboBox"));
            encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Cp932)));
            m_nextFile = target;
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                              Qt::LeftButton);
            QCOMPARE(m_messages.size(), 1);
            QVERIFY2(m_messages.first().contains(QStringLiteral("SOM-EMOJI")),
                     qPrintable(m_messages.first()));
            QVERIFY(dialog.result() != QDialog::Accepted);
            QCOMPARE(fileBytes(target), QByteArray("old contents\n"));
            QCOMPARE(QDir(path(QString()))
                         .entryList({QStringLiteral("existing.csv*")}, QDir::Files | QDir::Hidden)
                         .size(),
                     1); // no temporary file left behind
        }
    }

    void printSetupSavesTheRegisterAsPdf() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(MasterDataRepository(m_reg->db())
                    .setSetting(QStringLiteral("organisation_name"), QStringLiteral("みなみ野市")));
        createAssets({QStringLiteral("SOM-1"), QStringLiteral("SOM-2")});
        createAssets({QStringLiteral("SHI-1")}, m_org.deptB);
        AssetQuery filter;
        filter.departmentIds = {m_org.deptA};
        RegisterPrintSetupDialog dialog(m_reg->db(), filter, {});
        QCOMPARE(dialog.columns(), PrintOptions::defaultColumns());
        const QString target = path(QStringLiteral("register.pdf"));
        m_nextFile = target;
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("pdfButton")),
                          Qt::LeftButton);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QVERIFY(fileBytes(target).startsWith("%PDF"));
        const QString text = pdfText(target);
        QVERIFY2(text.contains(QStringLiteral("情報資産管理台帳")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("みなみ野市")));
        QVERIFY(text.contains(QStringLiteral("総務課"))); // the one department of the filter
        QVERIFY(text.contains(QStringLiteral("SOM-2")));
        QVERIFY(!text.contains(QStringLiteral("SHI-1"))); // not in the filter
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("register.pdf")));

        // The whole register: every department, titled as such.
        dialog.findChild<QRadioButton*>(QStringLiteral("wholeRegisterRadioButton"))
            ->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("pdfButton")),
                          Qt::LeftButton);
        const QString whole = pdfText(target);
        QVERIFY(whole.contains(QStringLiteral("SHI-1")));
        QVERIFY2(whole.contains(QStringLiteral("全所管課")), qPrintable(whole));
    }

    void printPreviewPaintsTheRegister() {
        createAssets({QStringLiteral("SOM-1"), QStringLiteral("SOM-2")});
        RegisterPrintSetupDialog dialog(m_reg->db(), AssetQuery(), {});
        int pages = 0;
        QString dialogClass;
        prompts::hooks().exec = [&](QDialog* shown) {
            dialogClass = QString::fromLatin1(shown->metaObject()->className());
            if (auto* widget = shown->findChild<QPrintPreviewWidget*>()) {
                widget->updatePreview();
                pages = widget->pageCount();
            }
            return int(QDialog::Rejected);
        };
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("previewButton")),
                          Qt::LeftButton);
        QCOMPARE(dialogClass, QStringLiteral("QPrintPreviewDialog"));
        QVERIFY(pages >= 1);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    }

    void detailSheetPdf() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const qint64 id = createAssets({QStringLiteral("SOM-77")});
        const QString target = path(QStringLiteral("sheet.pdf"));
        m_nextFile = target;
        QVERIFY(saveDetailSheetPdf(m_reg->db(), id, nullptr));
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QVERIFY(m_filesAsked.size() == 1);
        const QString text = pdfText(target);
        QVERIFY2(text.contains(QStringLiteral("個票")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("SOM-77")));
        QVERIFY(!saveDetailSheetPdf(m_reg->db(), id + 1000, nullptr)); // no such asset
        QCOMPARE(m_messages.size(), 1);
    }
};

QTEST_MAIN(TestIoDialogs)
#include "tst_iodialogs.moc"
