#include "AssetValidator.h"

#include "AssetFields.h"
#include "Normalize.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace assetreg {
namespace {} // namespace

AssetValidator::AssetValidator(const ReferenceData& reference)
    : m_ref(reference) {
}

QList<FieldError> AssetValidator::validate(const Asset& asset) const {
    QList<FieldError> errors;
    auto fail = [&errors](const char* field, const QString& message) {
        for (const auto& e : errors) {
            if (e.field == QLatin1String(field))
                return; // one message per field: the first problem is the one to fix
        }
        errors.append({QString::fromLatin1(field), message});
    };
    auto checkLength = [&](const char* field, const QString& value, int max) {
        if (value.size() > max)
            fail(field, tr("%1 is too long: %2 characters, at most %3 allowed.")
                            .arg(assetField(QString::fromLatin1(field))->translatedLabel())
                            .arg(value.size())
                            .arg(max));
    };

    const QString number = foldKey(asset.assetNumber);
    static const QRegularExpression numberPattern(QStringLiteral("^[A-Z0-9][A-Z0-9._/-]*$"));
    if (number.isEmpty())
        fail("asset_number", tr("Enter an asset number."));
    else if (number.size() > kMaxNumberLength)
        fail("asset_number",
             tr("The asset number is too long: at most %1 characters.").arg(kMaxNumberLength));
    else if (!numberPattern.match(number).hasMatch())
        fail("asset_number",
             tr("The asset number may contain only the letters A-Z, digits and - _ . /, and must "
                "start with a letter or digit."));

    if (asset.name.trimmed().isEmpty())
        fail("name", tr("Enter the asset's name."));
    checkLength("name", asset.name, kMaxNameLength);

    const AssetType* type = m_ref.assetType(asset.subType);
    if (asset.subType.trimmed().isEmpty())
        fail("sub_type", tr("Choose the type of asset."));
    else if (!type)
        fail("sub_type", tr("Unknown asset type \"%1\".").arg(asset.subType));
    else if (type->category != asset.category)
        fail("sub_type", tr("The type \"%1\" does not belong to category %2.")
                             .arg(type->nameJa, displayName(asset.category)));

    checkLength("description", asset.description, kMaxTextLength);

    const Department* dept = asset.departmentId ? m_ref.department(asset.departmentId) : nullptr;
    if (asset.departmentId == 0)
        fail("department", tr("Choose the department responsible for the asset (Article 7(2))."));
    else if (!dept)
        fail("department", tr("The department no longer exists."));

    if (asset.sectionId != 0) {
        const Section* section = m_ref.section(asset.sectionId);
        if (!section)
            fail("section", tr("The section no longer exists."));
        else if (dept && section->departmentId != dept->id)
            fail("section", tr("The section does not belong to the chosen department."));
    }

    if (asset.ownerId == 0)
        fail("owner", tr("Choose the owner (the manager responsible, Article 7(2))."));
    else if (!m_ref.person(asset.ownerId))
        fail("owner", tr("The owner is not in the list of people."));
    if (asset.custodianId != 0 && !m_ref.person(asset.custodianId))
        fail("custodian", tr("The custodian is not in the list of people."));

    checkLength("user_scope", asset.userScope, kMaxShortTextLength);
    checkLength("location", asset.location, kMaxShortTextLength);

    const ClassificationScheme* scheme = m_ref.scheme(asset.schemeCode);
    if (!scheme) {
        fail("scheme", tr("Unknown classification scheme \"%1\".").arg(asset.schemeCode));
    } else {
        const struct {
            Axis axis;
            const char* field;
            const QString& value;
        } levels[] = {{Axis::Confidentiality, "confidentiality", asset.confidentiality},
                      {Axis::Integrity, "integrity", asset.integrity},
                      {Axis::Availability, "availability", asset.availability}};
        for (const auto& level : levels) {
            if (level.value.trimmed().isEmpty())
                fail(level.field,
                     tr("Choose the %1 level.").arg(displayName(level.axis).toLower()));
            else if (!scheme->findLevel(level.axis, level.value))
                fail(level.field,
                     tr("\"%1\" is not a %2 level of the scheme %3.")
                         .arg(level.value, displayName(level.axis).toLower(), scheme->nameJa));
        }
    }
    checkLength("classification_note", asset.classificationNote, kMaxTextLength);
    checkLength("override_reason", asset.overrideReason, kMaxTextLength);

    for (const auto& restriction : asset.restrictions) {
        const HandlingRestriction* known = m_ref.restriction(restriction.code);
        if (!known) {
            fail("restrictions", tr("Unknown handling restriction \"%1\".").arg(restriction.code));
        } else if (known->takesParameter && restriction.parameter.trimmed().isEmpty()) {
            fail("restrictions", tr("The restriction \"%1\" needs a value (for example a time or "
                                    "a place).")
                                     .arg(known->labelJa));
        }
    }

    checkLength("contractor", asset.contractor, kMaxShortTextLength);
    checkLength("contract_number", asset.contractNumber, kMaxShortTextLength);
    checkLength("cloud_service_name", asset.cloudServiceName, kMaxShortTextLength);
    checkLength("cloud_certification", asset.cloudCertification, kMaxShortTextLength);
    checkLength("retention", asset.retention, kMaxShortTextLength);
    checkLength("disposal_method", asset.disposalMethod, kMaxShortTextLength);

    if (asset.status != AssetStatus::InUse && !asset.statusDate.isValid())
        fail("status_date", tr("Enter the date the asset was retired or disposed."));
    if (asset.status == AssetStatus::Disposed && asset.disposalMethod.trimmed().isEmpty())
        fail("disposal_method", tr("Enter how the asset was disposed of."));

    if (asset.livesOnIds.contains(asset.id) && asset.id != 0)
        fail("lives_on", tr("An asset cannot live on itself."));

    return errors;
}

QString AssetValidator::formatErrors(const QList<FieldError>& errors) {
    QStringList lines;
    for (const auto& e : errors) {
        const AssetField* field = assetField(e.field);
        lines.append((field ? field->translatedLabel() : e.field) + QLatin1String(": ") +
                     e.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace assetreg
