#pragma once

#include <QCoreApplication>

#include "domain/Asset.h"
#include "domain/AssetValidator.h"
#include "domain/MasterData.h"

#include <QJsonObject>

// Turns field values typed by people (CLI options, JSON, later CSV cells) into an Asset and back,
// by AssetField key. Accepts codes or Japanese names for master data and both languages for
// fixed vocabularies; an unknown value is an error for that field, never a silent default.
namespace assetreg {

class AssetTextCodec {
    Q_DECLARE_TR_FUNCTIONS(assetreg::AssetTextCodec)

public:
    explicit AssetTextCodec(const ReferenceData& reference);

    // Sets one field; returns false with *error (in the user's language) for a bad value or an
    // unknown key. "lives_on" fills asset.livesOnNumbers; the caller resolves them to ids.
    bool setField(Asset& asset, const QString& key, const QString& value, QString* error) const;

    // Reads every key of a JSON object; collects one error per bad field.
    QList<FieldError> fromJson(Asset& asset, const QJsonObject& object) const;

    // Every field as the text the user reads and could type back.
    QJsonObject toJson(const Asset& asset) const;
    QString text(const Asset& asset, const QString& key) const;

private:
    const ReferenceData& m_ref;
};

} // namespace assetreg
