#include "Clock.h"

#include <atomic>

namespace assetreg {
namespace {
std::atomic<qint64> g_fixedMsecs{0}; // 0 = not fixed
}

QDateTime Clock::nowUtc() {
    const qint64 fixed = g_fixedMsecs.load();
    return fixed ? QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

QDate Clock::today() {
    return nowUtc().toLocalTime().date();
}

void Clock::setFixed(const QDateTime& utc) {
    g_fixedMsecs.store(utc.isValid() ? utc.toMSecsSinceEpoch() : 0);
}

} // namespace assetreg
