// Where the consultation tests start: the demo patient's films imported into a cache, its
// latest study and the first image of that study's first series; and a signing certificate
// from the cache's own site CA. Each step says what failed, for the test's message.
#pragma once

#include "cli_runner.h"

#include "core/synthetic_patient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dicomnet::test {

const QByteArray kPassphrase = "parola-de-semnare\n";

struct DemoStudy {
    QString study, image, imageFile;
    QString error;  // empty when all went well
};

// Writes the demo patient's films under `folder`/films and imports them into `dataDir`.
inline DemoStudy importDemoStudy(const QString& folder, const QString& dataDir, int xraySize = 64) {
    DemoStudy d;
    SyntheticPatientOptions o;
    o.xraySize = xraySize;
    o.ctSlices = 2;
    if (!writeSyntheticPatient(folder + "/films", o)) return {{}, {}, {}, "films not written"};
    const CliResult imported = runDicomnet(dataDir, {"import", folder + "/films"});
    if (imported.exitCode != 0) return {{}, {}, {}, "import: " + QString::fromUtf8(imported.err)};
    const CliResult h = runDicomnet(dataDir, {"history", o.patientId, "--json"});
    if (h.exitCode != 0) return {{}, {}, {}, "history: " + QString::fromUtf8(h.err)};
    d.study = QJsonDocument::fromJson(h.out).array().last().toObject()["study_uid"].toString();
    const QString series =
        QJsonDocument::fromJson(runDicomnet(dataDir, {"ls", "series", d.study, "--json"}).out)
            .array()[0]
            .toObject()["series_uid"]
            .toString();
    const QJsonObject image =
        QJsonDocument::fromJson(runDicomnet(dataDir, {"ls", "instances", series, "--json"}).out)
            .array()[0]
            .toObject();
    d.image = image["sop_instance_uid"].toString();
    d.imageFile = image["file_path"].toString();
    if (d.study.isEmpty() || d.image.isEmpty()) d.error = "no study or image in the cache";
    return d;
}

// `certs init` for the cache, then `certs person NAME --out outDir` (key under kPassphrase).
inline CliResult issuePersonCertificate(const QString& dataDir, const QString& name,
                                        const QString& outDir) {
    CliResult r = runDicomnet(dataDir, {"certs", "init", "--org", "Spitalul Clinic"});
    if (r.exitCode != 0) return r;
    return runDicomnet(dataDir, {"certs", "person", name, "--out", outDir}, 60000, kPassphrase);
}

}  // namespace dicomnet::test
