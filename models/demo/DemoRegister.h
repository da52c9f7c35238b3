#pragma once

#include <QCoreApplication>

#include <QString>

// Fills an empty register with the demo register of a fictional city: organs (第4条),
// departments, sections, people and several hundred assets covering every category, segment
// and level. Deterministic for a given seed and Clock.
namespace assetreg {

class Database;

class DemoRegister {
    Q_DECLARE_TR_FUNCTIONS(assetreg::DemoRegister)

public:
    struct Options {
        quint32 seed = 20260331;
        bool assets = true; // false: the organisation and its people only
    };
    // All in one transaction: on failure nothing is left behind and *error says why.
    static bool populate(Database& db, QString* error, const Options& options);
    static bool populate(Database& db, QString* error) { return populate(db, error, Options{}); }
};

} // namespace assetreg
