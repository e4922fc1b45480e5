// The stored samples of an uncompressed file, mapped read-only from the page cache: no copy,
// and no fresh memory to be zeroed (which, on this kind of machine, costs more than reading
// the file). The mapping stays while a slice holds it; the cache never rewrites a stored file,
// and one removed stays readable until unmapped. Internal to viewer/.
#pragma once

#include <QString>

#include <cstdint>
#include <memory>

namespace dicomnet::viewer {

// The `count` 16-bit samples of the pixel data of `path` when its value (`valueLength` bytes)
// is the last element of the file, as it almost always is; the element header in front of it
// is checked. Null when the pixel data is elsewhere or the file cannot be mapped.
std::shared_ptr<const uint16_t> mapTrailingSamples(const QString& path, qint64 valueLength,
                                                   bool explicitVr, size_t count);

}  // namespace dicomnet::viewer
