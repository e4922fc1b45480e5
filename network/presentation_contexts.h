// What the listener accepts and the client proposes: every storage SOP class DCMTK knows and
// the transfer syntaxes received without transcoding. Internal to network/ (DCMTK types).
#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/oflist.h>
#include <dcmtk/ofstd/ofstring.h>

#include <vector>

namespace dicomnet::network {

// Compressed syntaxes first: when a sender offers several in one context, we keep the one it
// most likely holds (a compressed original) rather than make it decompress.
OFList<OFString> receivableTransferSyntaxes();
std::vector<OFString> storageSopClasses();

}  // namespace dicomnet::network
