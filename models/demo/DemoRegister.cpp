#include "DemoRegister.h"

namespace assetreg {

bool DemoRegister::populate(Database&, QString* error, const Options&) {
    if (error)
        *error = QStringLiteral("not yet written");
    return false;
}

} // namespace assetreg
