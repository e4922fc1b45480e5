// A demo patient made by dicomnet itself — no real person's data: four chest X-rays of one
// admission a few days apart, with some patient motion between them and an opacity in the right
// lower lung that grows and then clears, and a chest CT. Written as DICOM Part 10 files for the
// importer (`dicomnet demo`), for screenshots, and for benchmarks.
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace dicomnet {

struct SyntheticPatientOptions {
    int xraySize = 2048;  // pixels a side (0.175 mm each)
    int ctSlices = 120;   // 512 × 512, 2.5 mm apart
    QString patientId = QStringLiteral("DEMO-0001");
};

// The value of the demo's PA chest radiograph at patient coordinates (u right on the image,
// v down; the chest spans about -1…1), without noise: about 250 (air) to 2800 (bone over the
// heart). `opacity` (0…1) is the density of the right lower lobe process. Tests render
// films with known motion from it.
double chestPhantom(double u, double v, double opacity);

// The demo's chest CT in HU at (u, v) of an axial slice (u right, v down, -1…1 across the
// 512-pixel field of view) and z from 0 (lung apex) to 1 (bases), without noise.
double chestCtPhantom(double u, double v, double z);

// Writes the files into `folder` (created); returns their paths.
Result<QStringList> writeSyntheticPatient(const QString& folder,
                                          const SyntheticPatientOptions& options = {});

}  // namespace dicomnet
