#include "AssetTextCodec.h"

#include "domain/AssetFields.h"
#include "domain/Normalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

namespace assetreg {
namespace {

std::optional<bool> parseBool(const QString& text) {
    const QString key = foldKey(text);
    static const QStringList yes{QStringLiteral("YES"),  QStringLiteral("TRUE"),
                                 QStringLiteral("1"),    QStringLiteral("Y"),
                                 QStringLiteral("はい"), QStringLiteral("有"),
                                 QStringLiteral("あり"), QStringLiteral("○")};
    static const QStringList no{
        QStringLiteral("NO"),   QStringLiteral("FALSE"),  QStringLiteral("0"),
        QStringLiteral("N"),    QStringLiteral("いいえ"), QStringLiteral("無"),
        QStringLiteral("なし"), QStringLiteral(""),       QStringLiteral("-")};
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

QStringList splitList(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,、，;；\\n]"));
    QStringList parts;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts;
}

template <typename E>
bool setEnum(E& target, const QString& value, const QString& label, QString* error) {
    const auto parsed = parseEnum<E>(value);
    if (!parsed) {
        QStringList allowed;
        for (E e : EnumTraits<E>::all())
            allowed.append(toKey(e));
        *error = AssetTextCodec::tr("%1: \"%2\" is not one of %3.")
                     .arg(label, value, allowed.join(QLatin1String(", ")));
        return false;
    }
    target = *parsed;
    return true;
}

} // namespace

AssetTextCodec::AssetTextCodec(const ReferenceData& reference)
    : m_ref(reference) {
}

bool AssetTextCodec::setField(Asset& a, const QString& key, const QString& rawValue,
                              QString* error) const {
    const AssetField* field = assetField(key);
    if (!field) {
        *error = tr("Unknown field \"%1\".").arg(key);
        return false;
    }
    const QString label = field->translatedLabel();
    const QString value = rawValue.trimmed();
    auto personId = [&](qint64& target) {
        if (value.isEmpty()) {
            target = 0;
            return true;
        }
        const Person* person = m_ref.personByLoginOrName(value);
        if (!person) {
            *error =
                tr("%1: nobody with the login or name \"%2\" is registered.").arg(label, value);
            return false;
        }
        target = person->id;
        return true;
    };
    auto setBool = [&](bool& target) {
        const auto parsed = parseBool(value);
        if (!parsed) {
            *error = tr("%1: \"%2\" is not yes or no.").arg(label, value);
            return false;
        }
        target = *parsed;
        return true;
    };
    auto setDate = [&](QDate& target) {
        if (value.isEmpty()) {
            target = QDate();
            return true;
        }
        QString normalized = value.normalized(QString::NormalizationForm_KC);
        normalized.replace(QLatin1Char('/'), QLatin1Char('-'));
        const QDate date = QDate::fromString(normalized, QStringLiteral("yyyy-M-d"));
        if (!date.isValid()) {
            *error = tr("%1: \"%2\" is not a date (use 2026-03-31).").arg(label, value);
            return false;
        }
        target = date;
        return true;
    };

    if (key == QLatin1String("asset_number"))
        a.assetNumber = value;
    else if (key == QLatin1String("name"))
        a.name = value;
    else if (key == QLatin1String("category")) {
        bool ok = false;
        const int number =
            foldKey(value).remove(QLatin1Char('(')).remove(QLatin1Char(')')).toInt(&ok);
        if (ok && number >= 1 && number <= 3)
            a.category = AssetCategory(number);
        else if (!setEnum(a.category, value, label, error))
            return false;
    } else if (key == QLatin1String("sub_type")) {
        const AssetType* type = m_ref.assetType(value);
        if (!type) {
            QStringList codes;
            for (const AssetType& t : m_ref.assetTypes)
                codes.append(t.code);
            *error = tr("%1: unknown type \"%2\" (one of %3).")
                         .arg(label, value, codes.join(QLatin1String(", ")));
            return false;
        }
        a.subType = type->code;
        a.category = type->category;
    } else if (key == QLatin1String("description"))
        a.description = value;
    else if (key == QLatin1String("department")) {
        const Department* dept = m_ref.departmentByCode(value);
        if (!dept) {
            *error = tr("%1: unknown department \"%2\".").arg(label, value);
            return false;
        }
        a.departmentId = dept->id;
    } else if (key == QLatin1String("section")) {
        if (value.isEmpty()) {
            a.sectionId = 0;
        } else {
            const Section* found = nullptr;
            for (const Section& s : m_ref.sections) {
                if (foldKey(s.code) == foldKey(value) || s.nameJa == value) {
                    found = &s;
                    break;
                }
            }
            if (!found) {
                *error = tr("%1: unknown section \"%2\".").arg(label, value);
                return false;
            }
            a.sectionId = found->id;
        }
    } else if (key == QLatin1String("owner"))
        return personId(a.ownerId);
    else if (key == QLatin1String("custodian"))
        return personId(a.custodianId);
    else if (key == QLatin1String("user_scope"))
        a.userScope = value;
    else if (key == QLatin1String("medium"))
        return setEnum(a.medium, value, label, error);
    else if (key == QLatin1String("location"))
        a.location = value;
    else if (key == QLatin1String("segment"))
        return setEnum(a.segment, value, label, error);
    else if (key == QLatin1String("lives_on"))
        a.livesOnNumbers = splitList(value);
    else if (key == QLatin1String("scheme")) {
        const ClassificationScheme* scheme = m_ref.scheme(value);
        if (!scheme) {
            *error = tr("%1: unknown classification scheme \"%2\".").arg(label, value);
            return false;
        }
        a.schemeCode = scheme->code;
    } else if (key == QLatin1String("confidentiality"))
        a.confidentiality = value;
    else if (key == QLatin1String("integrity"))
        a.integrity = value;
    else if (key == QLatin1String("availability"))
        a.availability = value;
    else if (key == QLatin1String("classification_note"))
        a.classificationNote = value;
    else if (key == QLatin1String("override_reason"))
        a.overrideReason = value;
    else if (key == QLatin1String("restrictions")) {
        a.restrictions.clear();
        for (const QString& item : splitList(value)) {
            // "recovery_time=24時間" or "〇〇以内復旧(24時間)"
            QString code = item;
            QString parameter;
            const int eq = int(item.indexOf(QLatin1Char('=')));
            const int paren = int(item.indexOf(QLatin1Char('(')));
            if (eq > 0) {
                code = item.left(eq);
                parameter = item.mid(eq + 1);
            } else if (paren > 0 && item.endsWith(QLatin1Char(')'))) {
                code = item.left(paren);
                parameter = item.mid(paren + 1, item.size() - paren - 2);
            }
            const HandlingRestriction* known = m_ref.restriction(code.trimmed());
            if (!known) {
                *error = tr("%1: unknown handling restriction \"%2\".").arg(label, code.trimmed());
                return false;
            }
            a.restrictions.append({known->code, parameter.trimmed()});
        }
    } else if (key == QLatin1String("personal_info"))
        return setEnum(a.personalInfo, value, label, error);
    else if (key == QLatin1String("outsourced"))
        return setBool(a.outsourced);
    else if (key == QLatin1String("contractor"))
        a.contractor = value;
    else if (key == QLatin1String("contract_number"))
        a.contractNumber = value;
    else if (key == QLatin1String("cloud_service"))
        return setBool(a.cloudService);
    else if (key == QLatin1String("cloud_service_name"))
        a.cloudServiceName = value;
    else if (key == QLatin1String("cloud_certification"))
        a.cloudCertification = value;
    else if (key == QLatin1String("retention"))
        a.retention = value;
    else if (key == QLatin1String("disposal_method"))
        a.disposalMethod = value;
    else if (key == QLatin1String("status"))
        return setEnum(a.status, value, label, error);
    else if (key == QLatin1String("status_date"))
        return setDate(a.statusDate);
    else if (key == QLatin1String("status_reason"))
        a.statusReason = value;
    else if (key == QLatin1String("disposal_witness"))
        a.disposalWitness = value;
    else if (key == QLatin1String("review_state"))
        return setEnum(a.reviewState, value, label, error);
    else if (key == QLatin1String("last_reviewed_on"))
        return setDate(a.lastReviewedOn);
    return true;
}

QList<FieldError> AssetTextCodec::fromJson(Asset& asset, const QJsonObject& object) const {
    QList<FieldError> errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString value;
        const QJsonValue v = it.value();
        if (v.isString())
            value = v.toString();
        else if (v.isBool())
            value = v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        else if (v.isDouble())
            value = QString::number(v.toDouble());
        else if (v.isArray()) {
            QStringList items;
            for (const QJsonValue& item : v.toArray())
                items.append(item.isString() ? item.toString() : QString::number(item.toDouble()));
            value = items.join(QLatin1Char(','));
        } else if (!v.isNull()) {
            errors.append({it.key(), tr("%1: expected text, a number or a list.").arg(it.key())});
            continue;
        }
        QString error;
        if (!setField(asset, it.key(), value, &error))
            errors.append({it.key(), error});
    }
    return errors;
}

QString AssetTextCodec::text(const Asset& asset, const QString& key) const {
    const AssetField* field = assetField(key);
    return field ? field->text(asset, m_ref) : QString();
}

QJsonObject AssetTextCodec::toJson(const Asset& asset) const {
    QJsonObject object;
    for (const AssetField& field : assetFields())
        object.insert(QString::fromLatin1(field.key), field.text(asset, m_ref));
    object.insert(QStringLiteral("label"), asset.classificationLabel());
    object.insert(QStringLiteral("version"), asset.version);
    object.insert(QStringLiteral("updated_at"), asset.updatedAt.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("updated_by"), asset.updatedBy);
    return object;
}

} // namespace assetreg
