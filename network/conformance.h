// The tables of dicomnet's DICOM Conformance Statement (docs/conformance_statement.md), made
// from the same lists the listener and the client negotiate with: a test compares them with
// the statement and fails when the two differ.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::network {

struct ConformanceRow {
    QString uid;
    QString name;          // DCMTK's name of the UID
    QStringList syntaxes;  // transfer syntax UIDs, in the order of preference
};

// As SCP (the listener): verification and query/retrieve, then the storage classes.
std::vector<ConformanceRow> scpServices();
QStringList storageScpClasses();
QStringList storageScpSyntaxes();
// As SCU (the client): verification and query/retrieve as proposed.
std::vector<ConformanceRow> scuServices();
// C-GET: the storage classes proposed in the SCP role when the peer does not say what it holds.
std::vector<ConformanceRow> getStorageContexts();

// The statement's generated section, in Markdown.
QString conformanceTables();

}  // namespace dicomnet::network
