// What the listener accepts and the client proposes: every storage SOP class DCMTK knows and
// the transfer syntaxes received without transcoding. Internal to network/ (DCMTK types).
#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/ofstd/oflist.h>
#include <dcmtk/ofstd/ofstring.h>

#include <vector>

namespace dicomnet::network {

// Compressed syntaxes first: when a sender offers several in one context, we keep the one it
// most likely holds (a compressed original) rather than make it decompress.
OFList<OFString> receivableTransferSyntaxes();
std::vector<OFString> storageSopClasses();

// The verification and query/retrieve services the listener offers (SCP role), each with the
// transfer syntaxes it accepts for it.
struct ServiceContext {
    OFString sopClass;
    OFList<OFString> syntaxes;
};
std::vector<ServiceContext> listenerServiceContexts();
// The transfer syntaxes dicomnet proposes when it verifies, queries or asks to retrieve (SCU).
OFList<OFString> commandTransferSyntaxes();
// The syntaxes an uncompressed object also goes in when dicomnet sends it (C-STORE SCU).
std::vector<OFString> uncompressedSendSyntaxes();

// Accepts every proposed context of a storage class, with the first of our receivable
// transfer syntaxes that the requester proposed, and the role it proposed (a C-GET requester
// proposes the SCP role). DCMTK's association profiles hold 128 contexts per list, fewer than
// the storage classes it knows, so the listener accepts storage here rather than by profile.
void acceptStorageContexts(T_ASC_Parameters* params);

// A storage class a peer holds objects of, with the transfer syntaxes it holds them in (empty
// when the peer did not say).
struct HeldClass {
    OFString sopClass;
    std::vector<OFString> syntaxes;
};
struct ProposedContext {
    OFString sopClass;
    OFList<OFString> syntaxes;
};
// The storage contexts a C-GET requester proposes in the SCP role, at most `budget` of them,
// so that the peer can send every object as it holds it. A context carries one accepted
// transfer syntax, so each compressed syntax gets a context of its own: the ones the peer
// said, or the likely ones when it did not; the uncompressed syntaxes share one. Without
// `held`, the common image classes are proposed that way and the other storage classes
// uncompressed while the budget lasts.
std::vector<ProposedContext> planGetContexts(const std::vector<HeldClass>& held, size_t budget);

}  // namespace dicomnet::network
