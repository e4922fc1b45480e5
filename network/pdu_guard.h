// Watches the bytes a caller sends to the listener, PDU by PDU (PS3.8 9.3), before DCMTK acts
// on them, and says when the stream breaks a limit that DCMTK 3.6.7 does not keep itself: an
// association request or other control PDU far larger than any real one (DCMTK allocates what a
// PDU's length claims), a P-DATA PDU past the size it may have, a command set that never ends,
// or one that does not pass the screen (core/dicom_screen.h): DCMTK parses commands by
// recursion, so nested sequences in one would exhaust its stack, and allocates what an
// element's length claims before it reads the value. No DCMTK types: it is also a fuzzing
// target.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace dicomnet::network {

struct PduLimits {
    uint32_t maxControlPdu = 256 * 1024;   // A-ASSOCIATE-RQ and the rest: real ones are < 20 kB
    uint32_t maxDataPdu = 1024 * 1024;     // P-DATA-TF; we announce 128 kB
    uint32_t maxCommandBytes = 16 * 1024;  // one DIMSE command set: real ones are < 1 kB
};

class PduGuard {
public:
    explicit PduGuard(PduLimits limits = {}) : limits_(limits) {}
    // Takes the next bytes as they came off the wire; false once the stream broke a limit
    // (why() says which), and for every call after.
    bool feed(const unsigned char* data, size_t size);
    const std::string& why() const { return why_; }
    uint64_t pdus() const { return pdus_; }  // begun
    bool firstPduComplete() const {
        return pdus_ > 1 || (pdus_ == 1 && state_ == State::PduHeader && filled_ == 0);
    }

private:
    bool fail(std::string why);

    enum class State { PduHeader, PdvHeader, PdvBody, ControlBody };
    PduLimits limits_;
    State state_ = State::PduHeader;
    unsigned char header_[6] = {};
    int filled_ = 0;
    uint32_t pduLeft_ = 0;  // bytes of the current PDU still to come
    uint32_t pdvLeft_ = 0;  // bytes of the current PDV's value still to come
    bool command_ = false, last_ = false;
    bool screenCommand();
    std::string commandSet_;  // the command being received, screened once it is whole
    uint64_t pdus_ = 0;
    std::string why_;
};

}  // namespace dicomnet::network
