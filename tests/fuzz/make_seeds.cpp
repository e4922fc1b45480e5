// Makes the fuzz targets' seed corpora from the test data: Debian's pydicom files (up to
// 256 kB each) and what is made here — synthetic objects in several character sets, nested
// and damaged variants, DICOMweb answers, query identifiers, and whole association sessions
// (echo, store, find, get) byte for byte, and consultations made by the command line.
//   fuzz_make_seeds PYDICOM_ROOT OUT_DIR
#include "../consult/demo_study.h"
#include "dicom_factory.h"
#include "pdu_builder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace dicomnet::test;

namespace {

QString out;
int written = 0;

void put(const char* target, const QString& name, const QByteArray& bytes) {
    const QString dir = out + QLatin1Char('/') + QLatin1String(target);
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + name);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size()) ++written;
}

// A data set alone, in Implicit VR Little Endian, as it travels in P-DATA.
QByteArray implicitDataset(DcmDataset& ds) {
    ds.transferInit();
    const Uint32 length = ds.calcElementLength(EXS_LittleEndianImplicit, EET_UndefinedLength);
    QByteArray bytes(int(length) + 1024, '\0');
    DcmOutputBufferStream stream(bytes.data(), offile_off_t(bytes.size()));
    ds.write(stream, EXS_LittleEndianImplicit, EET_UndefinedLength, nullptr);
    ds.transferEnd();
    void* buffer = nullptr;
    offile_off_t filled = 0;
    stream.flushBuffer(buffer, filled);
    bytes.resize(int(filled));
    return bytes;
}

QByteArray objectDataset(const SyntheticObject& o) {
    const QByteArray part10 = DicomFactory::bytes(o);
    DcmFileFormat ff;
    DcmInputBufferStream in;
    in.setBuffer(part10.constData(), offile_off_t(part10.size()));
    in.setEos();
    ff.transferInit();
    ff.read(in);
    ff.transferEnd();
    return implicitDataset(*ff.getDataset());
}

QByteArray queryIdentifier(const char* level) {
    DcmDataset ds;
    ds.putAndInsertString(DCM_QueryRetrieveLevel, level);
    ds.putAndInsertString(DCM_PatientName, "TEST*");
    ds.putAndInsertString(DCM_PatientID, "");
    ds.putAndInsertString(DCM_StudyDate, "20200101-20201231");
    ds.putAndInsertString(DCM_StudyInstanceUID, "");
    ds.putAndInsertString(DCM_ModalitiesInStudy, "CR\\DX");
    if (QByteArray(level) != "STUDY") ds.putAndInsertString(DCM_SeriesInstanceUID, "");
    return implicitDataset(ds);
}

// P-DATA PDUs of at most 16 kB carrying `data` as data-set fragments.
QByteArray dataPdus(const QByteArray& data) {
    QByteArray pdus;
    for (int at = 0; at < data.size() || at == 0; at += 16000)
        pdus += commandPdu(data.mid(at, 16000), at + 16000 >= data.size(), false);
    return pdus;
}

void objectSeeds() {
    SyntheticObject plain;
    put("object_reader", "synthetic.dcm", DicomFactory::bytes(plain));
    put("pixel_pipeline", "synthetic.dcm", DicomFactory::bytes(plain));
    SyntheticObject cyrillic;
    cyrillic.characterSet = "ISO_IR 144";
    cyrillic.patientName = "\xb8\xd2\xd0\xdd\xde\xd2^\xb8\xd2\xd0\xdd";
    put("object_reader", "iso_ir_144.dcm", DicomFactory::bytes(cyrillic));
    SyntheticObject utf8;
    utf8.characterSet = "ISO_IR 192";
    utf8.patientName = "Țurcanu^Ana";
    put("object_reader", "iso_ir_192.dcm", DicomFactory::bytes(utf8));
    SyntheticObject bare = plain;
    bare.withMetaHeader = false;
    put("object_reader", "no_meta.dcm", DicomFactory::bytes(bare));
    const QByteArray valid = DicomFactory::bytes(plain);
    put("object_reader", "truncated.dcm", DicomFactory::truncated(valid, valid.size() / 2));
    put("object_reader", "lying_length.dcm",
        DicomFactory::withLyingLength(valid, 0x0010, 0x0010, 0xfffffff0));
    for (auto how : {DicomFactory::Nesting::Undefined, DicomFactory::Nesting::Defined,
                     DicomFactory::Nesting::UnknownVr}) {
        const QString name = QStringLiteral("nested_%1_%2.dcm").arg(int(how));
        put("object_reader", name.arg(8), DicomFactory::nested(plain, 8, how));
        put("object_reader", name.arg(65), DicomFactory::nested(plain, 65, how));
    }
    SyntheticObject large = plain;
    large.rows = large.columns = 256;
    put("pixel_pipeline", "synthetic_256.dcm", DicomFactory::bytes(large));
}

