#pragma once

#include "Enums.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Master data of the register: the organisation (第4条 organs → departments → sections),
// people, asset types, classification schemes and handling restrictions. All of it is data an
// administrator edits; code only works with ids, keys and ranks.
namespace assetreg {

// Remembers which element of a list a lookup key resolved to, so that repeated lookups (every row
// of an import asks for "3B" and "data") skip the NFKC work. It forgets everything when the list
// is modified or replaced.
template <typename Key> class LookupMemo {
public:
    template <typename T, typename Resolve>
    const T* find(const QList<T>& list, const Key& key, Resolve resolve) const {
        if (m_size != list.size() || m_data != static_cast<const void*>(list.constData())) {
            m_hits.clear();
            m_size = list.size();
            m_data = list.constData();
        }
        const auto it = m_hits.constFind(key);
        if (it != m_hits.constEnd())
            return *it < 0 ? nullptr : &list[*it];
        const T* found = resolve();
        m_hits.insert(key, found ? found - list.constData() : -1);
        return found;
    }

private:
    mutable QHash<Key, qsizetype> m_hits;
    mutable qsizetype m_size = -1;
    mutable const void* m_data = nullptr;
};

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

// The three levels of the organisation as the administration screens edit them: one shape for
// organs, departments and sections. Organs have no parent and are always active.
enum class OrgLevel { Organ, Department, Section };

struct OrgUnit {
    OrgLevel level = OrgLevel::Department;
    qint64 id = 0;
    qint64 parentId = 0; // the organ of a department, the department of a section; 0 for organs
    QString code;
    QString nameJa;
    QString nameEn;
    int sortOrder = 0;
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

    LookupMemo<QString> levelMemo = {}; // a cache of findLevel, not data

private:
    const ClassificationLevel* resolveLevel(Axis axis, const QString& text) const;
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
    // The organs, departments or sections in the shape the administration screens edit.
    QList<OrgUnit> units(OrgLevel level) const;

private:
    LookupMemo<qint64> m_departmentById, m_sectionById, m_personById;
    LookupMemo<QString> m_departmentByKey, m_typeByKey, m_schemeByKey, m_restrictionByKey;
};

// The name to show: Japanese in the Japanese UI; the English name, when there is one, otherwise.
QString localisedName(const QString& nameJa, const QString& nameEn);

} // namespace assetreg
