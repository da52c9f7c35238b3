#include "Normalize.h"

namespace assetreg {

QString foldKey(const QString& text) {
    QString folded = text.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    for (QChar& ch : folded) {
        switch (ch.unicode()) {
        case 0x2010: // hyphen
        case 0x2011: // non-breaking hyphen
        case 0x2012: // figure dash
        case 0x2013: // en dash
        case 0x2014: // em dash
        case 0x2015: // horizontal bar
        case 0x2212: // minus sign
        case 0x30FC: // katakana prolonged sound mark, typed for '-' by IMEs
            ch = QLatin1Char('-');
            break;
        default:
            break;
        }
    }
    return folded;
}

QString foldSearch(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).toLower();
}

} // namespace assetreg
