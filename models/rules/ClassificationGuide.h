#pragma once

#include "domain/Asset.h"
#include "domain/MasterData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The classification guide: plain questions whose answers become a proposed C/I/A label and
// handling restrictions, with the reasons, so that staff who never read the 対策基準 still
// classify the way the security officer would.
namespace assetreg {

struct GuideAnswers {
    PersonalInfo personalInfo = PersonalInfo::None;
    bool secretEquivalent = false;      // equivalent to the State's "secret documents" → 3A
    bool seriousLargeScaleHarm = false; // leak would seriously harm residents, large scale → 3B
    bool strictConfidentiality = false; // other info needing strict confidentiality → 3C
    bool publicInformation = false;     // already public, or publishable without harm → 1
    bool alterationHarms = false;       // errors would harm rights or administration → I2
    bool unavailabilityHarms = false;   // a day without it would harm the same way → A2
    QString recoveryTime;               // e.g. "24時間"; the recovery_time parameter when A2
    bool electronic = true;
};

struct GuideReason {
    Axis axis = Axis::Confidentiality;
    QString text;
};

struct GuideProposal {
    QString confidentiality; // level codes that exist in the scheme the proposal was made for
    QString integrity;
    QString availability;
    QList<AssetRestriction> restrictions; // in the order of the restriction master (sortOrder)
    QList<GuideReason> reasons;           // at least one per axis, in the user's language
};

class ClassificationGuide {
    Q_DECLARE_TR_FUNCTIONS(assetreg::ClassificationGuide)

public:
    struct Question {
        QString id; // the GuideAnswers member it fills, as a key: "personal_info", …
        QString text;
        QString help;
    };

    static GuideProposal propose(const GuideAnswers& answers, const ClassificationScheme& scheme,
                                 const QList<HandlingRestriction>& known);

    // The questions in the order the UI asks them.
    static QList<Question> questions();
};

} // namespace assetreg
