#pragma once

#include "storage/StorageError.h"

#include <QCursor>
#include <QGuiApplication>
#include <QString>

class QLabel;
class QTableWidgetItem;
class QWidget;

// Small helpers the dialogs share.
namespace assetreg {

// The wait cursor for work the user waits on (reading thousands of assets, a report).
class BusyCursor {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

// A file name in the user's documents folder, the default place to save to.
QString documentsPath(const QString& fileName);
// The path with the suffix added when the user typed none.
QString withSuffix(QString path, const QString& suffix);
// A table cell the user can select and copy but not edit.
QTableWidgetItem* readOnlyItem(const QString& text);
// Master data carries both languages; Japanese is the source, English may be missing.
QString localText(const QString& ja, const QString& en);
// A hidden, word-wrapped label in the error colour, for a storage error under a form.
QLabel* errorLabel(const QString& objectName, QWidget* parent);
// Shows the error in such a label: every field's message, one per line, or else the message.
void showError(QLabel* label, const StorageError& error);

} // namespace assetreg
