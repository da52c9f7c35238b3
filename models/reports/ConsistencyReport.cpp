#include "ConsistencyReport.h"

#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"

#include <QHash>

namespace assetreg {

int ConsistencyReport::errors() const {
    return int(std::count_if(items.begin(), items.end(), [](const ConsistencyItem& i) {
        return i.finding.severity == RuleSeverity::Error;
    }));
}

int ConsistencyReport::warnings() const {
    return int(items.size()) - errors();
}

bool ConsistencyReport::run(Database& db, const QDate& today, ConsistencyReport* report) {
    AssetRepository repo(db);
    AssetQuery query;
    query.sort = AssetSort::Department;
    const QList<Asset> assets = repo.list(query);
    if (db.lastError().isError())
        return false;
    QHash<qint64, const Asset*> byId;
    QHash<qint64, QList<Asset>> hosted;
    for (const Asset& a : assets)
        byId.insert(a.id, &a);
    for (const Asset& a : assets) {
        for (qint64 target : a.livesOnIds)
            hosted[target].append(a);
    }
    const int period = MasterDataRepository(db).reviewPeriodMonths();
    ConsistencyReport result;
    for (const Asset& a : assets) {
        RuleContext context;
        context.ref = &repo.reference();
        context.today = today;
        context.reviewPeriodMonths = period > 0 ? period : 12;
        for (qint64 target : a.livesOnIds) {
            if (const Asset* system = byId.value(target))
                context.livesOn.append(*system);
        }
        context.hostedInformation = hosted.value(a.id);
        ++result.assetsChecked;
        for (const RuleFinding& finding : ConsistencyRules::check(a, context))
            result.items.append({a.id, a.assetNumber, a.name, a.departmentName, finding});
    }
    *report = result;
    return true;
}

} // namespace assetreg
