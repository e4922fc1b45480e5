#include "presentation_contexts.h"

#include <dcmtk/dcmdata/dcuid.h>

namespace dicomnet::network {

OFList<OFString> receivableTransferSyntaxes() {
    OFList<OFString> list;
    for (const char* uid :
         {UID_JPEG2000LosslessOnlyTransferSyntax,
          UID_JPEG2000TransferSyntax,
          UID_JPEG2000Part2MulticomponentImageCompressionLosslessOnlyTransferSyntax,
          UID_JPEG2000Part2MulticomponentImageCompressionTransferSyntax,
          UID_JPEGLSLosslessTransferSyntax,
          UID_JPEGLSLossyTransferSyntax,
          UID_JPEGProcess14SV1TransferSyntax,
          UID_JPEGProcess14TransferSyntax,
          UID_JPEGProcess1TransferSyntax,
          UID_JPEGProcess2_4TransferSyntax,
          UID_RLELosslessTransferSyntax,
          UID_MPEG2MainProfileAtMainLevelTransferSyntax,
          UID_MPEG2MainProfileAtHighLevelTransferSyntax,
          UID_MPEG4HighProfileLevel4_1TransferSyntax,
          UID_MPEG4BDcompatibleHighProfileLevel4_1TransferSyntax,
          UID_MPEG4HighProfileLevel4_2_For2DVideoTransferSyntax,
          UID_MPEG4HighProfileLevel4_2_For3DVideoTransferSyntax,
          UID_MPEG4StereoHighProfileLevel4_2TransferSyntax,
          UID_HEVCMainProfileLevel5_1TransferSyntax,
          UID_HEVCMain10ProfileLevel5_1TransferSyntax,
          UID_DeflatedExplicitVRLittleEndianTransferSyntax,
          UID_LittleEndianExplicitTransferSyntax,
          UID_BigEndianExplicitTransferSyntax,
          UID_LittleEndianImplicitTransferSyntax})
        list.push_back(uid);
    return list;
}

std::vector<OFString> storageSopClasses() {
    std::vector<OFString> classes;
    for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i)
        classes.emplace_back(dcmAllStorageSOPClassUIDs[i]);
    return classes;
}

}  // namespace dicomnet::network
