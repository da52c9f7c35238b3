#include "Prompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>

namespace assetreg::prompts {

Hooks& hooks() {
    static Hooks instance;
    return instance;
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton) {
    if (hooks().question)
        return hooks().question(parent, title, text, buttons, defaultButton);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

namespace {
void message(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text) {
    if (hooks().message) {
        hooks().message(parent, icon, title, text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}
} // namespace

void information(QWidget* parent, const QString& title, const QString& text) {
    message(parent, QMessageBox::Information, title, text);
}
void warning(QWidget* parent, const QString& title, const QString& text) {
    message(parent, QMessageBox::Warning, title, text);
}
void critical(QWidget* parent, const QString& title, const QString& text) {
    message(parent, QMessageBox::Critical, title, text);
}

QString openFileName(QWidget* parent, const QString& title, const QString& dir,
                     const QString& filter) {
    if (hooks().openFile)
        return hooks().openFile(parent, title, dir, filter);
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString saveFileName(QWidget* parent, const QString& title, const QString& dir,
                     const QString& filter) {
    if (hooks().saveFile)
        return hooks().saveFile(parent, title, dir, filter);
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

int exec(QDialog* dialog) {
    if (hooks().exec)
        return hooks().exec(dialog);
    return dialog->exec();
}

std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                            const QString& value) {
    if (hooks().text)
        return hooks().text(parent, title, label, value);
    bool ok = false;
    const QString result =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, &ok);
    return ok ? std::optional<QString>(result) : std::nullopt;
}

} // namespace assetreg::prompts
