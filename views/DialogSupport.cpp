#include "DialogSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
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

QLabel* errorLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showError(QLabel* label, const StorageError& error) {
    QStringList messages;
    for (const FieldError& field : error.fieldErrors)
        messages.append(field.message);
    label->setText(messages.isEmpty() ? error.message : messages.join(QLatin1Char('\n')));
    label->show();
}

QString localText(const QString& ja, const QString& en) {
    return QLocale().language() == QLocale::Japanese || en.isEmpty() ? ja : en;
}

} // namespace assetreg
