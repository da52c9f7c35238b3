#include "ColumnMapping.h"

#include "domain/AssetFields.h"
#include "domain/Normalize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

namespace assetreg {

QString ColumnMapping::headerKey(const QString& header) {
    QString key = foldKey(header);
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('\n'));
    key.remove(QLatin1Char('\r'));
    return key;
}

ColumnMapping ColumnMapping::nativeMapping() {
    ColumnMapping mapping;
    mapping.name = QStringLiteral("native");
    mapping.native = true;
    // Japanese labels whatever the UI language, so that a Japanese export imports anywhere.
    QTranslator japanese;
    const bool haveJapanese = japanese.load(QStringLiteral(":/i18n/assetreg_ja"));
    for (const AssetField& field : assetFields()) {
        const QString key = QString::fromLatin1(field.key);
        mapping.rules.append({key, key});
        mapping.rules.append({QString::fromUtf8(field.label), key});
        mapping.rules.append({field.translatedLabel(), key});
        if (haveJapanese)
            mapping.rules.append({japanese.translate("AssetField", field.label), key});
    }
    return mapping;
}

ColumnMapping ColumnMapping::ipaMapping() {
    ColumnMapping mapping;
    mapping.name = QStringLiteral("ipa");
    const QList<QPair<const char*, const char*>> rules{
        {"管理番号", "asset_number"},
        {"業務分類", MappingTarget::kDescriptionNote},
        {"情報資産名称", "name"},
        {"情報資産名", "name"},
        {"備考", MappingTarget::kDescriptionNote},
        {"利用者範囲", "user_scope"},
        {"管理部署", "department"},
        {"媒体・保存先", MappingTarget::kMediumAndLocation},
        {"媒体/保存先", MappingTarget::kMediumAndLocation},
        {"個人情報", MappingTarget::kPersonalFlag},
        {"要配慮個人情報", MappingTarget::kSensitiveFlag},
        {"特定個人情報", MappingTarget::kMyNumberFlag},
        {"機密性", "confidentiality"},
        {"機密性評価値", "confidentiality"},
        {"完全性", "integrity"},
        {"完全性評価値", "integrity"},
        {"可用性", "availability"},
        {"可用性評価値", "availability"},
        {"重要度", MappingTarget::kIgnore},
        {"保存期限", "retention"},
        {"保存期間", "retention"},
        {"登録日", MappingTarget::kDescriptionNote},
    };
    for (const auto& [header, target] : rules)
        mapping.rules.append({QString::fromUtf8(header), QString::fromLatin1(target)});
    return mapping;
}

QStringList ColumnMapping::resolve(const QStringList& headers) const {
    QStringList targets;
    for (const QString& header : headers) {
        const QString key = headerKey(header);
        QString target;
        for (const ColumnRule& rule : rules) {
            if (!key.isEmpty() && headerKey(rule.header) == key) {
                target = rule.target;
                break;
            }
        }
        // One column per field: a second column for the same field is left out (reported).
        if (!target.isEmpty() && !target.startsWith(QLatin1Char('+')) && targets.contains(target))
            target.clear();
        targets.append(target);
    }
    return targets;
}

bool ColumnMapping::save(QIODevice* device, QString* error) const {
    QJsonArray columns;
    for (const ColumnRule& rule : rules)
        columns.append(QJsonObject{{QStringLiteral("header"), rule.header},
                                   {QStringLiteral("field"), rule.target}});
    const QJsonObject root{{QStringLiteral("name"), name}, {QStringLiteral("columns"), columns}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (device->write(bytes) != bytes.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

bool ColumnMapping::load(QIODevice* device, ColumnMapping* mapping, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(device->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The mapping file is not valid JSON: %1 (offset %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    ColumnMapping result;
    result.name = doc.object().value(QStringLiteral("name")).toString();
    const QJsonArray columns = doc.object().value(QStringLiteral("columns")).toArray();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonObject column = columns[i].toObject();
        const QString header = column.value(QStringLiteral("header")).toString();
        const QString field = column.value(QStringLiteral("field")).toString();
        const bool known = field.isEmpty() || assetField(field) ||
                           field == QLatin1String(MappingTarget::kDescriptionNote) ||
                           field == QLatin1String(MappingTarget::kMediumAndLocation) ||
                           field.startsWith(QLatin1String("personal_flag:"));
        if (header.isEmpty() || !known) {
            *error = tr("The mapping file's column %1 is incomplete or names an unknown field "
                        "\"%2\".")
                         .arg(i + 1)
                         .arg(field);
            return false;
        }
        result.rules.append({header, field});
    }
    if (result.rules.isEmpty()) {
        *error = tr("The mapping file maps no columns.");
        return false;
    }
    *mapping = result;
    return true;
}

} // namespace assetreg
