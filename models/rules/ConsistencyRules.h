#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The consistency rules of the security policy (DOMAIN.md section 5): checks across fields and
// across assets that field validation cannot see, each citing the article it enforces so that the
// security officer can judge a finding and an auditor can trace it.
namespace assetreg {

enum class RuleSeverity { Warning, Error };

struct RuleFinding {
    QString ruleId; // "R02"
    RuleSeverity severity = RuleSeverity::Warning;
    QString article; // "第7条(3)ア": data text as the policy writes it, not translated
    QString field;   // AssetField key the user should look at ("confidentiality", "segment", …)
    QString message; // in the user's language: what is wrong and what to do
};

struct RuleContext {
    const ReferenceData* ref = nullptr;
    QList<Asset> livesOn;           // the systems this asset lives on (full assets with levels)
    QList<Asset> hostedInformation; // for a category-1 asset: the assets that live on it
    QDate today;                    // invalid: Clock::today()
    int reviewPeriodMonths = 12;    // 0 or less: no review deadline
};

struct RuleInfo {
    QString id;
    RuleSeverity severity = RuleSeverity::Warning;
    QString article;
    QString title;
};

class ConsistencyRules {
    Q_DECLARE_TR_FUNCTIONS(assetreg::ConsistencyRules)

public:
    // Every rule, in id order, for the rule list in the UI and reports.
    static QList<RuleInfo> rules();
    static QList<RuleFinding> check(const Asset& asset, const RuleContext& context);
};

} // namespace assetreg
