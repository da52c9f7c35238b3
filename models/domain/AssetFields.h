#pragma once

#include "Asset.h"
#include "MasterData.h"

#include <functional>

// The register's fields as data: one descriptor per field with its stable key, its translated
// label and how to render its value as text. Diffs for the audit log, `show`, and (later)
// import/export all walk this one list, so adding a field is one entry here.
namespace assetreg {

struct FieldChange {
    QString field; // stable key, e.g. "confidentiality"
    QString oldValue;
    QString newValue;
};

// Appends key: before → after to `changes` when the value changed.
void noteChange(QList<FieldChange>* changes, const char* key, const QString& before,
                const QString& after);

struct AssetField {
    const char* key;
    const char* label; // translatable, context "AssetField"
    std::function<QString(const Asset&, const ReferenceData&)> text;         // stable, round-trips
    std::function<QString(const Asset&, const ReferenceData&)> display = {}; // for people

    QString translatedLabel() const;
    // What people read: translated names for vocabularies, otherwise the same as text().
    QString displayText(const Asset& asset, const ReferenceData& ref) const;
};

const QList<AssetField>& assetFields();
const AssetField* assetField(const QString& key);

// Field-by-field differences, rendered as the user reads them (codes and names, not ids).
QList<FieldChange> diffAssets(const Asset& before, const Asset& after, const ReferenceData& ref);
// Every non-empty field as a change from nothing: the record of a newly created asset.
QList<FieldChange> initialValues(const Asset& asset, const ReferenceData& ref);

QString restrictionsText(const QList<AssetRestriction>& restrictions, const ReferenceData& ref);

} // namespace assetreg
