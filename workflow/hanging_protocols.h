// Hanging protocols: how a comparison is laid out (resources/hanging_protocols.json, and the
// user's own hanging_protocols.json in the data directory, tried first).
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::workflow {

struct HangingProtocol {
    QString name;
    QStringList modalities, bodyParts;  // empty: any
    int priors = 1;
    int rows = 1, columns = 2;
    bool align = false;
    bool mpr = false;  // each study in a row of axial, coronal and sagittal planes
    bool matches(const QString& modality, const QString& bodyPart) const;
    // What is wrong with it (no name, priors that do not fit the layout…); empty when nothing.
    QString problem() const;
    bool operator==(const HangingProtocol& o) const;
};

// Parses one file's text; fails with what is wrong and where.
Result<std::vector<HangingProtocol>> parseHangingProtocols(const QByteArray& json);
// The file's text for `protocols` (what parseHangingProtocols reads back).
QByteArray hangingProtocolsJson(const std::vector<HangingProtocol>& protocols);

// The user's own (none without the file; fails when it cannot be read or parsed) and the
// built-in ones.
Result<std::vector<HangingProtocol>> userHangingProtocols(const QString& dataDir);
// The built-in ones, their names in the user's language unless `translated` is false.
std::vector<HangingProtocol> builtInHangingProtocols(bool translated = true);
// The built-in names as lupdate sees them (a test checks them against the file).
QStringList builtInProtocolNames();
// What is wrong with a list of them: the first problem() of one, or two of one name (case
// aside); empty when nothing.
QString problemWith(const std::vector<HangingProtocol>& protocols);
// Replaces the user's protocols, all or nothing (the file is written whole, then renamed);
// fails on a protocol with a problem() or two of one name.
Status saveUserHangingProtocols(const QString& dataDir,
                                const std::vector<HangingProtocol>& protocols);

// The user's protocols (when the file exists and parses), then the built-in ones. A user file
// that does not parse is reported in `warning` and skipped.
std::vector<HangingProtocol> hangingProtocols(const QString& dataDir, QString* warning = nullptr);

// Those that match, in order.
std::vector<HangingProtocol> matchingProtocols(const std::vector<HangingProtocol>& all,
                                               const QString& modality, const QString& bodyPart);

}  // namespace dicomnet::workflow
