#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

// Which column of an imported file fills which field of the register. Built in: our own export
// ("native", headers as field keys or labels in either language) and the IPA ledger layout
// (情報資産管理台帳 of the IPA guideline's appendix 7). Users can save their own as JSON.
namespace assetreg {

// Targets beyond the AssetField keys, for columns that fill several fields or need converting.
namespace MappingTarget {
inline constexpr const char* kIgnore = "";
inline constexpr const char* kDescriptionNote = "+description";      // appended as "見出し: 値"
inline constexpr const char* kMediumAndLocation = "medium_location"; // 紙/電子 and where
inline constexpr const char* kPersonalFlag = "personal_flag:personal";
inline constexpr const char* kSensitiveFlag = "personal_flag:sensitive";
inline constexpr const char* kMyNumberFlag = "personal_flag:mynumber";
} // namespace MappingTarget

struct ColumnRule {
    QString header; // as it appears in the file (compared after NFKC, spaces removed)
    QString target; // AssetField key or a MappingTarget
};

class ColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(assetreg::ColumnMapping)

public:
    QString name;
    QList<ColumnRule> rules;
    // Our own export: the headers are translated labels or keys, vocabulary values are
    // displayed names; a leading apostrophe added against formula injection is removed.
    bool native = false;

    static ColumnMapping nativeMapping();
    static ColumnMapping ipaMapping();

    // The target of each file column ("" when nothing takes it).
    QStringList resolve(const QStringList& headers) const;

    // Saved mappings: {"name": …, "columns": [{"header": …, "field": …}, …]}
    bool save(QIODevice* device, QString* error) const;
    static bool load(QIODevice* device, ColumnMapping* mapping, QString* error);

    static QString headerKey(const QString& header);
};

} // namespace assetreg
