#pragma once

#include "Enums.h"
#include "MasterData.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// Risk assessment by the IPA method (DOMAIN.md section 7): the 第3条 threat catalogue, the
// importance of classification levels, risk bands and templates as data, and the pure
// computation of possibility, importance and risk value.
namespace assetreg {

struct Asset;

struct ThreatGroup {
    int id = 0; // item number of 第3条, 1–5
    QString nameJa;
    QString nameEn;
};

struct Threat {
    qint64 id = 0;
    QString code;
    int groupId = 0;
    QString nameJa;
    QString nameEn;
    int sortOrder = 0;
    bool active = true;
};

struct RiskBand {
    qint64 id = 0;
    QString code; // "low", "medium", "high"
    int minValue = 1;
    int maxValue = 9;
    QString labelJa;
    QString labelEn;
    QString color; // "#d32f2f"
    bool mustTreat = false;
};

// One row of an asset's assessment: a threat with its likelihood and the asset's vulnerability
// to it, and what is done about it.
struct RiskAssessment {
    qint64 id = 0;
    qint64 assetId = 0;
    qint64 threatId = 0;
    int likelihood = 2;    // 脅威の起こりやすさ 1–3
    int vulnerability = 2; // 脆弱性: 3 no controls, 2 some, 1 controls in place
    QString existingControls;
    Treatment treatment = Treatment::None;
    QString treatmentPlan;
    qint64 treatmentOwnerId = 0;
    QDate treatmentDue;
    QDate treatmentDone;
    QDate assessedOn;
    QString assessedBy;
    int version = 0;

    // Filled by storage on read, for display.
    QString assetNumber;
    QString assetName;
    qint64 departmentId = 0;
    QString departmentName;
    QString threatName;
    QString ownerName;
    int importance = 0;

    int possibility() const;
    int value() const; // importance × possibility, 0 while importance is unknown
    // A treatment other than acceptance, due before `today` and not done.
    bool overdue(const QDate& today) const;
};

struct RiskTemplateRow {
    qint64 threatId = 0;
    int likelihood = 2;
    int vulnerability = 2;
    QString existingControls;
    Treatment treatment = Treatment::None;
    QString treatmentPlan;

    // `row` with this threat, its likelihood, vulnerability, controls and treatment; the rest
    // (owner, dates, id, version) stays.
    RiskAssessment applyTo(RiskAssessment row) const;
};

// The usual assessment of one asset sub-type, applied to many similar assets in one step.
struct RiskTemplate {
    qint64 id = 0;
    QString subType;
    QString nameJa;
    QString nameEn;
    QList<RiskTemplateRow> rows;

    struct Merge {
        int added = 0;
        int replaced = 0;
        int kept = 0;
    };
    // Adds a row for each threat of the template the asset has not assessed; replaces the
    // assessed ones only when `replace`.
    Merge mergeInto(QList<RiskAssessment>* assessment, qint64 assetId, bool replace) const;
};

// All the risk method's data, loaded once.
struct RiskCatalogue {
    QList<ThreatGroup> groups;
    QList<Threat> threats;
    QHash<qint64, int> importanceByLevel; // classification level id → 重要度 1–3
    QList<RiskBand> bands;
    QList<RiskTemplate> templates;

    const Threat* threat(qint64 id) const;
    const Threat* threatByCode(const QString& code) const;
    const ThreatGroup* group(int id) const;
    const RiskBand* band(int value) const; // nullptr outside every band
    QList<const RiskTemplate*> templatesFor(const QString& subType) const;
    // 重要度 of a level: the mapping, or else its rank capped at 3.
    int levelImportance(const ClassificationLevel& level) const;
    // 重要度 of an asset: the highest of its three levels; 0 when none is classified.
    int importance(const Asset& asset, const ReferenceData& ref) const;
};

namespace risk {

constexpr int kMin = 1;
constexpr int kMax = 3;

// 被害発生可能性 from likelihood and vulnerability: (3,3) → 3; (3,2) or (2,3) → 2; else 1.
int possibility(int likelihood, int vulnerability);
// リスク値 = 重要度 × 被害発生可能性, 1–9; 0 when an input is out of range.
int value(int importance, int possibility);

} // namespace risk

} // namespace assetreg
