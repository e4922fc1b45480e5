// What a slice carries besides its pixels, read from its data set: the file's windows and VOI
// LUT function, spacing (Pixel Spacing, else Imager Pixel Spacing), position and orientation,
// instance number, SOP Instance UID, modality, whether it shows inverted. Internal to viewer/.
#pragma once

#include "viewer/pixels/display_slice.h"

class DcmDataset;

namespace dicomnet::viewer {

void readSliceAttributes(DcmDataset& ds, DisplaySlice& s);

}  // namespace dicomnet::viewer
