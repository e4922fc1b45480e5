// The SR reader: `consult show` and `consult verify` on any file — the content tree rendered,
// the digital signatures checked, an encapsulated PDF described.
#include "fuzz_support.h"

#include "consult/encapsulated_document.h"
#include "consult/signing.h"
#include "consult/sr_document.h"
#include "core/dcmtk_setup.h"

using namespace dicomnet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ensureDcmtkConfigured();
    const QString path = fuzz::scratchFile(data, size);
    if (consult::isEncapsulatedPdf(path)) {
        auto doc = consult::readEncapsulated(path);
        (void)doc;
        return 0;
    }
    auto tree = consult::renderTree(path);
    (void)tree;
    auto check = consult::verifySignatures(path, QString());
    (void)check;
    return 0;
}
