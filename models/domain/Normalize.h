#pragma once

#include <QString>

// Normalisation of codes and keys. Free text is never normalised silently; only identifiers
// that users compare (asset numbers, department codes, level codes) go through these.
namespace assetreg {

// NFKC, trimmed, upper-case, with the dash look-alikes that Japanese IMEs produce (ー, －, ‐, −)
// folded to '-'. "ＳＯＭ－００１" and "som-001" both give "SOM-001".
QString foldKey(const QString& text);

// The form in which text is indexed and searched: NFKC and lower case, so that ＰＣ, pc and PC
// and full-width digits match. Only for the search index, never stored as the user's text.
QString foldSearch(const QString& text);

} // namespace assetreg
