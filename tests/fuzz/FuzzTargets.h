#pragma once

#include <QByteArray>
#include <QString>

// What each fuzz target does with one input, shared by the libFuzzer entry points and by the
// unit test that replays every crash ever found (tst_fuzzcrashes), so a fixed crash stays fixed
// in the ordinary build too. Each returns an empty string when the code behaved, else what
// contract it broke (a crash or sanitizer report ends the process before that).
namespace assetreg::fuzz {

// CSV import: encoding detection and decoding (every encoding), delimiter detection, parsing,
// then every cell read as the register field of its column.
QString csv(const QByteArray& bytes);
// XLSX import: open, list the sheets and read each one.
QString xlsx(const QByteArray& bytes);
// The bytes as an SQLite register file in a temporary folder, opened: refused with a message,
// or opened and readable. Never a crash, and refused files keep their bytes.
QString database(const QByteArray& bytes);

} // namespace assetreg::fuzz
