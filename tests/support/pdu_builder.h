// DICOM upper-layer PDUs and DIMSE command sets built byte by byte (PS3.8, PS3.7), for tests
// that play a caller who does not use DCMTK, and for the fuzzing harness's seeds.
#pragma once

#include <QByteArray>

namespace dicomnet::test {

// Big-endian, as PDU fields are.
void put16(QByteArray& b, quint16 v);
void put32(QByteArray& b, quint32 v);
// A variable item of an association PDU: type, reserved, length, body.
QByteArray item(quint8 type, const QByteArray& body);
QByteArray ae(const char* title);

// An A-ASSOCIATE-RQ (called DICOMNET, calling HOSTILE) proposing one SOP class (Verification
// unless told) in Implicit VR Little Endian (PS3.8 9.3.2).
QByteArray associateRequest(const char* sopClass = "1.2.840.10008.1.1");
// One P-DATA-TF PDU carrying one PDV fragment of a command (or of a data set), context 1.
QByteArray commandPdu(const QByteArray& fragment, bool last, bool command = true);
QByteArray releaseRequest();

// Little-endian values and elements of a command set (implicit VR little endian).
QByteArray le(quint32 v, int bytes);
QByteArray element(quint16 tag, const QByteArray& value);
QByteArray us(quint16 v);
// A command set of group 0000 from its elements (the group length put in front).
QByteArray commandSet(const QByteArray& elements);
// A C-FIND-RQ (0x0020), C-GET-RQ (0x0010) or C-MOVE-RQ (0x0021, to DICOMNET) that announces
// a data set.
QByteArray queryCommand(const char* sopClass, quint16 commandField);
QByteArray echoCommand();
QByteArray storeCommand(const char* sopClass, const char* sopInstance);

}  // namespace dicomnet::test
