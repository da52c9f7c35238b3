#pragma once

#include "StorageError.h"
#include "domain/Risk.h"

#include <QCoreApplication>

#include <optional>

// Reads and writes risk assessments and the risk method's data (threat catalogue, importance
// mapping, bands, templates). Editing an asset's risks needs the right to edit the asset; the
// catalogue and templates are administrators'. Every change is audited (entity "risk") in the
// same transaction; a whole assessment or a template applied to many assets is one transaction.
namespace assetreg {

class Database;

// Which risks to list. Empty members mean "all".
struct RiskQuery {
    QList<qint64> departmentIds;
    QList<qint64> assetIds;
    int minValue = 0;
    bool onlyOpen = false; // in a must-treat band, or with a treatment not yet done
};

class RiskRepository {
    Q_DECLARE_TR_FUNCTIONS(assetreg::RiskRepository)

public:
    explicit RiskRepository(Database& db);

    RiskCatalogue catalogue();
    // Every risk the user may see, with the asset, department, threat and owner names and the
    // asset's importance filled; highest risk value first, then asset number.
    QList<RiskAssessment> list(const RiskQuery& query = {});
    // The asset's assessment; `usedCatalogue`, when given, receives the catalogue it was read
    // with, so that a caller needing bands or names does not read it again.
    QList<RiskAssessment> forAsset(qint64 assetId, RiskCatalogue* usedCatalogue = nullptr);
    // How many in-use assets have at least one assessed risk.
    qint64 assessedAssetCount();

    // Makes the asset's assessment exactly `rows` (one per threat): adds, changes and removes rows
    // in one transaction, each checked against the version it was read at. One message per
    // problem, naming the threat.
    bool saveAssessment(qint64 assetId, const QList<RiskAssessment>& rows);

    struct ApplyResult {
        int assets = 0;
        int added = 0;
        int replaced = 0;
        int kept = 0;
    };
    // Applies the template to the assets (all of its sub-type) in one transaction: threats an
    // asset has not assessed are added; assessed ones are replaced only when `replace`.
    std::optional<ApplyResult> applyTemplate(qint64 templateId, const QList<qint64>& assetIds,
                                             bool replace);

    // Administrators: a template for a sub-type (id 0 adds one), its rows replaced.
    bool saveTemplate(RiskTemplate& riskTemplate);
    // Administrators: adds (id 0) or changes a threat of the catalogue; its code stays.
    bool saveThreat(Threat& threat);

    const StorageError& lastError() const;

private:
    bool mayEditAsset(qint64 assetId, qint64* departmentId, QString* assetNumber);
    bool insertRow(const RiskAssessment& row, const QString& key);
    // What reading and writing assessments needs, read once per call or per batch: the
    // catalogue and the 重要度 of every classification level by level id.
    struct Context {
        RiskCatalogue catalogue;
        QHash<qint64, int> importanceOfLevel;
    };
    Context context();
    QList<RiskAssessment> readAssessment(qint64 assetId, const Context& ctx);
    bool writeAssessment(qint64 assetId, const QList<RiskAssessment>& rows, const Context& ctx);
    Database& m_db;
};

} // namespace assetreg
