#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Fixed vocabularies of the register, each stored by a stable ASCII key. Display labels are
// translated through tr(); parsing accepts the key, the English label and the Japanese label
// (after NFKC), so CLI and import users can type either language.
namespace assetreg {

enum class AssetCategory { Infrastructure = 1, Information = 2, SystemDocument = 3 };
enum class Medium { Electronic, Paper, Both };
enum class Segment { MyNumber, Lgwan, Internet, None };
enum class PersonalInfo { None, Personal, Sensitive, MyNumber };
enum class AssetStatus { InUse, Retired, Disposed };
enum class ReviewState {
    Draft,
    Submitted,
    SectionApproved,
    Approved,
    Returned,
    ChangedSinceApproval
};
enum class Axis { Confidentiality, Integrity, Availability };
// How a risk is dealt with (DOMAIN.md section 7); None until someone decides.
enum class Treatment { None, Reduce, Avoid, Transfer, Accept };

template <typename E> struct EnumTraits;

#define ASSETREG_DECLARE_ENUM(E)                                                                   \
    QString toKey(E value);                                                                        \
    QString displayName(E value);                                                                  \
    template <> struct EnumTraits<E> {                                                             \
        static std::optional<E> parse(const QString& text);                                        \
        static QList<E> all();                                                                     \
    };

ASSETREG_DECLARE_ENUM(AssetCategory)
ASSETREG_DECLARE_ENUM(Medium)
ASSETREG_DECLARE_ENUM(Segment)
ASSETREG_DECLARE_ENUM(PersonalInfo)
ASSETREG_DECLARE_ENUM(AssetStatus)
ASSETREG_DECLARE_ENUM(ReviewState)
ASSETREG_DECLARE_ENUM(Axis)
ASSETREG_DECLARE_ENUM(Treatment)

#undef ASSETREG_DECLARE_ENUM

template <typename E> std::optional<E> parseEnum(const QString& text) {
    return EnumTraits<E>::parse(text);
}

// The one-letter axis prefix used in labels such as C3B-I2-A2.
QChar axisLetter(Axis axis);

} // namespace assetreg
