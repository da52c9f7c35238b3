#include "Risk.h"

#include "Asset.h"

#include <algorithm>

namespace assetreg {

namespace risk {

int possibility(int likelihood, int vulnerability) {
    if (likelihood < kMin || likelihood > kMax || vulnerability < kMin || vulnerability > kMax)
        return 0;
    if (likelihood == 3 && vulnerability == 3)
        return 3;
    if ((likelihood == 3 && vulnerability == 2) || (likelihood == 2 && vulnerability == 3))
        return 2;
    return 1;
}

int value(int importance, int possibility) {
    if (importance < kMin || importance > kMax || possibility < kMin || possibility > kMax)
        return 0;
    return importance * possibility;
}

} // namespace risk

int RiskAssessment::possibility() const {
    return risk::possibility(likelihood, vulnerability);
}

int RiskAssessment::value() const {
    return risk::value(importance, possibility());
}

bool RiskAssessment::overdue(const QDate& today) const {
    return treatment != Treatment::None && treatment != Treatment::Accept &&
           treatmentDue.isValid() && !treatmentDone.isValid() && treatmentDue < today;
}

RiskAssessment RiskTemplateRow::applyTo(RiskAssessment row) const {
    row.threatId = threatId;
    row.likelihood = likelihood;
    row.vulnerability = vulnerability;
    row.existingControls = existingControls;
    row.treatment = treatment;
    row.treatmentPlan = treatmentPlan;
    return row;
}

RiskTemplate::Merge RiskTemplate::mergeInto(QList<RiskAssessment>* assessment, qint64 assetId,
                                            bool replace) const {
    Merge merge;
    for (const RiskTemplateRow& row : rows) {
        const auto existing =
            std::find_if(assessment->begin(), assessment->end(),
                         [&row](const RiskAssessment& r) { return r.threatId == row.threatId; });
        if (existing == assessment->end()) {
            RiskAssessment added = row.applyTo({});
            added.assetId = assetId;
            assessment->append(added);
            ++merge.added;
        } else if (replace) {
            *existing = row.applyTo(*existing);
            ++merge.replaced;
        } else {
            ++merge.kept;
        }
    }
    return merge;
}

const Threat* RiskCatalogue::threat(qint64 id) const {
    for (const Threat& t : threats)
        if (t.id == id)
            return &t;
    return nullptr;
}

const Threat* RiskCatalogue::threatByCode(const QString& code) const {
    for (const Threat& t : threats)
        if (t.code == code)
            return &t;
    return nullptr;
}

const ThreatGroup* RiskCatalogue::group(int id) const {
    for (const ThreatGroup& g : groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

const RiskBand* RiskCatalogue::band(int value) const {
    for (const RiskBand& b : bands)
        if (value >= b.minValue && value <= b.maxValue)
            return &b;
    return nullptr;
}

QList<const RiskTemplate*> RiskCatalogue::templatesFor(const QString& subType) const {
    QList<const RiskTemplate*> result;
    for (const RiskTemplate& t : templates)
        if (t.subType == subType)
            result.append(&t);
    return result;
}

int RiskCatalogue::levelImportance(const ClassificationLevel& level) const {
    return importanceByLevel.value(level.id, std::clamp(level.rank, risk::kMin, risk::kMax));
}

int RiskCatalogue::importance(const Asset& asset, const ReferenceData& ref) const {
    const ClassificationScheme* scheme =
        asset.schemeCode.isEmpty() ? ref.defaultScheme() : ref.scheme(asset.schemeCode);
    if (!scheme)
        return 0;
    int highest = 0;
    for (const auto& [axis, code] : {std::pair{Axis::Confidentiality, &asset.confidentiality},
                                     std::pair{Axis::Integrity, &asset.integrity},
                                     std::pair{Axis::Availability, &asset.availability}}) {
        if (const auto level = scheme->findLevel(axis, *code))
            highest = std::max(highest, levelImportance(*level));
    }
    return highest;
}

} // namespace assetreg
