#pragma once

#include "domain/AssetValidator.h"

#include <QString>

// What went wrong in the storage layer, for the caller to show. Storage never shows UI itself.
namespace assetreg {

struct StorageError {
    enum class Kind {
        None,
        Validation, // fieldErrors says which fields
        Conflict,   // optimistic lock: someone else saved first
        Duplicate,  // asset number already used
        NotFound,
        InvalidState, // e.g. retiring a disposed asset
        Refused,      // file not a register, newer schema, read-only
        Io,
        Sql,
        Cancelled, // the user stopped it; nothing was saved
    };
    Kind kind = Kind::None;
    QString message;
    QList<FieldError> fieldErrors;
    int index = -1; // in a many-item change, which item failed

    bool isError() const { return kind != Kind::None; }
    static StorageError none() { return {}; }
    static StorageError make(Kind kind, const QString& message) { return {kind, message, {}}; }
};

} // namespace assetreg
