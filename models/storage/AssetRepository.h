#pragma once

#include <QCoreApplication>

#include "AccessControl.h"
#include "StorageError.h"
#include "domain/Asset.h"
#include "domain/AssetFields.h"
#include "domain/MasterData.h"

#include <QDate>
#include <QHash>
#include <functional>
#include <optional>

class QSqlQuery;

// Creates, reads, updates, retires and disposes assets. Assets are never deleted. Every change
// is validated, checked against the version the caller read (optimistic locking) and written
// together with its audit entry in one transaction.
namespace assetreg {

class Database;

enum class AssetSort {
    Number,
    Name,
    Category,
    Type,
    Department,
    Owner,
    Segment,
    Classification,
    PersonalInfo,
    Status,
    ReviewState,
    LastReviewed
};

// What part of the register to read, in which order. Empty members mean "all".
struct AssetQuery {
    QString text; // any substring of the asset's own text (number, name, description, …)
    qint64 organId = 0;
    QList<qint64> departmentIds;
    std::optional<AssetCategory> category;
    std::optional<Segment> segment;
    QString confidentiality; // level codes
    QString integrity;
    QString availability;
    std::optional<AssetStatus> status;
    std::optional<ReviewState> reviewState;
    QDate reviewedBefore; // valid: only in-use assets with no approved review since this date
    // Set: only these assets (e.g. those with a risk in one heat-map cell); an empty list matches
    // nothing.
    std::optional<QList<qint64>> onlyIds;
    AssetSort sort = AssetSort::Number;
    bool descending = false;
    int limit = -1;
    int offset = 0;
    bool withRelations = true; // restrictions and dependencies
};

enum class ReviewDecision { Submit, SectionApprove, Approve, Return };

class AssetRepository {
    Q_DECLARE_TR_FUNCTIONS(assetreg::AssetRepository)

public:
    explicit AssetRepository(Database& db);

    const ReferenceData& reference() const { return m_ref; }
    Database& database() const { return m_db; }
    const AccessControl& access() const { return m_access; }
    bool reloadReference();

    std::optional<Asset> findById(qint64 id);
    // Matches after NFKC: "ＳＯＭ－００１" finds "SOM-001".
    std::optional<Asset> findByNumber(const QString& number);
    QList<Asset> list(const AssetQuery& query = {});
    qint64 count(const AssetQuery& query = {});
    // The ids of the matching assets in the query's order: views page through these.
    QList<qint64> ids(const AssetQuery& query);
    // Assets by id, in the order given (missing ids are left out).
    QList<Asset> byIds(const QList<qint64>& ids, bool withRelations);
    // Number of assets per department id.
    QHash<qint64, qint64> countsByDepartment();
    // The assets that live on a system (the reverse of Asset::livesOnIds).
    QList<Asset> livingOn(qint64 systemId);

    // On success the asset gets its id, version 1 and created/updated stamps.
    bool create(Asset& asset);
    // Many new assets as one change: all are saved, or none (lastError().index names the first
    // that failed). progress(n) is called every 500 assets; returning false cancels.
    bool createMany(QList<Asset>& assets, const std::function<bool(int)>& progress = {});
    // Saves changes made to an asset read at asset.version; refuses a stale version.
    bool update(Asset& asset);
    // Several updates as one change: all are saved, or none.
    bool updateMany(QList<Asset>& assets);
    // The second step of an import, in its transaction: sets what the imported assets live on
    // once all of them have ids. Not an edit: an approved review stays approved.
    bool linkImported(QList<Asset>& assets);
    // A review decision on several assets, all or none. Each is recorded in the audit log with
    // who, when and the comment (required to return). Approval stamps today's date and the
    // approved version; invalid transitions are refused, naming the asset and its state.
    bool review(const QList<qint64>& ids, ReviewDecision decision, const QString& comment);
    // What changed, field by field, since the version an officer last approved (everything,
    // from creation, when it was never approved). Review decisions themselves are left out.
    QList<FieldChange> changesSinceApproval(qint64 id);
    // The asset as it was at one of its versions, rebuilt from the audit log (review fields
    // excluded). nullopt when that version is not in the log.
    std::optional<Asset> stateAtVersion(qint64 id, int version);
    // Saves that earlier state as a new, audited change ("restore"); refused when the asset
    // moved on from expectedVersion meanwhile.
    bool restoreVersion(qint64 id, int version, int expectedVersion);
    // Puts an asset back as it was (status included), as a new audited change ("undo"), if it is
    // still at expectedVersion.
    bool revert(const Asset& before, int expectedVersion, const QString& comment);
    bool retire(qint64 id, int expectedVersion, const QString& reason, const QDate& date);
    bool dispose(qint64 id, int expectedVersion, const QString& method, const QString& witness,
                 const QString& reason, const QDate& date);

    // "<prefix>-<year>-NNNN" with the next free NNNN.
    QString nextAssetNumber(const QString& prefix, int year);

    const StorageError& lastError() const;

private:
    enum class Change { Update, Retire, Dispose, Revert, ImportLink, Review, Restore };
    bool save(Asset& asset, Change change, const QString& comment,
              const QString& reviewAction = QString());
    bool saveMany(QList<Asset>& assets, Change change);
    bool checkBeforeWrite(const Asset& asset, qint64 ignoreId);
    bool writeRelations(const Asset& asset, bool replace);
    bool bindAssetColumns(QSqlQuery& q, const Asset& asset, const QString& numberKey);
    void fillRelations(QList<Asset>& assets);
    QList<Asset> select(const QString& where, const QVariantList& values, const AssetQuery& query);
    std::pair<QString, QVariantList> whereFor(const AssetQuery& query) const;

    Database& m_db;
    ReferenceData m_ref;
    AccessControl m_access;
};

} // namespace assetreg
