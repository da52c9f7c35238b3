#include "ClassificationGuide.h"

#include "domain/Normalize.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace assetreg {
namespace {

// Where to fall back when the scheme has no level with the code the guide wants. Positions, not
// ranks, because ranks are whatever the administrator entered for that scheme.
enum class Fallback { Highest, AboveLowest, Lowest };

std::optional<ClassificationLevel> pickLevel(const ClassificationScheme& scheme, Axis axis,
                                             const QString& wantedCode, Fallback fallback) {
    if (auto exact = scheme.findLevel(axis, wantedCode))
        return exact;
    QList<ClassificationLevel> levels = scheme.levelsOf(axis);
    if (levels.isEmpty())
        return std::nullopt;
    std::stable_sort(
        levels.begin(), levels.end(),
        [](const ClassificationLevel& a, const ClassificationLevel& b) { return a.rank < b.rank; });
    switch (fallback) {
    case Fallback::Highest:
        return levels.last();
    case Fallback::AboveLowest:
        return levels.size() > 1 ? levels.at(1) : levels.last();
    case Fallback::Lowest:
        return levels.first();
    }
    return std::nullopt;
}

QString levelLabel(Axis axis, const QString& code) {
    return QString(axisLetter(axis)) + code;
}

QString schemeName(const ClassificationScheme& scheme) {
    return scheme.nameJa.isEmpty() ? scheme.code : scheme.nameJa;
}

} // namespace

GuideProposal ClassificationGuide::propose(const GuideAnswers& answers,
                                           const ClassificationScheme& scheme,
                                           const QList<HandlingRestriction>& known) {
    GuideProposal proposal;
    QList<ClassificationLevel> chosen;

    // The questions are worded after the MIC 2024 levels; other schemes get the nearest level
    // and a reason saying so, so that nobody silently ends up with a different label.
    auto choose = [&](Axis axis, const QString& wanted, Fallback fallback, const QString& why,
                      QString* code) {
        const auto level = pickLevel(scheme, axis, wanted, fallback);
        if (!level) {
            proposal.reasons.append(
                {axis, tr("The scheme %1 has no %2 levels; choose one after the administrator "
                          "has added them.")
                           .arg(schemeName(scheme), displayName(axis).toLower())});
            return;
        }
        *code = level->code;
        chosen.append(*level);
        proposal.reasons.append(
            {axis, tr("%1 Proposed level: %2.").arg(why, levelLabel(axis, level->code))});
        if (foldKey(level->code) != foldKey(wanted))
            proposal.reasons.append(
                {axis, tr("The scheme %1 has no level %2; its closest level %3 is proposed "
                          "instead.")
                           .arg(schemeName(scheme), levelLabel(axis, wanted),
                                levelLabel(axis, level->code))});
    };

    QString confidentiality;
    QString why;
    Fallback fallback = Fallback::Highest;
    if (answers.secretEquivalent) {
        confidentiality = QStringLiteral("3A");
        why = tr("The information is equivalent to the State's \"secret documents\", which is "
                 "confidentiality 3A (Article 7(2)).");
    } else if (answers.personalInfo == PersonalInfo::MyNumber) {
        confidentiality = QStringLiteral("3B");
        why = tr("My Number (specific personal) information must be classified confidentiality "
                 "3B or above (Article 7(3)(a)).");
    } else if (answers.seriousLargeScaleHarm) {
        confidentiality = QStringLiteral("3B");
        why = tr("A leak would seriously harm residents' rights and interests on a large scale, "
                 "which is confidentiality 3B (Article 7(2)).");
    } else if (answers.personalInfo == PersonalInfo::Sensitive) {
        confidentiality = QStringLiteral("3C");
        why = tr("Sensitive personal information needs strict confidentiality, which is "
                 "confidentiality 3C (Article 7(2)).");
    } else if (answers.personalInfo == PersonalInfo::Personal) {
        confidentiality = QStringLiteral("3C");
        why = tr("A leak of personal information would harm the people concerned, so it needs "
                 "strict confidentiality: confidentiality 3C (Article 7(2)).");
    } else if (answers.strictConfidentiality) {
        confidentiality = QStringLiteral("3C");
        why = tr("A leak would harm individuals or the proper conduct of administration, which is "
                 "confidentiality 3C (Article 7(2)).");
    } else if (answers.publicInformation) {
        confidentiality = QStringLiteral("1");
        fallback = Fallback::Lowest;
        why = tr("The information is public or can be published without harm, which is "
                 "confidentiality 1 (Article 7(2)).");
    } else {
        confidentiality = QStringLiteral("2");
        fallback = Fallback::AboveLowest;
        why = tr("The information is not at level 3 but is not meant to be published "
                 "immediately, which is confidentiality 2 (Article 7(2)).");
    }
    choose(Axis::Confidentiality, confidentiality, fallback, why, &proposal.confidentiality);

    if (answers.alterationHarms)
        choose(Axis::Integrity, QStringLiteral("2"), Fallback::Highest,
               tr("Alteration, errors or damage would infringe residents' rights or seriously "
                  "hinder accurate administration (Article 7(2))."),
               &proposal.integrity);
    else
        choose(Axis::Integrity, QStringLiteral("1"), Fallback::Lowest,
               tr("Alteration, errors or damage would cause at most minor trouble "
                  "(Article 7(2))."),
               &proposal.integrity);

    if (answers.unavailabilityHarms)
        choose(Axis::Availability, QStringLiteral("2"), Fallback::Highest,
               tr("Loss or unavailability would infringe residents' rights or seriously hinder "
                  "stable administration (Article 7(2))."),
               &proposal.availability);
    else
        choose(Axis::Availability, QStringLiteral("1"), Fallback::Lowest,
               tr("Loss or unavailability would cause at most minor trouble (Article 7(2))."),
               &proposal.availability);

    // Restrictions: wanted codes (folded) with their parameter; emitted in master order below.
    QHash<QString, const HandlingRestriction*> knownByKey;
    for (const auto& restriction : known)
        knownByKey.insert(foldKey(restriction.code), &restriction);
    QHash<QString, QString> wanted;
    const QString recoveryKey = foldKey(QStringLiteral("recovery_time"));
    const QString recoveryTime = answers.recoveryTime.trimmed();

    for (const auto& level : chosen) {
        bool added = false;
        for (const QString& code : level.defaultRestrictions) {
            const QString key = foldKey(code);
            const HandlingRestriction* restriction = knownByKey.value(key);
            if (!restriction || wanted.contains(key))
                continue;
            // A restriction such as 〇〇以内復旧 is meaningless without its value; the recovery
            // time is handled below, anything else is left to the user with a reason.
            if (restriction->takesParameter) {
                if (key != recoveryKey)
                    proposal.reasons.append(
                        {restriction->axis,
                         tr("The restriction \"%1\" is suggested for %2 but needs a value (for "
                            "example a place); add it in the editor.")
                             .arg(restriction->labelJa, levelLabel(level.axis, level.code))});
                continue;
            }
            wanted.insert(key, QString());
            added = true;
        }
        if (added)
            proposal.reasons.append(
                {level.axis, tr("The handling restrictions suggested for %1 are proposed.")
                                 .arg(levelLabel(level.axis, level.code))});
    }

    const QString encryptionKey = foldKey(QStringLiteral("encryption"));
    const bool needsEncryption =
        answers.electronic && (answers.personalInfo == PersonalInfo::MyNumber ||
                               answers.personalInfo == PersonalInfo::Sensitive);
    if (needsEncryption && knownByKey.contains(encryptionKey)) {
        wanted.insert(encryptionKey, QString());
        proposal.reasons.append(
            {Axis::Confidentiality,
             tr("Electronic My Number or sensitive personal data must be encrypted: encryption "
                "is proposed.")});
    }

    if (answers.unavailabilityHarms && knownByKey.contains(recoveryKey)) {
        if (!recoveryTime.isEmpty()) {
            wanted.insert(recoveryKey, recoveryTime);
            proposal.reasons.append(
                {Axis::Availability,
                 tr("Availability 2 needs a recovery target: recovery within %1 is proposed.")
                     .arg(recoveryTime)});
        } else {
            proposal.reasons.append(
                {Axis::Availability,
                 tr("Availability 2 needs a recovery target: enter the time within which it must "
                    "be usable again (for example 24 hours) to add the recovery restriction.")});
        }
    }

    QList<HandlingRestriction> ordered = known;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const HandlingRestriction& a, const HandlingRestriction& b) {
                         return a.sortOrder < b.sortOrder;
                     });
    for (const auto& restriction : ordered) {
        const QString key = foldKey(restriction.code);
        const auto it = wanted.find(key);
        if (it == wanted.end())
            continue;
        proposal.restrictions.append({restriction.code, it.value()});
        wanted.erase(it); // the master may list a code twice; propose it once
    }
    return proposal;
}

