#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

// Every modal question, message and file picker of the views goes through here, so that GUI
// tests can pre-answer them (set the hooks) instead of blocking on a real dialog.
namespace assetreg::prompts {

using QuestionHook = std::function<QMessageBox::StandardButton(
    QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)>;
using MessageHook = std::function<void(QWidget* parent, QMessageBox::Icon icon,
                                       const QString& title, const QString& text)>;
using TextHook = std::function<std::optional<QString>(QWidget* parent, const QString& title,
                                                      const QString& label, const QString& text)>;
// Runs a modal dialog; a test hook fills its widgets and returns QDialog::Accepted or Rejected.
using DialogHook = std::function<int(class QDialog* dialog)>;
using FileHook = std::function<QString(QWidget* parent, const QString& title, const QString& dir,
                                       const QString& filter)>;

// Empty hooks mean the real dialogs.
struct Hooks {
    QuestionHook question;
    MessageHook message;
    FileHook openFile;
    FileHook saveFile;
    TextHook text;
    DialogHook exec;
};
Hooks& hooks();

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                            QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::No);
void information(QWidget* parent, const QString& title, const QString& text);
void warning(QWidget* parent, const QString& title, const QString& text);
void critical(QWidget* parent, const QString& title, const QString& text);
QString openFileName(QWidget* parent, const QString& title, const QString& dir,
                     const QString& filter);
QString saveFileName(QWidget* parent, const QString& title, const QString& dir,
                     const QString& filter);
int exec(QDialog* dialog);
// A line of text; nullopt when cancelled.
std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                            const QString& text = QString());

} // namespace assetreg::prompts
