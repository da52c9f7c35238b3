#pragma once

#include "Enums.h"

#include <QList>
#include <QString>

#include <optional>

// Master data of the register: the organisation (第4条 organs → departments → sections),
// people, asset types, classification schemes and handling restrictions. All of it is data an
// administrator edits; code only works with ids, keys and ranks.
namespace assetreg {

struct Organ {
    qint64 id = 0;
    QString code;
    QString nameJa;
    QString nameEn;
    int sortOrder = 0;
};

struct Department {
    qint64 id = 0;
    qint64 organId = 0;
    QString code;
    QString nameJa;
    QString nameEn;
    int sortOrder = 0;
    bool active = true;
};

struct Section {
    qint64 id = 0;
    qint64 departmentId = 0;
    QString code;
    QString nameJa;
    QString nameEn;
    int sortOrder = 0;
    bool active = true;
};

struct Person {
    qint64 id = 0;
    QString login; // OS or database login; empty for people who never sign in
    QString name;
    QString title; // 役職, e.g. 課長
    qint64 departmentId = 0;
    qint64 sectionId = 0;
    QString email;
    QString phone;
    bool active = true;
};

// A 第5条 sub-type such as "server" or "network diagram".
struct AssetType {
    QString code;
    AssetCategory category = AssetCategory::Infrastructure;
    QString nameJa;
    QString nameEn;
    int sortOrder = 0;
};

struct ClassificationLevel {
    qint64 id = 0;
    Axis axis = Axis::Confidentiality;
    QString code; // "3B", "2", "1"
    int rank = 1; // comparable across the scheme: higher is stricter
    QString labelJa;
    QString labelEn;
    QString definitionJa;
    QString definitionEn;
    QStringList defaultRestrictions; // restriction codes suggested for this level
};

struct ClassificationScheme {
    qint64 id = 0;
    QString code;
    QString nameJa;
    QString nameEn;
    bool isDefault = false;
    QList<ClassificationLevel> levels;

    QList<ClassificationLevel> levelsOf(Axis axis) const;
    // Finds a level by code after NFKC; accepts "3B", "C3B", "機密性3B", "自治体機密性3B".
    std::optional<ClassificationLevel> findLevel(Axis axis, const QString& text) const;
    std::optional<ClassificationLevel> levelById(qint64 levelId) const;
};

struct HandlingRestriction {
    qint64 id = 0;
    QString code;
    Axis axis = Axis::Confidentiality;
    QString labelJa;
    QString labelEn;
    bool takesParameter = false; // e.g. 〇〇以内復旧 needs the recovery time
    int sortOrder = 0;
};

// A consistent snapshot of all master data, loaded once and handed to validators and views.
struct ReferenceData {
    QList<Organ> organs;
    QList<Department> departments;
    QList<Section> sections;
    QList<Person> people;
    QList<AssetType> assetTypes;
    QList<ClassificationScheme> schemes;
    QList<HandlingRestriction> restrictions;

    const Department* department(qint64 id) const;
    const Department* departmentByCode(const QString& code) const;
    const Section* section(qint64 id) const;
    const Person* person(qint64 id) const;
    // By login, or else by exact name.
    const Person* personByLoginOrName(const QString& text) const;
    const AssetType* assetType(const QString& code) const;
    const ClassificationScheme* scheme(const QString& schemeCode) const;
    const ClassificationScheme* defaultScheme() const;
    const HandlingRestriction* restriction(const QString& code) const;
};

// The name to show: Japanese in the Japanese UI; the English name, when there is one, otherwise.
QString localisedName(const QString& nameJa, const QString& nameEn);

} // namespace assetreg
