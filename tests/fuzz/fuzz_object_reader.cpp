// The object reader and the importer's validation: any bytes are screened, parsed and
// described, or refused with a reason. The parse also runs on a thread with a small stack
// (1 MB; 4 MB under ASan): should the screen ever let through nesting deep enough to matter,
// it overflows there and the fuzzer reports it.
#include "fuzz_support.h"

#include "core/dcmtk_setup.h"
#include "core/dicom_object_reader.h"

#include <pthread.h>

using namespace dicomnet;

namespace {

struct Job {
    const QByteArray* bytes;
};

void* readOnSmallStack(void* arg) {
    const Job* job = static_cast<const Job*>(arg);
    ReadOutcome outcome = DicomObjectReader::readReceivedBytes(*job->bytes);
    (void)outcome.kind();
    return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ensureDcmtkConfigured();
    const QByteArray bytes = fuzz::bytesOf(data, size);
    ReadOutcome outcome = DicomObjectReader::readBytes(bytes);
    if (outcome.isObject()) (void)outcome.parsed().info.instance.sopInstanceUid.size();

    pthread_attr_t attr;
    pthread_attr_init(&attr);
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
    pthread_attr_setstacksize(&attr, 4u << 20);
#else
    pthread_attr_setstacksize(&attr, 1u << 20);
#endif
#else
    pthread_attr_setstacksize(&attr, 1u << 20);
#endif
    Job job{&bytes};
    pthread_t thread;
    if (pthread_create(&thread, &attr, readOnSmallStack, &job) == 0) pthread_join(thread, nullptr);
    pthread_attr_destroy(&attr);
    return 0;
}
