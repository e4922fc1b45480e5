#include "pdu_builder.h"

namespace dicomnet::test {

void put16(QByteArray& b, quint16 v) {
    b.append(char(v >> 8));
    b.append(char(v & 0xff));
}
void put32(QByteArray& b, quint32 v) {
    put16(b, quint16(v >> 16));
    put16(b, quint16(v & 0xffff));
}
QByteArray item(quint8 type, const QByteArray& body) {
    QByteArray b;
    b.append(char(type));
    b.append('\0');
    put16(b, quint16(body.size()));
    return b + body;
}
QByteArray ae(const char* title) { return QByteArray(title).leftJustified(16, ' '); }

// An A-ASSOCIATE-RQ for one SOP class (Verification unless told) in Implicit VR Little Endian
// (PS3.8 9.3.2).
QByteArray associateRequest(const char* sopClass) {
    QByteArray body;
    put16(body, 1);
    body.append(2, '\0');
    body += ae("DICOMNET") + ae("HOSTILE");
    body.append(32, '\0');
    body += item(0x10, "1.2.840.10008.3.1.1.1");
    QByteArray pc;
    pc.append(char(1));
    pc.append(3, '\0');
    pc += item(0x30, sopClass) + item(0x40, "1.2.840.10008.1.2");
    body += item(0x20, pc);
    QByteArray maxLength;
    put32(maxLength, 16384);
    body += item(0x50, item(0x51, maxLength));
    QByteArray pdu;
    pdu.append(char(1));
    pdu.append('\0');
    put32(pdu, quint32(body.size()));
    return pdu + body;
}

// One P-DATA-TF PDU carrying one PDV fragment of a command (or of a data set).
QByteArray commandPdu(const QByteArray& fragment, bool last, bool command) {
    QByteArray pdv;
    put32(pdv, quint32(fragment.size() + 2));
    pdv.append(char(1));
    pdv.append(char((last ? 2 : 0) | (command ? 1 : 0)));
    pdv += fragment;
    QByteArray pdu;
    pdu.append(char(4));
    pdu.append('\0');
    put32(pdu, quint32(pdv.size()));
    return pdu + pdv;
}

// An element of a command set (implicit VR little endian).
QByteArray le(quint32 v, int bytes) {
    QByteArray b;
    for (int i = 0; i < bytes; ++i) b.append(char((v >> (8 * i)) & 0xff));
    return b;
}
QByteArray element(quint16 tag, const QByteArray& value) {
    return le(0, 2) + le(tag, 2) + le(quint32(value.size()), 4) + value;
}
QByteArray us(quint16 v) { return le(v, 2); }

QByteArray releaseRequest() {
    QByteArray release;
    release.append(char(5));
    release.append('\0');
    put32(release, 4);
    release.append(4, '\0');
    return release;
}

QByteArray commandSet(const QByteArray& elements) {
    return element(0x0000, le(quint32(elements.size()), 4)) + elements;
}

namespace {
QByteArray uid(const char* text) {
    QByteArray u(text);
    if (u.size() % 2) u.append('\0');
    return u;
}
}  // namespace

QByteArray queryCommand(const char* sopClass, quint16 commandField) {
    QByteArray body =
        element(0x0002, uid(sopClass)) + element(0x0100, us(commandField)) + element(0x0110, us(7));
    if (commandField == 0x0021) body += element(0x0600, QByteArray("DICOMNET"));
    return commandSet(body + element(0x0700, us(0)) + element(0x0800, us(0x0000)));
}

QByteArray echoCommand() {
    return commandSet(element(0x0002, uid("1.2.840.10008.1.1")) + element(0x0100, us(0x0030)) +
                      element(0x0110, us(1)) + element(0x0800, us(0x0101)));
}

QByteArray storeCommand(const char* sopClass, const char* sopInstance) {
    return commandSet(element(0x0002, uid(sopClass)) + element(0x0100, us(0x0001)) +
                      element(0x0110, us(3)) + element(0x0700, us(0)) +
                      element(0x0800, us(0x0000)) + element(0x1000, uid(sopInstance)));
}

}  // namespace dicomnet::test
