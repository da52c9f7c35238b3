#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One information asset of the register (DOMAIN.md section 4): a plain value type. Ids refer to
// master data; the *Name/*Code members are filled when read from storage, for display only.
namespace assetreg {

struct AssetRestriction {
    QString code;
    QString parameter; // e.g. "24時間" for 〇〇以内復旧, "書庫B" for 〇〇において保存

    bool operator==(const AssetRestriction&) const = default;
};

struct Asset {
    qint64 id = 0;
    QString assetNumber;
    QString name;
    AssetCategory category = AssetCategory::Information;
    QString subType; // AssetType code
    QString description;

    qint64 departmentId = 0;
    qint64 sectionId = 0;
    qint64 ownerId = 0;     // 管理責任者
    qint64 custodianId = 0; // 担当者
    QString userScope;      // 利用者範囲
    Medium medium = Medium::Electronic;
    QString location; // 保管場所
    Segment segment = Segment::Lgwan;
    QList<qint64> livesOnIds; // assets (systems) this asset lives on

    QString schemeCode;
    QString confidentiality; // level codes of the scheme: "3B", "2", "1"
    QString integrity;
    QString availability;
    QString classificationNote; // why these levels
    // Why a system is classified below information that lives on it (maximum principle).
    QString overrideReason;
    QList<AssetRestriction> restrictions;

    PersonalInfo personalInfo = PersonalInfo::None;
    bool outsourced = false;
    QString contractor;
    QString contractNumber;
    bool cloudService = false;
    QString cloudServiceName;
    QString cloudCertification; // e.g. ISMAP

    QString retention;      // 保存期間, e.g. "5年", "常用"
    QString disposalMethod; // planned method, e.g. 溶解処理

    AssetStatus status = AssetStatus::InUse;
    QDate statusDate; // when retired or disposed
    QString statusReason;
    QString disposalWitness;

    ReviewState reviewState = ReviewState::Draft;
    QDate lastReviewedOn;
    int approvedVersion = 0; // the version an officer last approved (0: never)

    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0; // optimistic lock: bumped by every saved change

    // Filled by storage on read.
    QString departmentCode;
    QString departmentName;
    QString ownerName;
    QStringList livesOnNumbers;

    // "C3B-I2-A2"
    QString classificationLabel() const;
    // What the search box finds the asset by: its own words, folded (foldSearch) so that
    // queries folded the same way match full-width and half-width alike.
    QString searchText() const;
};

} // namespace assetreg
