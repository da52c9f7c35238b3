#include "Enums.h"

#include "Normalize.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace assetreg {
namespace {

template <typename E> struct Entry {
    E value;
    const char* key;
    const char* english; // translatable source text, context "Enum"
    const char* japanese;
};

constexpr std::array categories{
    Entry<AssetCategory>{AssetCategory::Infrastructure, "infrastructure",
                         QT_TRANSLATE_NOOP("Enum", "(1) Networks, systems, facilities and media"),
                         "(1) ネットワーク・情報システム・設備・電磁的記録媒体"},
    Entry<AssetCategory>{AssetCategory::Information, "information",
                         QT_TRANSLATE_NOOP("Enum", "(2) Information (printed copies included)"),
                         "(2) 情報（印刷した文書を含む）"},
    Entry<AssetCategory>{AssetCategory::SystemDocument, "document",
                         QT_TRANSLATE_NOOP("Enum", "(3) System documents"), "(3) システム関連文書"},
};

constexpr std::array media{
    Entry<Medium>{Medium::Electronic, "electronic", QT_TRANSLATE_NOOP("Enum", "Electronic"),
                  "電子"},
    Entry<Medium>{Medium::Paper, "paper", QT_TRANSLATE_NOOP("Enum", "Paper"), "紙"},
    Entry<Medium>{Medium::Both, "both", QT_TRANSLATE_NOOP("Enum", "Electronic and paper"),
                  "電子・紙"},
};

constexpr std::array segments{
    Entry<Segment>{Segment::MyNumber, "mynumber", QT_TRANSLATE_NOOP("Enum", "My Number segment"),
                   "マイナンバー利用事務系"},
    Entry<Segment>{Segment::Lgwan, "lgwan", QT_TRANSLATE_NOOP("Enum", "LGWAN segment"),
                   "LGWAN接続系"},
    Entry<Segment>{Segment::Internet, "internet", QT_TRANSLATE_NOOP("Enum", "Internet segment"),
                   "インターネット接続系"},
    Entry<Segment>{Segment::None, "none", QT_TRANSLATE_NOOP("Enum", "Not networked"),
                   "ネットワーク非接続"},
};

constexpr std::array personalInfos{
    Entry<PersonalInfo>{PersonalInfo::None, "none", QT_TRANSLATE_NOOP("Enum", "None"), "なし"},
    Entry<PersonalInfo>{PersonalInfo::Personal, "personal",
                        QT_TRANSLATE_NOOP("Enum", "Personal information"), "個人情報"},
    Entry<PersonalInfo>{PersonalInfo::Sensitive, "sensitive",
                        QT_TRANSLATE_NOOP("Enum", "Sensitive personal information"),
                        "要配慮個人情報"},
    Entry<PersonalInfo>{PersonalInfo::MyNumber, "mynumber",
                        QT_TRANSLATE_NOOP("Enum", "My Number (specific personal) information"),
                        "特定個人情報"},
};

constexpr std::array statuses{
    Entry<AssetStatus>{AssetStatus::InUse, "in_use", QT_TRANSLATE_NOOP("Enum", "In use"), "使用中"},
    Entry<AssetStatus>{AssetStatus::Retired, "retired", QT_TRANSLATE_NOOP("Enum", "Retired"),
                       "利用終了"},
    Entry<AssetStatus>{AssetStatus::Disposed, "disposed", QT_TRANSLATE_NOOP("Enum", "Disposed"),
                       "廃棄済"},
};

constexpr std::array reviewStates{
    Entry<ReviewState>{ReviewState::Draft, "draft", QT_TRANSLATE_NOOP("Enum", "Draft"), "下書き"},
    Entry<ReviewState>{ReviewState::Submitted, "submitted", QT_TRANSLATE_NOOP("Enum", "Submitted"),
                       "審査待ち"},
    Entry<ReviewState>{ReviewState::SectionApproved, "section_approved",
                       QT_TRANSLATE_NOOP("Enum", "Approved by the section head"), "所属長承認済"},
    Entry<ReviewState>{ReviewState::Approved, "approved", QT_TRANSLATE_NOOP("Enum", "Approved"),
                       "承認済"},
    Entry<ReviewState>{ReviewState::Returned, "returned", QT_TRANSLATE_NOOP("Enum", "Returned"),
                       "差戻し"},
    Entry<ReviewState>{ReviewState::ChangedSinceApproval, "changed",
                       QT_TRANSLATE_NOOP("Enum", "Changed since approval"), "承認後変更あり"},
};

constexpr std::array axes{
    Entry<Axis>{Axis::Confidentiality, "C", QT_TRANSLATE_NOOP("Enum", "Confidentiality"), "機密性"},
    Entry<Axis>{Axis::Integrity, "I", QT_TRANSLATE_NOOP("Enum", "Integrity"), "完全性"},
    Entry<Axis>{Axis::Availability, "A", QT_TRANSLATE_NOOP("Enum", "Availability"), "可用性"},
};

constexpr std::array treatments{
    Entry<Treatment>{Treatment::None, "", QT_TRANSLATE_NOOP("Enum", "Undecided"), "未定"},
    Entry<Treatment>{Treatment::Reduce, "reduce", QT_TRANSLATE_NOOP("Enum", "Reduce"), "低減"},
    Entry<Treatment>{Treatment::Avoid, "avoid", QT_TRANSLATE_NOOP("Enum", "Avoid"), "回避"},
    Entry<Treatment>{Treatment::Transfer, "transfer", QT_TRANSLATE_NOOP("Enum", "Transfer"),
                     "移転"},
    Entry<Treatment>{Treatment::Accept, "accept", QT_TRANSLATE_NOOP("Enum", "Accept"), "受容"},
};

template <typename E, std::size_t N>
const Entry<E>* findEntry(const std::array<Entry<E>, N>& table, E value) {
    for (const auto& entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template <typename E, std::size_t N>
std::optional<E> parseIn(const std::array<Entry<E>, N>& table, const QString& text) {
    // Imports ask the same few spellings on every row: remember what the language-independent
    // spellings (key, English, Japanese) resolved to; only the UI translation is asked afresh.
    thread_local QHash<QString, int> known;
    if (const auto it = known.constFind(text); it != known.constEnd())
        return *it < 0 ? std::nullopt : std::optional<E>(table[std::size_t(*it)].value);
    const QString wanted = foldKey(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (std::size_t i = 0; i < N; ++i) {
        const auto& entry = table[i];
        if (wanted == foldKey(QString::fromLatin1(entry.key)) ||
            wanted == foldKey(QString::fromUtf8(entry.english)) ||
            wanted == foldKey(QString::fromUtf8(entry.japanese))) {
            if (known.size() < 1024)
                known.insert(text, int(i));
            return entry.value;
        }
    }
    for (const auto& entry : table) {
        if (wanted == foldKey(QCoreApplication::translate("Enum", entry.english)))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> valuesOf(const std::array<Entry<E>, N>& table) {
    QList<E> result;
    for (const auto& entry : table)
        result.append(entry.value);
    return result;
}

} // namespace

#define ASSETREG_DEFINE_ENUM(E, table)                                                             \
    QString toKey(E value) {                                                                       \
        const auto* entry = findEntry(table, value);                                               \
        return entry ? QString::fromLatin1(entry->key) : QString();                                \
    }                                                                                              \
    QString displayName(E value) {                                                                 \
        const auto* entry = findEntry(table, value);                                               \
        return entry ? QCoreApplication::translate("Enum", entry->english) : QString();            \
    }                                                                                              \
    std::optional<E> EnumTraits<E>::parse(const QString& text) {                                   \
        return parseIn(table, text);                                                               \
    }                                                                                              \
    QList<E> EnumTraits<E>::all() {                                                                \
        return valuesOf(table);                                                                    \
    }

ASSETREG_DEFINE_ENUM(AssetCategory, categories)
ASSETREG_DEFINE_ENUM(Medium, media)
ASSETREG_DEFINE_ENUM(Segment, segments)
ASSETREG_DEFINE_ENUM(PersonalInfo, personalInfos)
ASSETREG_DEFINE_ENUM(AssetStatus, statuses)
ASSETREG_DEFINE_ENUM(ReviewState, reviewStates)
ASSETREG_DEFINE_ENUM(Axis, axes)
ASSETREG_DEFINE_ENUM(Treatment, treatments)

#undef ASSETREG_DEFINE_ENUM

QChar axisLetter(Axis axis) {
    switch (axis) {
    case Axis::Confidentiality:
        return QLatin1Char('C');
    case Axis::Integrity:
        return QLatin1Char('I');
    case Axis::Availability:
        return QLatin1Char('A');
    }
    return QLatin1Char('?');
}

} // namespace assetreg
