// Registers DCMTK's decoders (JPEG, JPEG-LS, RLE) once per process. Internal to viewer/.
#pragma once

namespace dicomnet::viewer {
void registerDcmtkDecoders();
}
