#pragma once

#include "storage/ConnectionSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

class QWidget;

// Opening a register from the GUI: says why one cannot be opened and, when its file is damaged
// and an automatic backup of it exists, offers to restore that backup.
namespace assetreg {

class RegisterOpener {
    Q_DECLARE_TR_FUNCTIONS(assetreg::RegisterOpener)

public:
    // Opens and migrates `db`, taking the day's automatic backup. On failure tells the user
    // (through prompts) and, for a damaged file, offers the latest automatic backup; true when a
    // register is open.
    static bool open(QWidget* parent, Database& db, const ConnectionSettings& settings,
                     Database::OpenMode mode);
};

} // namespace assetreg
