#pragma once

#include "domain/Asset.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// The user's own recent changes in this session, to undo the latest one. Undoing is itself an
// audited change; it is refused when someone changed the asset since.
namespace assetreg {

class AssetRepository;

class UndoLog {
    Q_DECLARE_TR_FUNCTIONS(assetreg::UndoLog)

public:
    struct Step {
        QString description;             // "Edit SOM-2026-0001", shown in the Undo action
        QList<Asset> before;             // existing assets as they were before the step
        QList<qint64> created;           // assets the step created: undo retires them
        QHash<qint64, int> versionAfter; // each asset's version right after the step
    };

    void record(const Step& step);
    bool canUndo() const { return !m_steps.isEmpty(); }
    QString undoDescription() const;
    // Undoes the latest step, all its assets in one transaction. On failure nothing changed,
    // the step stays, and *error says why.
    bool undo(AssetRepository& repo, QString* error);
    void clear() { m_steps.clear(); }

    static constexpr int kMaxSteps = 50;

private:
    QList<Step> m_steps;
};

} // namespace assetreg
