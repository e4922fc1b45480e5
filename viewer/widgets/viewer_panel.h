// The viewing area: a grid of viewports (1×1, 1×2, 2×1, 2×2 or any rows × columns) and a strip
// of the study's series as thumbnails; a series is dragged from the strip onto a viewport (or
// double-clicked into the current one). Each viewport loads its series in a worker.
#pragma once

#include "viewer/widgets/image_view.h"
#include "viewer/widgets/viewport_links.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

namespace dicomnet::viewer {

class ViewerPanel : public QWidget {
    Q_OBJECT
public:
    explicit ViewerPanel(QWidget* parent = nullptr);
    ~ViewerPanel() override;

    void setSeries(std::vector<SeriesEntry> series);
    int seriesCount() const;
    const SeriesEntry& series(int index) const;
    // The series shown in `viewport` (its index), -1 when none.
    int seriesIn(int viewport) const;
    // Viewports that follow each other (none linked until told).
    ViewportLinks* links() const;
    void setGrid(int rows, int columns);
    int viewportCount() const;
    ImageView* viewport(int index) const;
    ImageView* currentViewport() const;
    int currentViewportIndex() const;
    // Loads series `seriesIndex` into viewport `viewport`.
    void showSeries(int viewport, int seriesIndex);
    // Fills the viewports with the first series, in order (1×2 with one series: the same
    // series twice is of no use, so the second stays empty).
    void showFirstSeries();
    // Multiplanar reformatting of the series in `viewport` (all of it loaded, a volume):
    // three viewports, axial, coronal and sagittal, with cross-reference lines. False (and a
    // problem() why) when it is not a volume.
    bool showMpr(int viewport);
    // The same for several viewports at once, one row of three planes each (a comparison:
    // the current's planes above the prior's).
    bool showMprRows(const std::vector<int>& viewports);
    // The volume of a viewport's loaded series; null, and problem() says why, while it loads
    // or when it is not a volume.
    std::shared_ptr<const Volume> volumeIn(int viewport);

    // True when every viewport that was given a series has finished loading it and shows it,
    // drawn at its current size.
    bool settled() const;

signals:
    void viewportLoaded(int viewport, int slices, qint64 firstMs, qint64 allMs);
    void problem(const QString& message);
    // The grid is now `rows` × `columns` viewports; `planes`: rows of three planes (MPR).
    void layoutChanged(int rows, int columns, bool planes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace dicomnet::viewer
