// The stored samples of an uncompressed file, mapped read-only from the page cache: no copy,
// and no fresh memory to be zeroed (which, on this kind of machine, costs more than reading
// the file). The mapping stays while a slice holds it; the cache never rewrites a stored file,
// and one removed stays readable until unmapped. Internal to viewer/.
#pragma once

#include <QString>

#include <cstdint>
#include <memory>

namespace dicomnet::viewer {

// The offset of the pixel data's value when it is the last element of the file (as it almost
// always is), checked against its element header; -1 otherwise.
qint64 trailingPixelDataOffset(const QString& path, qint64 valueLength, bool explicitVr);
// `count` 16-bit samples at `offset` of `path`; null when the file cannot be mapped.
std::shared_ptr<const uint16_t> mapSamples(const QString& path, qint64 offset, size_t count);

}  // namespace dicomnet::viewer
