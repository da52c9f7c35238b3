#include "MasterData.h"

#include "Normalize.h"

#include <QLocale>

namespace assetreg {

namespace {
template <typename T, typename Pred> const T* findIn(const QList<T>& list, Pred pred) {
    for (const T& item : list) {
        if (pred(item))
            return &item;
    }
    return nullptr;
}
} // namespace

QList<ClassificationLevel> ClassificationScheme::levelsOf(Axis axis) const {
    QList<ClassificationLevel> result;
    for (const auto& level : levels) {
        if (level.axis == axis)
            result.append(level);
    }
    return result;
}

std::optional<ClassificationLevel> ClassificationScheme::findLevel(Axis axis,
                                                                   const QString& text) const {
    const ClassificationLevel* level = levelMemo.find(levels, QString(axisLetter(axis)) + text,
                                                      [&] { return resolveLevel(axis, text); });
    if (!level)
        return std::nullopt;
    return *level;
}

const ClassificationLevel* ClassificationScheme::resolveLevel(Axis axis,
                                                              const QString& text) const {
    QString wanted = foldKey(text);
    if (wanted.isEmpty())
        return nullptr;
    for (const auto& level : levels) {
        if (level.axis != axis)
            continue;
        const QString levelCode = foldKey(level.code);
        if (wanted == levelCode || wanted == QString(axisLetter(axis)) + levelCode ||
            wanted == foldKey(level.labelJa) || wanted == foldKey(level.labelEn))
            return &level;
    }
    // "機密性3B" or "自治体機密性3B" when the scheme's own label differs: strip the axis word.
    static const QStringList prefixes{QStringLiteral("自治体機密性"), QStringLiteral("機密性"),
                                      QStringLiteral("完全性"), QStringLiteral("可用性")};
    for (const QString& prefix : prefixes) {
        if (wanted.startsWith(prefix))
            return resolveLevel(axis, wanted.mid(prefix.size()));
    }
    return nullptr;
}

std::optional<ClassificationLevel> ClassificationScheme::levelById(qint64 levelId) const {
    for (const auto& level : levels) {
        if (level.id == levelId)
            return level;
    }
    return std::nullopt;
}

QList<OrgUnit> ReferenceData::units(OrgLevel level) const {
    QList<OrgUnit> result;
    switch (level) {
    case OrgLevel::Organ:
        for (const Organ& o : organs)
            result.append({level, o.id, 0, o.code, o.nameJa, o.nameEn, o.sortOrder, true});
        break;
    case OrgLevel::Department:
        for (const Department& d : departments)
            result.append(
                {level, d.id, d.organId, d.code, d.nameJa, d.nameEn, d.sortOrder, d.active});
        break;
    case OrgLevel::Section:
        for (const Section& s : sections)
            result.append(
                {level, s.id, s.departmentId, s.code, s.nameJa, s.nameEn, s.sortOrder, s.active});
        break;
    }
    return result;
}

const Department* ReferenceData::department(qint64 id) const {
    return m_departmentById.find(departments, id, [&] {
        return findIn(departments, [id](const Department& d) { return d.id == id; });
    });
}

const Department* ReferenceData::departmentByCode(const QString& code) const {
    return m_departmentByKey.find(departments, code, [&]() -> const Department* {
        const QString key = foldKey(code);
        const Department* byCode =
            findIn(departments, [&](const Department& d) { return foldKey(d.code) == key; });
        if (byCode)
            return byCode;
        const Department* byName =
            findIn(departments, [&](const Department& d) { return d.nameJa == code.trimmed(); });
        if (byName)
            return byName;
        // "SOM 総務課", as the register prints it.
        const QString firstWord = code.trimmed().section(QLatin1Char(' '), 0, 0);
        if (firstWord != code.trimmed())
            return departmentByCode(firstWord);
        return nullptr;
    });
}

const Section* ReferenceData::section(qint64 id) const {
    return m_sectionById.find(sections, id, [&] {
        return findIn(sections, [id](const Section& s) { return s.id == id; });
    });
}

const Person* ReferenceData::person(qint64 id) const {
    return m_personById.find(
        people, id, [&] { return findIn(people, [id](const Person& p) { return p.id == id; }); });
}

const Person* ReferenceData::personByLoginOrName(const QString& text) const {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return nullptr;
    const Person* byLogin = findIn(people, [&](const Person& p) {
        return !p.login.isEmpty() && p.login.compare(trimmed, Qt::CaseInsensitive) == 0;
    });
    if (byLogin)
        return byLogin;
    // Names are compared with full-width spaces and runs of spaces folded: 「山本　直樹」 is
    // found by "山本 直樹".
    auto folded = [](const QString& name) {
        return name.normalized(QString::NormalizationForm_KC).simplified();
    };
    const QString wanted = folded(trimmed);
    return findIn(people, [&](const Person& p) { return folded(p.name) == wanted; });
}

const AssetType* ReferenceData::assetType(const QString& code) const {
    return m_typeByKey.find(assetTypes, code, [&] {
        const QString key = foldKey(code);
        return findIn(assetTypes, [&](const AssetType& t) {
            return foldKey(t.code) == key || t.nameJa == code.trimmed() ||
                   (!t.nameEn.isEmpty() && foldKey(t.nameEn) == key);
        });
    });
}

const ClassificationScheme* ReferenceData::scheme(const QString& schemeCode) const {
    return m_schemeByKey.find(schemes, schemeCode, [&] {
        const QString key = foldKey(schemeCode);
        return findIn(schemes,
                      [&](const ClassificationScheme& s) { return foldKey(s.code) == key; });
    });
}

const ClassificationScheme* ReferenceData::defaultScheme() const {
    const ClassificationScheme* marked =
        findIn(schemes, [](const ClassificationScheme& s) { return s.isDefault; });
    return marked ? marked : (schemes.isEmpty() ? nullptr : &schemes.first());
}

const HandlingRestriction* ReferenceData::restriction(const QString& code) const {
    return m_restrictionByKey.find(restrictions, code, [&] {
        const QString key = foldKey(code);
        return findIn(restrictions, [&](const HandlingRestriction& r) {
            return foldKey(r.code) == key || r.labelJa == code.trimmed();
        });
    });
}

QString localisedName(const QString& nameJa, const QString& nameEn) {
    if (QLocale().language() == QLocale::Japanese || nameEn.isEmpty())
        return nameJa;
    return nameEn;
}

} // namespace assetreg
