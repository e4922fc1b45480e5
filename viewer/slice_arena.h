// Memory for a series' slices in one block: a 400-slice CT is 200 MB, and taking it 4 kB page by
// page costs more than reading the files (a page fault each, dear in a virtual machine). The
// block asks the kernel for huge pages, so it comes 2 MB at a time. Each slice's values are a
// piece of it that keeps the whole block alive. Internal to viewer/.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace dicomnet::viewer {

class SliceArena {
public:
    static std::shared_ptr<SliceArena> create(size_t bytes);  // null when it cannot be had
    ~SliceArena();
    // `count` values from the block, or null when the block is used up.
    static std::shared_ptr<int16_t> take(const std::shared_ptr<SliceArena>& arena, size_t count);

private:
    SliceArena() = default;
    char* base_ = nullptr;
    size_t size_ = 0;
    std::atomic<size_t> used_{0};
};

// Values of a slice that has a block of its own.
std::shared_ptr<int16_t> ownValues(size_t count);

}  // namespace dicomnet::viewer
