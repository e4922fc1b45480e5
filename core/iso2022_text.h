// Decodes DICOM text that uses ISO 2022 code extensions (PS3.5 6.1.2.5) to UTF-8, including
// the multi-byte Japanese, Korean and Chinese sets. DCMTK asks iconv for names such as
// "ISO-IR-87" that the GNU C library does not know; this decoder maps every designated set to
// an EUC form glibc does know. Used when DCMTK's own conversion fails.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dicomnet {

// `specificCharacterSet` is the attribute's value, e.g. "\ISO 2022 IR 87" or
// "ISO 2022 IR 13\ISO 2022 IR 87". Person names reset to the first set at '^' and '='.
// Returns a null QString when a set is not supported.
QString decodeIso2022(const QByteArray& raw, const QString& specificCharacterSet, bool personName);

}  // namespace dicomnet