void dicomwebSeeds() {
    const QByteArray part = DicomFactory::bytes(SyntheticObject{});
    const QByteArray type = "multipart/related; type=\"application/dicom\"; boundary=b0undary\n";
    put("dicomweb", "multipart.txt",
        type + "--b0undary\r\nContent-Type: application/dicom\r\n\r\n" + part +
            "\r\n--b0undary\r\nContent-Type: application/dicom\r\n\r\n" + part +
            "\r\n--b0undary--\r\n");
    put("dicomweb", "quoted_boundary.txt",
        "multipart/related; boundary=\"q\"\n--q\r\n\r\n\r\n--q--\r\n");
    put("dicomweb", "qido_studies.txt",
        "application/dicom+json\n"
        "[{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]},\"00201208\":{\"vr\":\"IS\","
        "\"Value\":[4]},\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Test^"
        "Patient\"}]},\"00080061\":{\"vr\":\"CS\",\"Value\":[\"CR\",\"DX\"]}}]");
    put("dicomweb", "qido_instances.txt",
        "application/dicom+json\n"
        "[{\"0020000E\":{\"vr\":\"UI\",\"Value\":[\"1.2.3.4\"]},\"00080018\":{\"vr\":\"UI\","
        "\"Value\":[\"1.2.3.4.5\"]}}]");
    put("dicomweb", "stow_answer.txt",
        "application/dicom+json\n"
        "{\"00081199\":{\"vr\":\"SQ\",\"Value\":[{\"00081155\":{\"vr\":\"UI\",\"Value\":[\"1.2."
        "3\"]}}]},\"00081198\":{\"vr\":\"SQ\",\"Value\":[{\"00081155\":{\"vr\":\"UI\",\"Value\":"
        "[\"1.2.4\"]},\"00081197\":{\"vr\":\"US\",\"Value\":[49442]}}]}}");
}

void identifierSeeds() {
    for (const char* level : {"STUDY", "SERIES", "IMAGE"}) {
        put("identifier", QStringLiteral("implicit_%1.bin").arg(QLatin1String(level)),
            QByteArray(1, '\0') + queryIdentifier(level));
    }
    put("identifier", "nested_8.bin",
        QByteArray(1, '\0') + DicomFactory::nestedImplicitDataset(8, false));
    put("identifier", "nested_defined_8.bin",
        QByteArray(1, '\0') + DicomFactory::nestedImplicitDataset(8, true));
}

