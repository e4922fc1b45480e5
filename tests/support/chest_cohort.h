// A labelled cohort of chest films for the learning module's tests and figures: patients of a
// thorax phantom (their own body and lung sizes), each with several PA films of an admission
// with opacities of known Brixia grade in known zones (grades move by at most one between a
// patient's films), patient motion between films (rotation, shift), other pixel spacings,
// MONOCHROME1 on some, collimation on some; a few films with anomalies that look like nothing
// else (a large mass, a pneumothorax, a foreign body); and films the descriptor must refuse
// (a lateral view, a child, a hand, a blank and a saturated image). Also chest CT series with
// ground glass and consolidation in known lung thirds. Everything is made here; nothing real.
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace dicomnet::test {

struct CohortFilm {
    QString file, patientId, studyUid, seriesUid, sopUid;
    int patient = 0, visit = 0;
    std::array<int, 6> grades{};  // Brixia A–F
    int total() const {
        int t = 0;
        for (int g : grades) t += g;
        return t;
    }
    bool anomaly = false;
    QString refuse;  // why the descriptor must refuse it ("lateral", "child", …), else empty
};

struct CohortOptions {
    int patients = 30;
    int filmsPerPatient = 3;
    int anomalies = 3;
    bool refusals = true;  // add the films to be refused
    double scale = 1.0;    // pixel count factor (1: about 760×880 at 0.5 mm)
    unsigned seed = 7;
};

// Writes the films into `folder` (one file each); returns them.
std::vector<CohortFilm> writeChestCohort(const QString& folder, const CohortOptions& options);

struct CohortCt {
    QStringList files;
    QString studyUid, seriesUid;
    // Ground glass and consolidation put in: per region (right upper, middle, lower, left…).
    std::array<double, 6> groundGlass{}, consolidation{};
};

// A chest CT of `slices` slices 512×512 (0.7 mm, `gap` mm apart) into `folder`; ground glass
// and consolidation blobs in the regions given (0: none, 1: some, 2: much). `lungs` false
// puts the field of view below the lungs (an abdomen). `patient` 0 is the one standard body
// (patient COH-CT); another number is a patient of its own (COH-CT-n) whose body and lungs are
// 10 % larger or smaller and whose blobs lie up to 8 mm elsewhere.
CohortCt writeChestCt(const QString& folder, int slices, double gap,
                      const std::array<int, 6>& groundGlass,
                      const std::array<int, 6>& consolidation, bool lungs = true,
                      unsigned seed = 11, int patient = 0);

}  // namespace dicomnet::test
