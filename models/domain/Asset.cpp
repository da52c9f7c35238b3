#include "Asset.h"

namespace assetreg {

QString Asset::classificationLabel() const {
    if (confidentiality.isEmpty() && integrity.isEmpty() && availability.isEmpty())
        return {};
    return QLatin1Char('C') + confidentiality + QLatin1String("-I") + integrity +
           QLatin1String("-A") + availability;
}

} // namespace assetreg
