// Loads a series for the view in worker threads: the first image alone first, so that it is on
// screen while the rest decode on every core; file n becomes slice n (the further frames of a
// multi-frame file go after the last file). Results come back by queued signals; the GUI
// thread never decodes. Stoppable between files.
#pragma once

#include "viewer/pixels/display_slice.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace dicomnet::viewer {

class SeriesLoader : public QObject {
    Q_OBJECT
public:
    // `files` in display order (the cache's instance order).
    explicit SeriesLoader(QStringList files, QObject* parent = nullptr);
    ~SeriesLoader() override;  // stops and waits for the worker

    void start();
    void stop();
    // Every frame of every file, once known (files hold one frame unless told otherwise).
    int expectedSlices() const;

signals:
    // `index` counts frames across the files; `total` may grow as multi-frame files open.
    void sliceLoaded(int index, int total,
                     std::shared_ptr<const dicomnet::viewer::DisplaySlice> slice);
    void problem(const QString& file, const QString& reason);
    // All done: how many slices, and how long from start() to the first and the last one.
    void finished(int slices, qint64 firstMs, qint64 allMs);

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace dicomnet::viewer

Q_DECLARE_METATYPE(std::shared_ptr<const dicomnet::viewer::DisplaySlice>)
