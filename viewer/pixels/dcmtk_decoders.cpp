#include "viewer/pixels/dcmtk_decoders.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>

#include <mutex>

namespace dicomnet::viewer {

void registerDcmtkDecoders() {
    static std::once_flag once;
    std::call_once(once, [] {
        // YBR JPEG images come out as RGB, as the image toolkit expects them.
        DJDecoderRegistration::registerCodecs(EDC_photometricInterpretation);
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

}  // namespace dicomnet::viewer
