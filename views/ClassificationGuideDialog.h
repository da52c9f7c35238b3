#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"
#include "rules/ClassificationGuide.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace assetreg {

// Asks the classification guide's questions and shows, as they are answered, the C/I/A levels
// and handling restrictions it proposes with its reasons; Apply hands the proposal back.
class ClassificationGuideDialog : public QDialog {
    Q_OBJECT
public:
    ClassificationGuideDialog(const Asset& asset, const ClassificationScheme& scheme,
                              const QList<HandlingRestriction>& restrictions,
                              QWidget* parent = nullptr);

    const GuideProposal& proposal() const { return m_proposal; }
    GuideAnswers answers() const;

private:
    QWidget* createQuestion(const ClassificationGuide::Question& question, QWidget* parent);
    void updateProposal();
    QString levelText(Axis axis, const QString& code) const;

    ClassificationScheme m_scheme;
    QList<HandlingRestriction> m_restrictions;
    GuideProposal m_proposal;

    QComboBox* m_personalInfo = nullptr;
    QLineEdit* m_recoveryTime = nullptr;
    QHash<QString, QButtonGroup*> m_yesNo; // question id → its yes (id 1) / no (id 0) group
    QLabel* m_confidentiality = nullptr;
    QLabel* m_integrity = nullptr;
    QLabel* m_availability = nullptr;
    QLabel* m_restrictionsLabel = nullptr;
    QTextBrowser* m_reasons = nullptr;
};

} // namespace assetreg
