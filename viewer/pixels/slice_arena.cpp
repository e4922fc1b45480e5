#include "viewer/pixels/slice_arena.h"

#include <sys/mman.h>

namespace dicomnet::viewer {

std::shared_ptr<SliceArena> SliceArena::create(size_t slices, size_t valuesEach) {
    const size_t stride = valuesEach * sizeof(int16_t);
    const size_t bytes = slices * stride;
    if (bytes == 0) return nullptr;
    void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return nullptr;
    ::madvise(p, bytes, MADV_HUGEPAGE);  // a hint; without it the block still works
    std::shared_ptr<SliceArena> arena(new SliceArena);
    arena->base_ = static_cast<char*>(p);
    arena->size_ = bytes;
    arena->stride_ = stride;
    return arena;
}

SliceArena::~SliceArena() {
    if (base_) ::munmap(base_, size_);
}

std::shared_ptr<int16_t> SliceArena::take(const std::shared_ptr<SliceArena>& arena, size_t index,
                                          size_t count) {
    if (!arena || count * sizeof(int16_t) > arena->stride_) return nullptr;
    const size_t at = index * arena->stride_;
    if (at + arena->stride_ > arena->size_) return nullptr;
    // Aliasing: the piece shares the arena's ownership.
    return std::shared_ptr<int16_t>(arena, reinterpret_cast<int16_t*>(arena->base_ + at));
}

std::shared_ptr<int16_t> ownValues(size_t count) {
    return std::shared_ptr<int16_t>(new int16_t[count], std::default_delete<int16_t[]>());
}

}  // namespace dicomnet::viewer
