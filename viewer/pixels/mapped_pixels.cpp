#include "viewer/pixels/mapped_pixels.h"

#include <QFile>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dicomnet::viewer {

namespace {

// The offset of the pixel data's value when its header sits right before the last
// `valueLength` bytes of the file; -1 otherwise.
qint64 trailingOffset(int fd, qint64 valueLength, bool explicitVr) {
    struct stat st {};
    const qint64 header = explicitVr ? 12 : 8;
    unsigned char h[12] = {};
    if (::fstat(fd, &st) != 0 || st.st_size < valueLength + header ||
        ::pread(fd, h, size_t(header), st.st_size - valueLength - header) != header)
        return -1;
    // (7FE0,0010), little endian; explicit VR: OW or OB, two reserved bytes, 32-bit length.
    const bool tag = h[0] == 0xE0 && h[1] == 0x7F && h[2] == 0x10 && h[3] == 0x00;
    const unsigned char* length = h + (explicitVr ? 8 : 4);
    const qint64 told = qint64(length[0]) | qint64(length[1]) << 8 | qint64(length[2]) << 16 |
                        qint64(length[3]) << 24;
    const bool vr = !explicitVr || (h[4] == 'O' && (h[5] == 'W' || h[5] == 'B'));
    return tag && vr && told == valueLength ? st.st_size - valueLength : -1;
}

}  // namespace

std::shared_ptr<const uint16_t> mapTrailingSamples(const QString& path, qint64 valueLength,
                                                   bool explicitVr, size_t count) {
    if (qint64(count * sizeof(uint16_t)) > valueLength) return nullptr;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    const qint64 offset = trailingOffset(fd, valueLength, explicitVr);
    if (offset < 0 || offset % 2 != 0) {
        ::close(fd);
        return nullptr;
    }
    const long page = ::sysconf(_SC_PAGESIZE);
    const qint64 start = offset / page * page;
    const size_t length = size_t(offset - start) + count * sizeof(uint16_t);
    // Populated at once: one call instead of a fault per page.
    void* p = ::mmap(nullptr, length, PROT_READ, MAP_SHARED | MAP_POPULATE, fd, start);
    ::close(fd);  // the mapping keeps the file
    if (p == MAP_FAILED) return nullptr;
    auto* samples =
        reinterpret_cast<const uint16_t*>(static_cast<const char*>(p) + (offset - start));
    return std::shared_ptr<const uint16_t>(samples,
                                           [p, length](const uint16_t*) { ::munmap(p, length); });
}

}  // namespace dicomnet::viewer
