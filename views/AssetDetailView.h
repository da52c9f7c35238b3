#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"
#include "rules/ConsistencyRules.h"

#include <QTextBrowser>

namespace assetreg {

// The pane beside the register: one asset at a glance — its label, owner, restrictions, where it
// lives and what lives on it, its review, and what the consistency rules say about it.
class AssetDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit AssetDetailView(QWidget* parent = nullptr);

    // riskSummary: one line about the asset's assessed risks, empty when none.
    void showAsset(const Asset& asset, const ReferenceData& ref, const QList<Asset>& hosted,
                   const QList<RuleFinding>& findings, const QString& riskSummary = QString());
    void showNothing(int selectedCount = 0);
};

} // namespace assetreg
