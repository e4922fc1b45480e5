#include "viewer/pixels/series_loader.h"

#include "viewer/pixels/fast_slice_reader.h"
#include "viewer/pixels/slice_arena.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

namespace dicomnet::viewer {

struct SeriesLoader::Impl {
    SeriesLoader* q = nullptr;
    QStringList files;
    std::thread worker;
    std::atomic_bool stopping{false};
    std::atomic_int expected{0};
    std::atomic_int next{1};   // the next file to take (file 0 goes first, alone)
    std::atomic_int extra{0};  // slices past one a file (multi-frame files)
    std::atomic_int loaded{0};
    std::shared_ptr<SliceArena> arena;  // slice n in piece n, once the first gave the size

    // Loads file `f`; its first slice goes to `index`, further frames to the end.
    void loadFile(int f, int index) {
        auto fast = readCommonSlice(files[f], arena, index);
        if (fast && fast->has_value()) {
            DisplaySlice& s = *fast.value();
            // Slices read into memory go into one block (mapped ones stay in the page cache).
            if (index == 0 && files.size() > 1 && s.values16) {
                // Now the size is known: one block for the whole stack, the first slice in it.
                const size_t count = size_t(s.columns) * size_t(s.rows);
                arena = SliceArena::create(size_t(files.size()), count);
                if (auto piece = SliceArena::take(arena, 0, count)) {
                    std::memcpy(piece.get(), s.values16.get(), count * sizeof(int16_t));
                    s.values16 = piece;
                }
            }
            ++loaded;
            emit q->sliceLoaded(index, expected,
                                std::make_shared<const DisplaySlice>(std::move(*fast.value())));
            return;
        }
        auto picture = DicomPicture::open(files[f]);
        if (!picture) {
            expected -= 1;
            emit q->problem(files[f], fast ? picture.error() : fast.error());
            return;
        }
        const int frames = picture.value()->frames();
        expected += frames - 1;
        for (int fr = 0; fr < frames && !stopping; ++fr) {
            auto slice = picture.value()->slice(fr);
            if (!slice) {
                expected -= 1;
                emit q->problem(files[f], slice.error());
                continue;
            }
            const int at = fr == 0 ? index : int(files.size()) + extra++;
            ++loaded;
            emit q->sliceLoaded(at, expected,
                                std::make_shared<const DisplaySlice>(std::move(slice.value())));
        }
    }
    void takeFiles() {
        for (int f = next++; f < files.size() && !stopping; f = next++) loadFile(f, f);
    }
};

SeriesLoader::SeriesLoader(QStringList files, QObject* parent)
    : QObject(parent), d_(std::make_unique<Impl>()) {
    qRegisterMetaType<std::shared_ptr<const DisplaySlice>>();
    d_->q = this;
    d_->files = std::move(files);
    d_->expected = int(d_->files.size());
}

SeriesLoader::~SeriesLoader() { stop(); }

int SeriesLoader::expectedSlices() const { return d_->expected; }

void SeriesLoader::start() {
    if (d_->worker.joinable() || d_->files.isEmpty()) {
        if (d_->files.isEmpty()) emit finished(0, 0, 0);
        return;
    }
    d_->stopping = false;
    d_->worker = std::thread([this] {
        QElapsedTimer clock;
        clock.start();
        // The first image alone, so that it is on screen as soon as can be; then the rest on
        // as many threads as there are cores (two here), one file at a time each.
        d_->loadFile(0, 0);
        const qint64 firstMs = clock.elapsed();
        const unsigned helpers = std::max(1u, std::thread::hardware_concurrency()) - 1;
        std::vector<std::thread> threads;
        for (unsigned i = 0; i < helpers && d_->files.size() > 2; ++i)
            threads.emplace_back([this] { d_->takeFiles(); });
        d_->takeFiles();
        for (auto& t : threads) t.join();
        if (!d_->stopping) emit finished(d_->loaded, firstMs, clock.elapsed());
    });
}

void SeriesLoader::stop() {
    d_->stopping = true;
    if (d_->worker.joinable()) d_->worker.join();
}

}  // namespace dicomnet::viewer
