// Case and diacritic folding for comparing words: "Café NAÏVE" -> "cafe naive". Used for
// lexicon keys and name matching; never applied to the stored text.
#pragma once

#include <QString>
#include <QStringView>

namespace kliping::text {

// Lower case (full case folding) without diacritics; typographic apostrophes become '.
QString fold(QStringView text);
// fold() keeping only letters and digits: "KemenPAN-RB" and "Kemenpan RB" -> "kemenpanrb".
QString compactKey(QStringView text);

} // namespace kliping::text
