// The identifier of a C-FIND, C-MOVE or C-GET request, received off the wire without DCMTK's
// parser: the bytes are collected in memory (up to kMaxIdentifierBytes), screened
// (core/dicom_screen.h) in the presentation context's transfer syntax, and only then parsed.
// DCMTK's own receive parses the data set by recursion, so a deeply nested identifier would
// take the listener down. Internal to network/ (DCMTK types).
#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/dimse.h>

#include <QString>

#include <memory>

class DcmDataset;

namespace dicomnet::network {

// A query names attributes, not pixels: a megabyte is far more than any identifier needs.
constexpr qint64 kMaxIdentifierBytes = 1 << 20;

// Bad condition: the association failed (it is then over). Good with `refusal` set: the
// identifier was read off the wire but not accepted, say why to the caller with a failure
// status. Otherwise `identifier` holds it.
OFCondition receiveIdentifier(T_ASC_Association* association, T_DIMSE_BlockingMode blocking,
                              int timeoutSeconds, T_ASC_PresentationContextID presentationId,
                              std::unique_ptr<DcmDataset>& identifier, QString& refusal);

// The same checks for identifier bytes already in hand (the fuzzing harness uses this).
std::unique_ptr<DcmDataset> parseIdentifier(const QByteArray& bytes,
                                            const QString& transferSyntaxUid, QString& refusal);

}  // namespace dicomnet::network
