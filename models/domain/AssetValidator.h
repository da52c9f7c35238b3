#pragma once

#include <QCoreApplication>

#include "Asset.h"
#include "MasterData.h"

// Field-level validation of an asset against the master data: one message per field, in the
// user's language, so that editors can show each next to its field and the CLI can list them.
namespace assetreg {

struct FieldError {
    QString field; // AssetField key
    QString message;
};

class AssetValidator {
    Q_DECLARE_TR_FUNCTIONS(assetreg::AssetValidator)

public:
    static constexpr int kMaxNumberLength = 32;
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxTextLength = 4000;
    static constexpr int kMaxShortTextLength = 200;

    explicit AssetValidator(const ReferenceData& reference);

    QList<FieldError> validate(const Asset& asset) const;

    static QString formatErrors(const QList<FieldError>& errors);

private:
    const ReferenceData& m_ref;
};

} // namespace assetreg
