#include "AssetFields.h"

#include <QCoreApplication>
#include <QHash>

namespace assetreg {

void noteChange(QList<FieldChange>* changes, const char* key, const QString& before,
                const QString& after) {
    if (before != after)
        changes->append({QString::fromLatin1(key), before, after});
}
namespace {

QString yesNo(bool value) {
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString yesNoText(bool value) {
    return value ? QCoreApplication::translate("AssetField", "Yes")
                 : QCoreApplication::translate("AssetField", "No");
}

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString personText(qint64 id, const ReferenceData& ref) {
    if (id == 0)
        return {};
    const Person* person = ref.person(id);
    return person ? person->name : QStringLiteral("#%1").arg(id);
}

QString departmentText(qint64 id, const ReferenceData& ref) {
    if (id == 0)
        return {};
    const Department* dept = ref.department(id);
    return dept ? dept->code + QLatin1Char(' ') + dept->nameJa : QStringLiteral("#%1").arg(id);
}

QString sectionText(qint64 id, const ReferenceData& ref) {
    if (id == 0)
        return {};
    const Section* section = ref.section(id);
    return section ? section->nameJa : QStringLiteral("#%1").arg(id);
}

using R = const ReferenceData&;

QList<AssetField> buildFields() {
    return {
        {"asset_number", QT_TRANSLATE_NOOP("AssetField", "Asset number"),
         [](const Asset& a, R) {
             return a.assetNumber;
         }},
        {"name", QT_TRANSLATE_NOOP("AssetField", "Name"),
         [](const Asset& a, R) {
             return a.name;
         }},
        {"category", QT_TRANSLATE_NOOP("AssetField", "Category"),
         [](const Asset& a, R) { return toKey(a.category); },
         [](const Asset& a, R) {
             return displayName(a.category);
         }},
        {"sub_type", QT_TRANSLATE_NOOP("AssetField", "Type"),
         [](const Asset& a, R) { return a.subType; },
         [](const Asset& a, R ref) {
             const AssetType* type = ref.assetType(a.subType);
             return type ? localisedName(type->nameJa, type->nameEn) : a.subType;
         }},
        {"description", QT_TRANSLATE_NOOP("AssetField", "Description"),
         [](const Asset& a, R) {
             return a.description;
         }},
        {"department", QT_TRANSLATE_NOOP("AssetField", "Department"),
         [](const Asset& a, R ref) { return departmentText(a.departmentId, ref); },
         [](const Asset& a, R ref) {
             const Department* d = ref.department(a.departmentId);
             return d ? localisedName(d->nameJa, d->nameEn) : QString();
         }},
        {"section", QT_TRANSLATE_NOOP("AssetField", "Section"),
         [](const Asset& a, R ref) { return sectionText(a.sectionId, ref); },
         [](const Asset& a, R ref) {
             const Section* s = ref.section(a.sectionId);
             return s ? localisedName(s->nameJa, s->nameEn) : QString();
         }},
        {"owner", QT_TRANSLATE_NOOP("AssetField", "Owner"),
         [](const Asset& a, R ref) {
             return personText(a.ownerId, ref);
         }},
        {"custodian", QT_TRANSLATE_NOOP("AssetField", "Custodian"),
         [](const Asset& a, R ref) {
             return personText(a.custodianId, ref);
         }},
        {"user_scope", QT_TRANSLATE_NOOP("AssetField", "Users"),
         [](const Asset& a, R) {
             return a.userScope;
         }},
        {"medium", QT_TRANSLATE_NOOP("AssetField", "Medium"),
         [](const Asset& a, R) { return toKey(a.medium); },
         [](const Asset& a, R) {
             return displayName(a.medium);
         }},
        {"location", QT_TRANSLATE_NOOP("AssetField", "Location"),
         [](const Asset& a, R) {
             return a.location;
         }},
        {"segment", QT_TRANSLATE_NOOP("AssetField", "Network segment"),
         [](const Asset& a, R) { return toKey(a.segment); },
         [](const Asset& a, R) {
             return displayName(a.segment);
         }},
        {"lives_on", QT_TRANSLATE_NOOP("AssetField", "Lives on"),
         [](const Asset& a, R) {
             QStringList numbers = a.livesOnNumbers;
             numbers.sort();
             return numbers.join(QLatin1String(", "));
         }},
        {"scheme", QT_TRANSLATE_NOOP("AssetField", "Classification scheme"),
         [](const Asset& a, R) {
             return a.schemeCode;
         }},
        {"confidentiality", QT_TRANSLATE_NOOP("AssetField", "Confidentiality"),
         [](const Asset& a, R) {
             return a.confidentiality;
         }},
        {"integrity", QT_TRANSLATE_NOOP("AssetField", "Integrity"),
         [](const Asset& a, R) {
             return a.integrity;
         }},
        {"availability", QT_TRANSLATE_NOOP("AssetField", "Availability"),
         [](const Asset& a, R) {
             return a.availability;
         }},
        {"classification_note", QT_TRANSLATE_NOOP("AssetField", "Reason for classification"),
         [](const Asset& a, R) {
             return a.classificationNote;
         }},
        {"override_reason",
         QT_TRANSLATE_NOOP("AssetField", "Reason for a level below the information it holds"),
         [](const Asset& a, R) {
             return a.overrideReason;
         }},
        {"restrictions", QT_TRANSLATE_NOOP("AssetField", "Handling restrictions"),
         [](const Asset& a, R ref) {
             return restrictionsText(a.restrictions, ref);
         }},
        {"personal_info", QT_TRANSLATE_NOOP("AssetField", "Personal information"),
         [](const Asset& a, R) { return toKey(a.personalInfo); },
         [](const Asset& a, R) {
             return displayName(a.personalInfo);
         }},
        {"outsourced", QT_TRANSLATE_NOOP("AssetField", "Outsourced"),
         [](const Asset& a, R) { return yesNo(a.outsourced); },
         [](const Asset& a, R) {
             return yesNoText(a.outsourced);
         }},
        {"contractor", QT_TRANSLATE_NOOP("AssetField", "Contractor"),
         [](const Asset& a, R) {
             return a.contractor;
         }},
        {"contract_number", QT_TRANSLATE_NOOP("AssetField", "Contract number"),
         [](const Asset& a, R) {
             return a.contractNumber;
         }},
        {"cloud_service", QT_TRANSLATE_NOOP("AssetField", "Cloud service"),
         [](const Asset& a, R) { return yesNo(a.cloudService); },
         [](const Asset& a, R) {
             return yesNoText(a.cloudService);
         }},
        {"cloud_service_name", QT_TRANSLATE_NOOP("AssetField", "Cloud service name"),
         [](const Asset& a, R) {
             return a.cloudServiceName;
         }},
        {"cloud_certification", QT_TRANSLATE_NOOP("AssetField", "Cloud certification"),
         [](const Asset& a, R) {
             return a.cloudCertification;
         }},
        {"retention", QT_TRANSLATE_NOOP("AssetField", "Retention period"),
         [](const Asset& a, R) {
             return a.retention;
         }},
        {"disposal_method", QT_TRANSLATE_NOOP("AssetField", "Disposal method"),
         [](const Asset& a, R) {
             return a.disposalMethod;
         }},
        {"status", QT_TRANSLATE_NOOP("AssetField", "Status"),
         [](const Asset& a, R) { return toKey(a.status); },
         [](const Asset& a, R) {
             return displayName(a.status);
         }},
        {"status_date", QT_TRANSLATE_NOOP("AssetField", "Status date"),
         [](const Asset& a, R) {
             return dateText(a.statusDate);
         }},
        {"status_reason", QT_TRANSLATE_NOOP("AssetField", "Status reason"),
         [](const Asset& a, R) {
             return a.statusReason;
         }},
        {"disposal_witness", QT_TRANSLATE_NOOP("AssetField", "Disposal witness"),
         [](const Asset& a, R) {
             return a.disposalWitness;
         }},
        {"review_state", QT_TRANSLATE_NOOP("AssetField", "Review state"),
         [](const Asset& a, R) { return toKey(a.reviewState); },
         [](const Asset& a, R) {
             return displayName(a.reviewState);
         }},
        {"last_reviewed_on", QT_TRANSLATE_NOOP("AssetField", "Last reviewed"),
         [](const Asset& a, R) {
             return dateText(a.lastReviewedOn);
         }},
    };
}

} // namespace

QString AssetField::displayText(const Asset& asset, const ReferenceData& ref) const {
    return display ? display(asset, ref) : text(asset, ref);
}

QList<FieldChange> initialValues(const Asset& asset, const ReferenceData& ref) {
    QList<FieldChange> values;
    for (const auto& field : assetFields()) {
        const QString value = field.text(asset, ref);
        if (!value.isEmpty())
            values.append({QString::fromLatin1(field.key), QString(), value});
    }
    return values;
}

QString AssetField::translatedLabel() const {
    return QCoreApplication::translate("AssetField", label);
}

const QList<AssetField>& assetFields() {
    static const QList<AssetField> fields = buildFields();
    return fields;
}

const AssetField* assetField(const QString& key) {
    static const QHash<QString, const AssetField*> byKey = [] {
        QHash<QString, const AssetField*> index;
        for (const auto& field : assetFields())
            index.insert(QString::fromLatin1(field.key), &field);
        return index;
    }();
    return byKey.value(key, nullptr);
}

QList<FieldChange> diffAssets(const Asset& before, const Asset& after, const ReferenceData& ref) {
    QList<FieldChange> changes;
    for (const auto& field : assetFields()) {
        QString oldValue = field.text(before, ref);
        QString newValue = field.text(after, ref);
        if (oldValue != newValue)
            changes.append({QString::fromLatin1(field.key), oldValue, newValue});
    }
    return changes;
}

QString restrictionsText(const QList<AssetRestriction>& restrictions, const ReferenceData& ref) {
    QStringList parts;
    for (const auto& r : restrictions) {
        const HandlingRestriction* known = ref.restriction(r.code);
        QString label = known ? known->labelJa : r.code;
        if (!r.parameter.isEmpty())
            label += QLatin1Char('(') + r.parameter + QLatin1Char(')');
        parts.append(label);
    }
    parts.sort();
    return parts.join(QLatin1String(", "));
}

} // namespace assetreg
