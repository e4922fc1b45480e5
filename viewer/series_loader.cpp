#include "series_loader.h"

#include <QElapsedTimer>

#include <thread>

namespace dicomnet::viewer {

struct SeriesLoader::Impl {
    QStringList files;
    std::thread worker;
    std::atomic_bool stopping{false};
    std::atomic_int expected{0};
};

SeriesLoader::SeriesLoader(QStringList files, QObject* parent)
    : QObject(parent), d_(std::make_unique<Impl>()) {
    qRegisterMetaType<std::shared_ptr<const DisplaySlice>>();
    d_->files = std::move(files);
    d_->expected = int(d_->files.size());
}

SeriesLoader::~SeriesLoader() { stop(); }

int SeriesLoader::expectedSlices() const { return d_->expected; }

void SeriesLoader::start() {
    if (d_->worker.joinable()) return;
    d_->stopping = false;
    d_->worker = std::thread([this] {
        QElapsedTimer clock;
        clock.start();
        qint64 firstMs = -1;
        int index = 0;
        for (int f = 0; f < d_->files.size() && !d_->stopping; ++f) {
            auto picture = DicomPicture::open(d_->files[f]);
            if (!picture) {
                emit problem(d_->files[f], picture.error());
                d_->expected = d_->expected - 1;
                continue;
            }
            const int frames = picture.value()->frames();
            d_->expected = d_->expected + frames - 1;
            for (int fr = 0; fr < frames && !d_->stopping; ++fr) {
                auto slice = picture.value()->slice(fr);
                if (!slice) {
                    emit problem(d_->files[f], slice.error());
                    d_->expected = d_->expected - 1;
                    continue;
                }
                if (firstMs < 0) firstMs = clock.elapsed();
                emit sliceLoaded(index++, d_->expected,
                                 std::make_shared<const DisplaySlice>(std::move(slice.value())));
            }
        }
        if (!d_->stopping) emit finished(index, firstMs, clock.elapsed());
    });
}

void SeriesLoader::stop() {
    d_->stopping = true;
    if (d_->worker.joinable()) d_->worker.join();
}

}  // namespace dicomnet::viewer
