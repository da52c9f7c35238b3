#include "UndoLog.h"

#include "AssetRepository.h"
#include "Database.h"
#include "domain/Clock.h"

namespace assetreg {

void UndoLog::record(const Step& step) {
    m_steps.append(step);
    while (m_steps.size() > kMaxSteps)
        m_steps.removeFirst();
}

QString UndoLog::undoDescription() const {
    return m_steps.isEmpty() ? QString() : m_steps.last().description;
}

bool UndoLog::undo(AssetRepository& repo, QString* error) {
    if (m_steps.isEmpty())
        return false;
    const Step& step = m_steps.last();
    const QString comment = tr("Undo: %1").arg(step.description);
    Transaction tx(repo.database());
    bool ok = tx.isActive();
    for (const Asset& before : step.before) {
        if (!ok)
            break;
        ok = repo.revert(before, step.versionAfter.value(before.id), comment);
    }
    // A registration is undone by retiring the asset: the register never deletes.
    for (qint64 id : step.created) {
        if (!ok)
            break;
        ok =
            repo.retire(id, step.versionAfter.value(id), tr("Registration undone"), Clock::today());
    }
    ok = ok && tx.commit();
    if (!ok) {
        if (error)
            *error =
                tr("\"%1\" cannot be undone: %2").arg(step.description, repo.lastError().message);
        return false;
    }
    m_steps.removeLast();
    return true;
}

} // namespace assetreg
