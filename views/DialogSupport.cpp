#include "DialogSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTableWidgetItem>

namespace assetreg {

QString documentsPath(const QString& fileName) {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(fileName);
}

QString withSuffix(QString path, const QString& suffix) {
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

QTableWidgetItem* readOnlyItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString localText(const QString& ja, const QString& en) {
    return QLocale().language() == QLocale::Japanese || en.isEmpty() ? ja : en;
}

} // namespace assetreg
