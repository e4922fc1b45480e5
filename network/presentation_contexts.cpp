#include "presentation_contexts.h"

#include <dcmtk/dcmdata/dcuid.h>

#include <algorithm>
#include <set>

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

std::vector<ServiceContext> listenerServiceContexts() {
    OFList<OFString> syntaxes;
    for (const char* ts :
         {UID_LittleEndianExplicitTransferSyntax, UID_BigEndianExplicitTransferSyntax,
          UID_LittleEndianImplicitTransferSyntax})
        syntaxes.push_back(ts);
    std::vector<ServiceContext> out;
    for (const char* sopClass :
         {UID_VerificationSOPClass, UID_FINDStudyRootQueryRetrieveInformationModel,
          UID_FINDPatientRootQueryRetrieveInformationModel,
          UID_MOVEStudyRootQueryRetrieveInformationModel,
          UID_MOVEPatientRootQueryRetrieveInformationModel,
          UID_GETStudyRootQueryRetrieveInformationModel,
          UID_GETPatientRootQueryRetrieveInformationModel})
        out.push_back({sopClass, syntaxes});
    return out;
}

OFList<OFString> commandTransferSyntaxes() {
    OFList<OFString> list;
    list.push_back(UID_LittleEndianExplicitTransferSyntax);
    list.push_back(UID_LittleEndianImplicitTransferSyntax);
    return list;
}

std::vector<OFString> uncompressedSendSyntaxes() {
    return {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax};
}

void acceptStorageContexts(T_ASC_Parameters* params) {
    static const std::set<OFString> storage = [] {
        const std::vector<OFString> all = storageSopClasses();
        return std::set<OFString>(all.begin(), all.end());
    }();
    static const OFList<OFString> preferred = receivableTransferSyntaxes();
    const int count = ASC_countPresentationContexts(params);
    for (int i = 0; i < count; ++i) {
        T_ASC_PresentationContext pc;
        if (ASC_getPresentationContext(params, i, &pc).bad() ||
            !storage.count(OFString(pc.abstractSyntax)))
            continue;
        for (const OFString& ts : preferred) {
            bool proposed = false;
            for (int t = 0; t < pc.transferSyntaxCount && !proposed; ++t)
                proposed = ts == pc.proposedTransferSyntaxes[t];
            if (!proposed) continue;
            ASC_acceptPresentationContext(params, pc.presentationContextID, ts.c_str(),
                                          pc.proposedRole);
            break;
        }
    }
}

namespace {

const char* const kUncompressed[] = {UID_LittleEndianExplicitTransferSyntax,
                                     UID_LittleEndianImplicitTransferSyntax,
                                     UID_BigEndianExplicitTransferSyntax};
// What modalities and archives most often hold compressed images in.
const char* const kLikelyCompressed[] = {
    UID_JPEGProcess1TransferSyntax,         UID_JPEGProcess14SV1TransferSyntax,
    UID_JPEG2000LosslessOnlyTransferSyntax, UID_JPEG2000TransferSyntax,
    UID_RLELosslessTransferSyntax,          UID_JPEGLSLosslessTransferSyntax,
    UID_JPEGProcess2_4TransferSyntax};
// The image classes a radiology workstation meets most.
const char* const kCommonImageClasses[] = {UID_ComputedRadiographyImageStorage,
                                           UID_DigitalXRayImageStorageForPresentation,
                                           UID_DigitalXRayImageStorageForProcessing,
                                           UID_CTImageStorage,
                                           UID_EnhancedCTImageStorage,
                                           UID_MRImageStorage,
                                           UID_EnhancedMRImageStorage,
                                           UID_UltrasoundImageStorage,
                                           UID_UltrasoundMultiframeImageStorage,
                                           UID_SecondaryCaptureImageStorage,
                                           UID_DigitalMammographyXRayImageStorageForPresentation,
                                           UID_XRayAngiographicImageStorage,
                                           UID_NuclearMedicineImageStorage,
                                           UID_PositronEmissionTomographyImageStorage,
                                           UID_XRayRadiofluoroscopicImageStorage,
                                           UID_RTImageStorage,
                                           UID_RTDoseStorage};

bool isUncompressed(const OFString& ts) {
    for (const char* u : kUncompressed)
        if (ts == u) return true;
    return false;
}

class ContextPlan {
public:
    explicit ContextPlan(size_t budget) : budget_(budget) {}
    bool add(const OFString& sopClass, std::initializer_list<OFString> syntaxes) {
        if (contexts_.size() >= budget_) return false;
        ProposedContext c{sopClass, {}};
        for (const OFString& ts : syntaxes) c.syntaxes.push_back(ts);
        contexts_.push_back(std::move(c));
        return true;
    }
    bool addUncompressed(const OFString& sopClass) {
        if (contexts_.size() >= budget_) return false;
        ProposedContext c{sopClass, {}};
        for (const char* ts : kUncompressed) c.syntaxes.push_back(ts);
        contexts_.push_back(std::move(c));
        return true;
    }
    bool proposed(const OFString& sopClass) const {
        for (const ProposedContext& c : contexts_)
            if (c.sopClass == sopClass) return true;
        return false;
    }
    std::vector<ProposedContext> take() { return std::move(contexts_); }

private:
    size_t budget_;
    std::vector<ProposedContext> contexts_;
};

}  // namespace

std::vector<ProposedContext> planGetContexts(const std::vector<HeldClass>& held, size_t budget) {
    ContextPlan plan(budget);
    for (const HeldClass& h : held) {
        plan.addUncompressed(h.sopClass);
        std::vector<OFString> compressed;
        for (const OFString& ts : h.syntaxes)
            if (!isUncompressed(ts) &&
                std::find(compressed.begin(), compressed.end(), ts) == compressed.end())
                compressed.push_back(ts);
        if (h.syntaxes.empty())
            for (const char* ts : kLikelyCompressed) compressed.emplace_back(ts);
        for (const OFString& ts : compressed) plan.add(h.sopClass, {ts});
    }
    if (held.empty()) {
        for (const char* sopClass : kCommonImageClasses) {
            plan.addUncompressed(sopClass);
            // The five likeliest compressed syntaxes: 17 × 6 contexts leave room for others.
            for (size_t i = 0; i < 5; ++i) plan.add(sopClass, {kLikelyCompressed[i]});
        }
        for (const OFString& sopClass : storageSopClasses())
            if (!plan.proposed(sopClass) && !plan.addUncompressed(sopClass)) break;
    }
    return plan.take();
}

}  // namespace dicomnet::network
