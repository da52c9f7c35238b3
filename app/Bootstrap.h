#pragma once

#include <QLocale>
#include <QString>

// Start-up shared by the GUI and the CLI: application identity, translations, where the
// embedded default register lives.
namespace assetreg::bootstrap {

void setApplicationIdentity();

// Japanese when the system locale is Japanese (or `language` is "ja"), English otherwise.
// Installs the application's and Qt's own translators; returns the language used.
QString installTranslators(const QString& language = QString());

// ~/.local/share/assetreg/register.db on Linux (QStandardPaths::AppDataLocation).
QString defaultRegisterPath();

} // namespace assetreg::bootstrap
