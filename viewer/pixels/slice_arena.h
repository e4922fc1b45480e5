// Memory for a series' slices in one block: a 400-slice CT is 200 MB, and taking it 4 kB page by
// page costs more than reading the files (a page fault each, dear in a virtual machine). The
// block asks the kernel for huge pages, so it comes 2 MB at a time. Slice n's values are the
// n-th piece of it (so that the stack is a volume as it lies), and keep the whole block alive.
// Internal to viewer/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace dicomnet::viewer {

class SliceArena {
public:
    // Room for `slices` pieces of `valuesEach` values; null when it cannot be had.
    static std::shared_ptr<SliceArena> create(size_t slices, size_t valuesEach);
    ~SliceArena();
    // Piece `index`, when `count` values fit it and the index is in range; null otherwise.
    static std::shared_ptr<int16_t> take(const std::shared_ptr<SliceArena>& arena, size_t index,
                                         size_t count);

private:
    SliceArena() = default;
    char* base_ = nullptr;
    size_t size_ = 0, stride_ = 0;
};

// Values of a slice that has a block of its own.
std::shared_ptr<int16_t> ownValues(size_t count);

}  // namespace dicomnet::viewer
