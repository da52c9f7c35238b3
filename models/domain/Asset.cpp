#include "Asset.h"

#include "Normalize.h"

namespace assetreg {

QString Asset::classificationLabel() const {
    if (confidentiality.isEmpty() && integrity.isEmpty() && availability.isEmpty())
        return {};
    return QLatin1Char('C') + confidentiality + QLatin1String("-I") + integrity +
           QLatin1String("-A") + availability;
}

QString Asset::searchText() const {
    const QStringList parts{assetNumber, name,       description,      location,
                            userScope,   contractor, cloudServiceName, classificationNote,
                            retention};
    return foldSearch(parts.join(QLatin1Char('\n')));
}

} // namespace assetreg
