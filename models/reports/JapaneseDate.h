#pragma once

#include <QDate>
#include <QString>

// Dates in the Japanese era (和暦) for printed documents, formatted by ICU because QCalendar has
// no Japanese calendar (DOMAIN.md section 8).
namespace assetreg {

// 2019-05-01 → 令和元年5月1日; an invalid date gives an empty string.
QString toWareki(const QDate& date);
// 2026-03-31 → R8.3.31 (the narrow era letter, for tight cells); an invalid date gives "".
QString toWarekiShort(const QDate& date);

} // namespace assetreg
