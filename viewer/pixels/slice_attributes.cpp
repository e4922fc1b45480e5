#include "viewer/pixels/slice_attributes.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

namespace dicomnet::viewer {

namespace {
QString ascii(DcmDataset& ds, const DcmTagKey& key) {
    OFString v;
    ds.findAndGetOFStringArray(key, v);
    return QString::fromLatin1(v.c_str()).trimmed();
}
}  // namespace

void readSliceAttributes(DcmDataset& ds, DisplaySlice& s) {
    const QString photometric = ascii(ds, DCM_PhotometricInterpretation);
    s.inverse = (photometric == QLatin1String("MONOCHROME1")) !=
                (ascii(ds, DCM_PresentationLUTShape) == QLatin1String("INVERSE"));
    s.voiFunction = ascii(ds, DCM_VOILUTFunction).toUpper();
    if (s.voiFunction.isEmpty()) s.voiFunction = QStringLiteral("LINEAR");
    s.windows.clear();
    for (unsigned long i = 0;; ++i) {
        VoiWindow w;
        if (ds.findAndGetFloat64(DCM_WindowCenter, w.center, i).bad() ||
            ds.findAndGetFloat64(DCM_WindowWidth, w.width, i).bad())
            break;
        OFString explanation;
        ds.findAndGetOFString(DCM_WindowCenterWidthExplanation, explanation, i);
        w.explanation = QString::fromLatin1(explanation.c_str());
        if (w.width >= 1) s.windows.push_back(w);
    }
    Float64 row = 0, column = 0;
    if (ds.findAndGetFloat64(DCM_PixelSpacing, row, 0).good() &&
        ds.findAndGetFloat64(DCM_PixelSpacing, column, 1).good() && row > 0 && column > 0) {
        s.rowSpacing = row;
        s.columnSpacing = column;
    } else if (ds.findAndGetFloat64(DCM_ImagerPixelSpacing, row, 0).good() &&
               ds.findAndGetFloat64(DCM_ImagerPixelSpacing, column, 1).good() && row > 0 &&
               column > 0) {
        s.rowSpacing = row;
        s.columnSpacing = column;
        s.spacingIsImagerSpacing = true;
    }
    bool geometry = true;
    for (int i = 0; i < 3 && geometry; ++i)
        geometry = ds.findAndGetFloat64(DCM_ImagePositionPatient, s.position[i], i).good();
    for (int i = 0; i < 6 && geometry; ++i)
        geometry = ds.findAndGetFloat64(DCM_ImageOrientationPatient, s.orientation[i], i).good();
    s.hasGeometry = geometry;
    s.patientOrientation = ascii(ds, DCM_PatientOrientation);
    Sint32 number = 0;
    if (ds.findAndGetSint32(DCM_InstanceNumber, number).good()) s.instanceNumber = number;
    s.sopInstanceUid = ascii(ds, DCM_SOPInstanceUID);
    s.modality = ascii(ds, DCM_Modality);
    s.frameOfReferenceUid = ascii(ds, DCM_FrameOfReferenceUID);
}

}  // namespace dicomnet::viewer
