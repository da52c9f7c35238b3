#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QVariant>

// How values the schema keeps as NULL, ISO dates and enum keys are bound and read, the same in
// every repository and on both back ends.
namespace assetreg::sql {

// 0 binds as NULL (an optional reference).
inline QVariant nullableId(qint64 id) {
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// An invalid date binds as NULL; dates are stored as ISO text (yyyy-MM-dd).
inline QVariant nullableDate(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

inline QDate dateFrom(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

template <typename E> E enumFrom(const QVariant& value, E fallback) {
    return parseEnum<E>(value.toString()).value_or(fallback);
}

} // namespace assetreg::sql
