#pragma once

#include <QDateTime>

// The application's notion of "now". Tests fix it so that dates in records, reports and review
// due dates are reproducible.
namespace assetreg {

class Clock {
public:
    static QDateTime nowUtc();
    static QDate today();                       // local date
    static void setFixed(const QDateTime& utc); // invalid QDateTime returns to the system clock
};

} // namespace assetreg
