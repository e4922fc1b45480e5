// A query identifier as the listener receives it: the first byte picks the presentation
// context's transfer syntax, the rest is the data set. It is screened and parsed, then
// answered from a cache as C-FIND and C-GET would.
#include "fuzz_support.h"

#include "core/dcmtk_setup.h"
#include "db/cache.h"
#include "db/importer.h"
#include "network/identifier_reader.h"
#include "network/query_responder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>

using namespace dicomnet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ensureDcmtkConfigured();
    if (size < 1) return 0;
    static const char* const syntaxes[] = {"1.2.840.10008.1.2", "1.2.840.10008.1.2.1",
                                           "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"};
    const QString syntax = QString::fromLatin1(syntaxes[data[0] % 4]);
    QString refusal;
    auto identifier = network::parseIdentifier(fuzz::bytesOf(data + 1, size - 1), syntax, refusal);
    if (!identifier) return 0;
    // The cache holds the objects of DICOMNET_FUZZ_OBJECTS (a folder), when given.
    static std::unique_ptr<db::Cache> cache = [] {
        auto c = db::Cache::open(fuzz::scratchDir() + QStringLiteral("/cache"));
        if (!c) return std::unique_ptr<db::Cache>();
        const QString objects = qEnvironmentVariable("DICOMNET_FUZZ_OBJECTS");
        if (!objects.isEmpty()) db::Importer(*c.value()).run({objects});
        return std::move(c.value());
    }();
    if (!cache) return 0;
    network::QueryResponder responder(*cache);
    auto matches = responder.find(*identifier);
    (void)matches;
    auto instances = responder.instancesFor(*identifier);
    (void)instances;
    return 0;
}
