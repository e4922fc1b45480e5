// A DICOMweb server's answers: the input is a Content-Type line and a body. The body is split
// as a multipart/related answer (each part then read as the object it claims to be) and read
// as the JSON of QIDO-RS and STOW-RS.
#include "fuzz_support.h"

#include "core/dcmtk_setup.h"
#include "core/dicom_object_reader.h"
#include "network/dicomweb_answers.h"

using namespace dicomnet;
using namespace dicomnet::network;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ensureDcmtkConfigured();
    const QByteArray input = fuzz::bytesOf(data, size);
    const int eol = input.indexOf('\n');
    const QByteArray type = eol < 0 ? QByteArray() : input.left(eol);
    const QByteArray body = eol < 0 ? input : input.mid(eol + 1);
    auto parts = dicomweb::multipartParts(type, body);
    if (parts) {
        qsizetype total = 0;
        for (const QByteArray& part : parts.value()) {
            total += part.size();
            if (total > body.size()) __builtin_trap();  // parts are pieces of the body
            ReadOutcome outcome = DicomObjectReader::readBytes(part);
            (void)outcome.kind();
        }
    }
    const std::vector<std::pair<QString, QString>> tags = {
        {QStringLiteral("PatientName"), QStringLiteral("00100010")},
        {QStringLiteral("StudyInstanceUID"), QStringLiteral("0020000D")},
        {QStringLiteral("ModalitiesInStudy"), QStringLiteral("00080061")}};
    (void)dicomweb::queryMatches(body, tags);
    (void)dicomweb::seriesAndInstances(body);
    (void)dicomweb::studyInstanceCounts(body);
    (void)dicomweb::storeAnswer(body);
    return 0;
}
