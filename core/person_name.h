// DICOM Person Name (PN) helpers: how a name is shown, and the key it is searched by.
#pragma once

#include <QString>

namespace dicomnet {

// "Popescu^Ion^^Dr" → "Popescu, Ion, Dr"; only the first (alphabetic) group unless it is empty.
QString displayPersonName(const QString& pn);

// Case-folded, diacritics removed, separators as spaces: "Știrbu^Ață" → "stirbu ata".
// Used for the index's search column and for the user's query alike.
QString searchKey(const QString& text);

}  // namespace dicomnet