QList<ClassificationGuide::Question> ClassificationGuide::questions() {
    return {
        {QStringLiteral("personal_info"),
         tr("Does it contain personal information? If so, which kind?"),
         tr("Personal information identifies a living person. Sensitive personal information "
            "includes race, creed, medical history and criminal records. My Number (specific "
            "personal) information is personal information that includes an individual "
            "number.")},
        {QStringLiteral("secret_equivalent"),
         tr("Is it equivalent to the State's \"secret documents\"?"),
         tr("Rare in a city: mostly documents received from the State and marked secret under "
            "the national guidelines for managing administrative documents.")},
        {QStringLiteral("serious_large_scale_harm"),
         tr("Would a leak seriously harm residents' rights and interests, on a large scale?"),
         tr("For example resident records, tax or social security data: the business covers "
            "many residents, so the harm of a leak would be large.")},
        {QStringLiteral("strict_confidentiality"),
         tr("Does it otherwise need strict confidentiality?"),
         tr("A leak would harm individuals or the proper conduct of administration, for example "
            "personnel evaluations or tender documents before the opening.")},
        {QStringLiteral("public_information"),
         tr("Is it already public, or could it be published without harm?"),
         tr("For example published plans, statistics and brochures. Information with personal "
            "information in it is never treated as public.")},
        {QStringLiteral("alteration_harms"),
         tr("Would alteration, errors or damage infringe residents' rights or seriously hinder "
            "administration?"),
         tr("Answer yes if wrong or tampered data would lead to wrong decisions, payments or "
            "certificates; not for minor inconvenience.")},
        {QStringLiteral("unavailability_harms"),
         tr("Would its loss, or a day without it, infringe residents' rights or seriously hinder "
            "administration?"),
         tr("Answer yes if counter services, payments or legal deadlines would stop when it is "
            "lost or cannot be used.")},
        {QStringLiteral("recovery_time"), tr("Within what time must it be usable again?"),
         tr("For example 24 hours or 3 days. Used for the restriction \"recover within a set "
            "time\" when the previous answer is yes.")},
        {QStringLiteral("electronic"), tr("Is it held in electronic form (even if also on paper)?"),
         tr("Electronic My Number and sensitive personal data must be encrypted.")},
    };
}

} // namespace assetreg