void associationSeeds() {
    put("association", "echo.bin",
        associateRequest() + commandPdu(echoCommand(), true) + releaseRequest());
    SyntheticObject o;
    o.sopInstanceUid = QStringLiteral("1.2.826.0.1.3680043.2.1143.14.99.1");
    const char* cr = UID_ComputedRadiographyImageStorage;
    put("association", "store.bin",
        associateRequest(cr) +
            commandPdu(storeCommand(cr, o.sopInstanceUid.toLatin1().constData()), true) +
            dataPdus(objectDataset(o)) + releaseRequest());
    const char* find = UID_FINDStudyRootQueryRetrieveInformationModel;
    put("association", "find.bin",
        associateRequest(find) + commandPdu(queryCommand(find, 0x0020), true) +
            dataPdus(queryIdentifier("STUDY")) + releaseRequest());
    const char* get = UID_GETStudyRootQueryRetrieveInformationModel;
    put("association", "get.bin",
        associateRequest(get) + commandPdu(queryCommand(get, 0x0010), true) +
            dataPdus(queryIdentifier("STUDY")) + releaseRequest());
    const char* move = UID_MOVEStudyRootQueryRetrieveInformationModel;
    put("association", "move.bin",
        associateRequest(move) + commandPdu(queryCommand(move, 0x0021), true) +
            dataPdus(queryIdentifier("STUDY")) + releaseRequest());
}

// Our own consultations, as `consult show` and `verify` meet them: a request, a draft with a
// key image, and its signed final version, made by the dicomnet command line on the demo
// patient. False (with what failed on stderr) when one step fails.
bool consultationSeeds() {
    QTemporaryDir tmp;
    const QString data = tmp.filePath("data");
    const DemoStudy demo = importDemoStudy(tmp.path(), data);
    auto failed = [](const char* step, const QByteArray& why) {
        std::fprintf(stderr, "%s: %s\n", step, why.constData());
        return false;
    };
    if (!demo.error.isEmpty()) return failed("demo study", demo.error.toUtf8());
    CliResult r = runDicomnet(data, {"consult", "request", demo.study, "--question",
                                     "Pneumonie? Comparați cu radiografia precedentă.", "--urgency",
                                     "urgent", "--author", "Tehnician Roșu"});
    if (r.exitCode != 0) return failed("consult request", r.err);
    r = runDicomnet(data, {"consult", "new", demo.study, "--template", "chest-xray-covid", "--text",
                           "Opacități bilaterale în sticlă mată.", "--author", "Ion Popescu",
                           "--key-image", demo.image});
    if (r.exitCode != 0) return failed("consult new", r.err);
    const QString draft = QString::fromUtf8(r.out).trimmed();
    r = issuePersonCertificate(data, "Ion Popescu", tmp.filePath("me"));
    if (r.exitCode != 0) return failed("certs", r.err);
    r = runDicomnet(data,
                    {"consult", "sign", draft, "--cert", tmp.filePath("me/ion-popescu.pem"),
                     "--key", tmp.filePath("me/ion-popescu.key")},
                    60000, kPassphrase);
    if (r.exitCode != 0) return failed("consult sign", r.err);
    r = runDicomnet(data, {"consult", "list", demo.study, "--json"});
    int n = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array()) {
        QFile f(v.toObject()["file_path"].toString());
        if (f.open(QIODevice::ReadOnly))
            put("sr_reader", QStringLiteral("consultation_%1.dcm").arg(n++), f.readAll());
    }
    return n >= 3 ? true : failed("consult list", r.out);
}

void pydicomSeeds(const QString& root) {
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.size() > 256 * 1024 || info.suffix() == QLatin1String("py")) continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QByteArray bytes = f.readAll();
        const bool dicom = bytes.mid(128, 4) == "DICM" || info.suffix() == QLatin1String("dcm");
        if (!dicom) continue;
        const QString name = QStringLiteral("pydicom_") + info.fileName();
        put("object_reader", name, bytes);
        put("pixel_pipeline", name, bytes);
        if (bytes.contains("1.2.840.10008.5.1.4.1.1.88") ||
            bytes.contains("1.2.840.10008.5.1.4.1.1.104"))
            put("sr_reader", name, bytes);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_make_seeds PYDICOM_ROOT OUT_DIR\n");
        return 2;
    }
    out = QString::fromLocal8Bit(argv[2]);
    objectSeeds();
    dicomwebSeeds();
    identifierSeeds();
    associationSeeds();
    pydicomSeeds(QString::fromLocal8Bit(argv[1]));
    if (!consultationSeeds()) return 1;
    std::printf("%d seeds in %s\n", written, argv[2]);
    return written > 0 ? 0 : 1;
}
