#include "ConsistencyRules.h"

#include "domain/Clock.h"
#include "domain/Normalize.h"

#include <optional>

namespace assetreg {
namespace {

enum Rule { R01, R02, R03, R04, R05, R06, R07, R08 };

struct RuleSpec {
    QString id;
    RuleSeverity severity;
    QString article;
};

const QList<RuleSpec>& specs() {
    static const QList<RuleSpec> list{
        {QStringLiteral("R01"), RuleSeverity::Error, QStringLiteral("第7条(2)")},
        {QStringLiteral("R02"), RuleSeverity::Error, QStringLiteral("第7条(3)ア")},
        {QStringLiteral("R03"), RuleSeverity::Error, QStringLiteral("第7条(3)イ・ウ")},
        {QStringLiteral("R04"), RuleSeverity::Error, QStringLiteral("第7条(2)")},
        {QStringLiteral("R05"), RuleSeverity::Warning, QStringLiteral("第7条(2)")},
        {QStringLiteral("R06"), RuleSeverity::Warning, QStringLiteral("第7条(8)")},
        {QStringLiteral("R07"), RuleSeverity::Warning, QStringLiteral("第7条(2)")},
        {QStringLiteral("R08"), RuleSeverity::Warning, QStringLiteral("第8条・第9条")},
    };
    return list;
}

const QString& levelCode(const Asset& asset, Axis axis) {
    switch (axis) {
    case Axis::Confidentiality:
        return asset.confidentiality;
    case Axis::Integrity:
        return asset.integrity;
    case Axis::Availability:
        break;
    }
    return asset.availability;
}

QString axisField(Axis axis) {
    switch (axis) {
    case Axis::Confidentiality:
        return QStringLiteral("confidentiality");
    case Axis::Integrity:
        return QStringLiteral("integrity");
    case Axis::Availability:
        break;
    }
    return QStringLiteral("availability");
}

QString levelLabel(Axis axis, const QString& code) {
    return QString(axisLetter(axis)) + code;
}

std::optional<int> rankOf(const ClassificationScheme* scheme, Axis axis, const QString& code) {
    if (!scheme)
        return std::nullopt;
    const auto level = scheme->findLevel(axis, code);
    return level ? std::optional<int>(level->rank) : std::nullopt;
}

// The level a rule measures against: the first of `codes` the scheme has, or else (when the rule
// means "the strictest there is", as for 3B in a scheme without it) the scheme's top level. Ranks
// are the administrator's data, so thresholds are looked up, never assumed.
std::optional<ClassificationLevel> threshold(const ClassificationScheme* scheme, Axis axis,
                                             const QStringList& codes, bool topIfMissing) {
    if (!scheme)
        return std::nullopt;
    for (const QString& code : codes) {
        if (auto level = scheme->findLevel(axis, code))
            return level;
    }
    if (!topIfMissing)
        return std::nullopt;
    std::optional<ClassificationLevel> top;
    for (const auto& level : scheme->levelsOf(axis)) {
        if (!top || level.rank > top->rank)
            top = level;
    }
    return top;
}

QString assetRef(const Asset& asset) {
    if (asset.assetNumber.isEmpty())
        return asset.name;
    if (asset.name.isEmpty())
        return asset.assetNumber;
    return asset.assetNumber + QLatin1Char(' ') + asset.name;
}

} // namespace

QList<RuleInfo> ConsistencyRules::rules() {
    const QStringList titles{
        tr("Every asset has a department and an owner"),
        tr("Electronic My Number information is in the My Number segment, at confidentiality 3B or "
           "above"),
        tr("Assets of confidentiality level 3 are not in the Internet segment"),
        tr("Personal information is at least confidentiality 2"),
        tr("Network diagrams and specifications are at least confidentiality 2"),
        tr("Outsourcing and cloud services have a contractor or service and a contract"),
        tr("A system is classified at least as high as the information on it"),
        tr("Assets in use were reviewed within the review period"),
    };
    QList<RuleInfo> result;
    for (qsizetype i = 0; i < specs().size(); ++i) {
        const RuleSpec& spec = specs().at(i);
        result.append({spec.id, spec.severity, spec.article, titles.value(i)});
    }
    return result;
}

QList<RuleFinding> ConsistencyRules::check(const Asset& asset, const RuleContext& context) {
    QList<RuleFinding> findings;
    auto add = [&findings](Rule rule, const QString& field, const QString& message) {
        const RuleSpec& spec = specs().at(rule);
        findings.append({spec.id, spec.severity, spec.article, field, message});
    };
    auto reported = [&findings](const QString& field) {
        for (const auto& finding : findings) {
            if (finding.field == field)
                return true;
        }
        return false;
    };

    // R01: without them nobody is accountable, which matters even for retired assets.
    if (asset.departmentId == 0)
        add(R01, QStringLiteral("department"),
            tr("No department is responsible for this asset. Choose its department."));
    if (asset.ownerId == 0)
        add(R01, QStringLiteral("owner"),
            tr("The asset has no owner. Choose the manager responsible for it (usually the "
               "head of the department)."));

    // Retired and disposed assets keep their record as it was; nagging about them helps nobody.
    if (asset.status != AssetStatus::InUse)
        return findings;

    // Rank-based rules are skipped when the scheme or a level is unknown: field validation
    // reports that, and a guess here would produce findings that are wrong.
    const ClassificationScheme* scheme =
        context.ref ? context.ref->scheme(asset.schemeCode) : nullptr;
    const auto confidentiality = rankOf(scheme, Axis::Confidentiality, asset.confidentiality);
    const QString ownConfidentiality = levelLabel(Axis::Confidentiality, asset.confidentiality);

    // R02
    if (asset.personalInfo == PersonalInfo::MyNumber && asset.medium != Medium::Paper) {
        if (asset.segment != Segment::MyNumber)
            add(R02, QStringLiteral("segment"),
                tr("Electronic My Number information must be in the My Number segment (it is now: "
                   "%1). Move it there or correct the segment.")
                    .arg(displayName(asset.segment)));
        const auto minimum = threshold(scheme, Axis::Confidentiality, {QStringLiteral("3B")}, true);
        if (confidentiality && minimum && *confidentiality < minimum->rank)
            add(R02, QStringLiteral("confidentiality"),
                tr("My Number information must be classified %1 or above, not %2. Raise its "
                   "confidentiality.")
                    .arg(levelLabel(Axis::Confidentiality, minimum->code), ownConfidentiality));
    }

    // R03
    if (confidentiality) {
        const auto level3 = threshold(scheme, Axis::Confidentiality,
                                      {QStringLiteral("3C"), QStringLiteral("3")}, true);
        if (level3 && *confidentiality >= level3->rank) {
            if (asset.segment == Segment::Internet)
                add(R03, QStringLiteral("segment"),
                    tr("An asset classified %1 must not be in the Internet segment. Move it to "
                       "the LGWAN or My Number segment, or correct its classification.")
                        .arg(ownConfidentiality));
            for (const Asset& system : context.livesOn) {
                if (system.status == AssetStatus::InUse && system.segment == Segment::Internet)
                    add(R03, QStringLiteral("lives_on"),
                        tr("Information classified %1 must not live on %2, which is in the "
                           "Internet segment. Move it to a system in the LGWAN or My Number "
                           "segment.")
                            .arg(ownConfidentiality, assetRef(system)));
            }
        }
    }

    // R04 — not repeated when R02 already asked for more on the same field.
    if (asset.personalInfo != PersonalInfo::None && confidentiality &&
        !reported(QStringLiteral("confidentiality"))) {
        const auto minimum = threshold(scheme, Axis::Confidentiality, {QStringLiteral("2")}, false);
        if (minimum && *confidentiality < minimum->rank)
            add(R04, QStringLiteral("confidentiality"),
                tr("The asset contains personal information, so its confidentiality must be at "
                   "least %1, not %2. Raise its confidentiality.")
                    .arg(levelLabel(Axis::Confidentiality, minimum->code), ownConfidentiality));
    }

    // R05: network diagrams and specifications tell an attacker where to look.
    static const QStringList sensitiveDocuments{foldKey(QStringLiteral("network_diagram")),
                                                foldKey(QStringLiteral("specification"))};
    if (asset.category == AssetCategory::SystemDocument &&
        sensitiveDocuments.contains(foldKey(asset.subType)) && confidentiality) {
        const auto minimum = threshold(scheme, Axis::Confidentiality, {QStringLiteral("2")}, false);
        if (minimum && *confidentiality < minimum->rank)
            add(R05, QStringLiteral("confidentiality"),
                tr("Network diagrams and specifications help attackers, so they must be "
                   "classified at least %1, not %2. Raise the confidentiality.")
                    .arg(levelLabel(Axis::Confidentiality, minimum->code), ownConfidentiality));
    }

    // R06
    if (asset.outsourced) {
        if (asset.contractor.trimmed().isEmpty())
            add(R06, QStringLiteral("contractor"),
                tr("The asset is outsourced: enter the contractor."));
        else if (asset.contractNumber.trimmed().isEmpty())
            add(R06, QStringLiteral("contract_number"),
                tr("The asset is outsourced: enter the number of the contract that sets the "
                   "security terms."));
    }
    if (asset.cloudService) {
        if (asset.cloudServiceName.trimmed().isEmpty())
            add(R06, QStringLiteral("cloud_service_name"),
                tr("The asset uses a cloud service: enter the name of the service."));
        else if (asset.contractNumber.trimmed().isEmpty() &&
                 !reported(QStringLiteral("contract_number")))
            add(R06, QStringLiteral("contract_number"),
                tr("The asset uses a cloud service: enter the number of the contract or terms "
                   "of use that set the security terms."));
    }

    // R07, system side: the maximum principle, unless a reason for the lower level is recorded.
    static const Axis axes[] = {Axis::Confidentiality, Axis::Integrity, Axis::Availability};
    if (asset.category == AssetCategory::Infrastructure &&
        asset.overrideReason.trimmed().isEmpty()) {
        for (Axis axis : axes) {
            const auto own = rankOf(scheme, axis, levelCode(asset, axis));
            if (!own)
                continue;
            const Asset* highest = nullptr;
            int highestRank = *own;
            for (const Asset& hosted : context.hostedInformation) {
                if (hosted.status != AssetStatus::InUse)
                    continue;
                // Codes are looked up in the system's scheme: ranks of two schemes do not compare.
                const auto rank = rankOf(scheme, axis, levelCode(hosted, axis));
                if (rank && *rank > highestRank) {
                    highest = &hosted;
                    highestRank = *rank;
                }
            }
            if (highest)
                add(R07, axisField(axis),
                    tr("%1 lives on this system and is classified %2, higher than the system's "
                       "%3. Raise the system's level, or record why it may stay lower.")
                        .arg(assetRef(*highest), levelLabel(axis, levelCode(*highest, axis)),
                             levelLabel(axis, levelCode(asset, axis))));
        }
    }

    // R07, information side: the owner of the information sees it too, since the system's owner
    // may be another department.
    for (const Asset& system : context.livesOn) {
        if (system.status != AssetStatus::InUse || !system.overrideReason.trimmed().isEmpty())
            continue;
        QStringList systemLevels;
        QStringList ownLevels;
        for (Axis axis : axes) {
            const auto own = rankOf(scheme, axis, levelCode(asset, axis));
            const auto theirs = rankOf(scheme, axis, levelCode(system, axis));
            if (own && theirs && *theirs < *own) {
                systemLevels.append(levelLabel(axis, levelCode(system, axis)));
                ownLevels.append(levelLabel(axis, levelCode(asset, axis)));
            }
        }
        if (!systemLevels.isEmpty())
            add(R07, QStringLiteral("lives_on"),
                tr("The system %1 it lives on is classified lower (%2) than this asset (%3). Ask "
                   "the system's owner to raise its level or to record why it may stay lower.")
                    .arg(assetRef(system), systemLevels.join(QLatin1String(", ")),
                         ownLevels.join(QLatin1String(", "))));
    }

    // R08
    if (context.reviewPeriodMonths > 0) {
        const QDate today = context.today.isValid() ? context.today : Clock::today();
        const QDate cutoff = today.addMonths(-context.reviewPeriodMonths);
        if (asset.lastReviewedOn.isValid()) {
            if (asset.lastReviewedOn < cutoff)
                add(R08, QStringLiteral("last_reviewed_on"),
                    tr("The last review was on %1, more than %n month(s) ago. Check the asset "
                       "and submit it for review again.",
                       nullptr, context.reviewPeriodMonths)
                        .arg(asset.lastReviewedOn.toString(Qt::ISODate)));
        } else {
            // A new asset has the whole review period for its first review; one not saved yet
            // (no creation time) is as new as can be.
            const QDate created =
                asset.createdAt.isValid() ? asset.createdAt.toLocalTime().date() : today;
            if (created < cutoff)
                add(R08, QStringLiteral("last_reviewed_on"),
                    tr("The asset has never been reviewed and was registered more than %n "
                       "month(s) ago. Submit it for review.",
                       nullptr, context.reviewPeriodMonths));
        }
    }

    return findings;
}

} // namespace assetreg
