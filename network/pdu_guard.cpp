#include "pdu_guard.h"

#include "core/dicom_screen.h"

#include <algorithm>

namespace dicomnet::network {

namespace {

uint32_t bigEndian32(const unsigned char* p) {
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
}

}  // namespace

bool PduGuard::fail(std::string why) {
    why_ = std::move(why);
    return false;
}

bool PduGuard::screenCommand() {
    const ScreenResult screen = screenDataset(commandSet_.data(), qint64(commandSet_.size()),
                                              DatasetEncoding::ImplicitLittle);
    commandSet_.clear();  // the next message starts afresh
    return screen.ok() ||
           fail("a command set that cannot be read: " + screen.problem.toStdString());
}

bool PduGuard::feed(const unsigned char* data, size_t size) {
    if (!why_.empty()) return false;
    size_t at = 0;
    while (at < size) {
        switch (state_) {
            case State::PduHeader: {
                header_[filled_++] = data[at++];
                if (filled_ < 6) break;
                filled_ = 0;
                ++pdus_;
                const unsigned type = header_[0];
                pduLeft_ = bigEndian32(header_ + 2);
                if (type < 1 || type > 7) return fail("unknown PDU type " + std::to_string(type));
                if (type == 4) {
                    if (pduLeft_ > limits_.maxDataPdu)
                        return fail("a P-DATA PDU of " + std::to_string(pduLeft_) +
                                    " bytes (at most " + std::to_string(limits_.maxDataPdu) + ")");
                    state_ = pduLeft_ ? State::PdvHeader : State::PduHeader;
                } else {
                    if (pduLeft_ > limits_.maxControlPdu)
                        return fail("a PDU of type " + std::to_string(type) + " claiming " +
                                    std::to_string(pduLeft_) + " bytes");
                    state_ = pduLeft_ ? State::ControlBody : State::PduHeader;
                }
                break;
            }
            case State::ControlBody: {
                const uint32_t n = uint32_t(std::min<size_t>(size - at, pduLeft_));
                at += n;
                pduLeft_ -= n;
                if (pduLeft_ == 0) state_ = State::PduHeader;
                break;
            }
            case State::PdvHeader: {
                if (filled_ == 0 && pduLeft_ < 6) return fail("a PDV header cut by its PDU's end");
                header_[filled_++] = data[at++];
                --pduLeft_;
                if (filled_ < 6) break;
                filled_ = 0;
                const uint32_t length = bigEndian32(header_);
                if (length < 2 || length - 2 > pduLeft_)
                    return fail("a PDV whose length does not fit its PDU");
                pdvLeft_ = length - 2;
                command_ = header_[5] & 1;
                last_ = header_[5] & 2;
                if (command_ && commandSet_.size() + pdvLeft_ > limits_.maxCommandBytes)
                    return fail("a command set of more than " +
                                std::to_string(limits_.maxCommandBytes) + " bytes");
                state_ = State::PdvBody;
                if (pdvLeft_ > 0) break;
                [[fallthrough]];
            }
            case State::PdvBody: {
                const uint32_t n = uint32_t(std::min<size_t>(size - at, pdvLeft_));
                if (command_) commandSet_.append(reinterpret_cast<const char*>(data + at), n);
                at += n;
                pdvLeft_ -= n;
                pduLeft_ -= n;
                if (pdvLeft_ > 0) break;
                if (command_ && last_ && !screenCommand()) return false;
                state_ = pduLeft_ ? State::PdvHeader : State::PduHeader;
                break;
            }
        }
    }
    return true;
}

}  // namespace dicomnet::network
