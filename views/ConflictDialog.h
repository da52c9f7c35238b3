#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"

#include <QDialog>

class QTableWidget;

namespace assetreg {

// Shown when saving finds that someone else saved the asset first: what they changed, and
// whether to take their version or to save mine over it.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Reload, KeepMine, Cancel };

    ConflictDialog(const Asset& mine, const Asset& theirs, const ReferenceData& ref,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // Number of fields whose text differs between the two versions.
    int differenceCount() const;

private:
    void choose(Choice choice);

    QTableWidget* m_table = nullptr;
    Choice m_choice = Choice::Cancel;
};

} // namespace assetreg
