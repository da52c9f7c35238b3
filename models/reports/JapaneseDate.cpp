#include "JapaneseDate.h"

#include <QDateTime>

#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

namespace assetreg {
namespace {

// Japan adopted the Gregorian calendar on 明治6年1月1日. ICU's Japanese calendar counts earlier
// dates in Gregorian days (and goes negative before 645), so such dates stay 西暦.
const QDate kGregorianAdoption(1873, 1, 1);

QString format(const QDate& date, const char16_t* pattern) {
    UErrorCode status = U_ZERO_ERROR;
    // The Japanese locale makes ICU print the first year of an era as 元 when the year is
    // followed by 年; the narrow era (GGGGG) prints as R, H, S.
    const icu::Locale locale("ja_JP@calendar=japanese");
    icu::SimpleDateFormat formatter(icu::UnicodeString(pattern), locale, status);
    if (U_FAILURE(status))
        return {};
    // Noon UTC formatted in UTC: no time zone can move the day.
    formatter.adoptTimeZone(icu::TimeZone::getGMT()->clone());
    const auto udate =
        static_cast<UDate>(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    icu::UnicodeString out;
    formatter.format(udate, out);
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(out.getBuffer()), out.length());
}

} // namespace

QString toWareki(const QDate& date) {
    if (!date.isValid())
        return {};
    if (date < kGregorianAdoption)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return format(date, u"GGGGy年M月d日");
}

QString toWarekiShort(const QDate& date) {
    if (!date.isValid())
        return {};
    if (date < kGregorianAdoption)
        return QStringLiteral("%1.%2.%3").arg(date.year()).arg(date.month()).arg(date.day());
    return format(date, u"GGGGGy.M.d");
}

} // namespace assetreg
