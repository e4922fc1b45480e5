#include "viewer/widgets/viewer_panel.h"

#include "viewer/pixels/series_loader.h"
#include "viewer/pixels/volume.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMimeData>
#include <QtConcurrent/QtConcurrentRun>

namespace dicomnet::viewer {

namespace {
const char* const kSeriesMime = "application/x-dicomnet-series-index";

// The strip: drags carry the series' index.
class SeriesStrip : public QListWidget {
public:
    explicit SeriesStrip(QWidget* parent) : QListWidget(parent) {
        setObjectName(QStringLiteral("seriesStrip"));
        setViewMode(QListView::IconMode);
        setFlow(QListView::LeftToRight);  // one a row in a strip this narrow
        setWrapping(true);
        setResizeMode(QListView::Adjust);
        setIconSize(QSize(96, 96));
        setGridSize(QSize(150, 130));
        setMovement(QListView::Static);
        setDragEnabled(true);
        setFixedWidth(170);
        setWordWrap(true);
    }

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override {
        auto* mime = new QMimeData;
        if (!items.isEmpty())
            mime->setData(QLatin1String(kSeriesMime), QByteArray::number(row(items.first())));
        return mime;
    }
    QStringList mimeTypes() const override { return {QLatin1String(kSeriesMime)}; }
};

QImage thumbnail(const QString& file) {
    auto picture = DicomPicture::open(file);
    if (!picture) return {};
    auto image = picture.value()->render(0);
    if (!image) return {};
    return image->scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}
}  // namespace

struct ViewerPanel::Impl {
    std::vector<SeriesEntry> series;
    SeriesStrip* strip = nullptr;
    QWidget* grid = nullptr;
    QGridLayout* gridLayout = nullptr;
    std::vector<ImageView*> views;
    std::vector<std::unique_ptr<SeriesLoader>> loaders;  // one per viewport (or null)
    std::vector<bool> done;
    std::vector<int> shownSeries;  // by viewport, -1 for none
    ViewportLinks* links = nullptr;
    int current = 0;
};

ViewerPanel::ViewerPanel(QWidget* parent) : QWidget(parent), d_(std::make_unique<Impl>()) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d_->strip = new SeriesStrip(this);
    layout->addWidget(d_->strip);
    d_->grid = new QWidget(this);
    d_->gridLayout = new QGridLayout(d_->grid);
    d_->gridLayout->setContentsMargins(0, 0, 0, 0);
    d_->gridLayout->setSpacing(2);
    d_->grid->setStyleSheet(QStringLiteral("background: #202020;"));
    layout->addWidget(d_->grid, 1);
    d_->links = new ViewportLinks(this);
    connect(d_->strip, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { showSeries(d_->current, d_->strip->row(item)); });
    setGrid(1, 1);
}

ViewerPanel::~ViewerPanel() {
    for (auto& loader : d_->loaders)
        if (loader) loader->stop();
}

void ViewerPanel::setSeries(std::vector<SeriesEntry> series) {
    d_->series = std::move(series);
    d_->strip->clear();
    for (size_t i = 0; i < d_->series.size(); ++i) {
        auto* item = new QListWidgetItem(d_->series[i].title, d_->strip);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        if (d_->series[i].files.isEmpty()) continue;
        // Thumbnails decode in a worker; the strip fills in as they come.
        auto* watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, i] {
            const QImage image = watcher->result();
            watcher->deleteLater();
            if (int(i) < d_->strip->count() && !image.isNull())
                d_->strip->item(int(i))->setIcon(QIcon(QPixmap::fromImage(image)));
        });
        watcher->setFuture(QtConcurrent::run(thumbnail, d_->series[i].files.first()));
    }
}

int ViewerPanel::seriesCount() const { return int(d_->series.size()); }
const SeriesEntry& ViewerPanel::series(int index) const { return d_->series.at(size_t(index)); }
int ViewerPanel::seriesIn(int viewport) const {
    return viewport >= 0 && viewport < int(d_->shownSeries.size())
               ? d_->shownSeries[size_t(viewport)]
               : -1;
}
ViewportLinks* ViewerPanel::links() const { return d_->links; }

void ViewerPanel::setGrid(int rows, int columns) {
    rows = std::clamp(rows, 1, 4);
    columns = std::clamp(columns, 1, 4);
    const int wanted = rows * columns;
    // Keep what the first viewports show; add or remove viewports at the end.
    while (int(d_->views.size()) > wanted) {
        if (d_->loaders.back()) d_->loaders.back()->stop();
        d_->loaders.pop_back();
        d_->done.pop_back();
        d_->shownSeries.pop_back();
        delete d_->views.back();
        d_->views.pop_back();
    }
    while (int(d_->views.size()) < wanted) {
        auto* view = new ImageView(d_->grid);
        view->setObjectName(QStringLiteral("viewport%1").arg(d_->views.size()));
        view->setAcceptDrops(true);
        view->installEventFilter(this);
        d_->views.push_back(view);
        d_->loaders.emplace_back();
        d_->done.push_back(true);
        d_->shownSeries.push_back(-1);
    }
    for (int i = 0; i < wanted; ++i) {
        d_->gridLayout->removeWidget(d_->views[size_t(i)]);
        d_->gridLayout->addWidget(d_->views[size_t(i)], i / columns, i % columns);
    }
    d_->current = std::min(d_->current, wanted - 1);
    emit layoutChanged(rows, columns, false);
}

int ViewerPanel::viewportCount() const { return int(d_->views.size()); }
ImageView* ViewerPanel::viewport(int index) const {
    return index >= 0 && index < viewportCount() ? d_->views[size_t(index)] : nullptr;
}
ImageView* ViewerPanel::currentViewport() const { return viewport(d_->current); }
int ViewerPanel::currentViewportIndex() const { return d_->current; }

void ViewerPanel::showSeries(int viewportIndex, int seriesIndex) {
    ImageView* view = viewport(viewportIndex);
    if (!view || seriesIndex < 0 || seriesIndex >= seriesCount()) return;
    const SeriesEntry& entry = d_->series[size_t(seriesIndex)];
    auto& loader = d_->loaders[size_t(viewportIndex)];
    if (loader) loader->stop();
    loader = std::make_unique<SeriesLoader>(entry.files);
    d_->done[size_t(viewportIndex)] = false;
    d_->shownSeries[size_t(viewportIndex)] = seriesIndex;
    view->resetStack(int(entry.files.size()), entry.label);
    connect(loader.get(), &SeriesLoader::sliceLoaded, view,
            [view](int index, int total, std::shared_ptr<const DisplaySlice> slice) {
                if (total > view->sliceCount()) view->resetStackSize(total);
                view->setSlice(index, std::move(slice));
            });
    connect(loader.get(), &SeriesLoader::problem, this,
            [this](const QString& file, const QString& reason) {
                emit problem(tr("%1: %2").arg(file, reason));
            });
    connect(loader.get(), &SeriesLoader::finished, this,
            [this, viewportIndex, view](int slices, qint64 firstMs, qint64 allMs) {
                view->resetStackSize(slices);
                d_->done[size_t(viewportIndex)] = true;
                emit viewportLoaded(viewportIndex, slices, firstMs, allMs);
            });
    loader->start();
}

bool ViewerPanel::showMpr(int viewportIndex) { return showMprRows({viewportIndex}); }

std::shared_ptr<const Volume> ViewerPanel::volumeIn(int viewportIndex) {
    ImageView* view = viewport(viewportIndex);
    if (!view) return nullptr;
    if (!d_->done[size_t(viewportIndex)] || view->loadedCount() != view->sliceCount()) {
        emit problem(tr("The series is still loading."));
        return nullptr;
    }
    auto volume = volumeFromStack(view->stack());
    if (!volume) {
        emit problem(
            tr("This series is not a volume (it needs 8 or more evenly spaced slices of "
               "one size and orientation)."));
        return nullptr;
    }
    return std::make_shared<const Volume>(std::move(*volume));
}

bool ViewerPanel::showMprRows(const std::vector<int>& viewports) {
    std::vector<std::shared_ptr<const Volume>> volumes;
    std::vector<SeriesLabel> labels;
    for (int viewportIndex : viewports) {
        auto volume = volumeIn(viewportIndex);
        if (!volume) return false;
        volumes.push_back(std::move(volume));
        labels.push_back(viewport(viewportIndex)->label());
    }
    const int rows = int(volumes.size());
    setGrid(rows, 3);
    emit layoutChanged(rows, 3, true);
    for (size_t v = 0; v < d_->views.size(); ++v) {
        if (d_->loaders[v]) d_->loaders[v]->stop();
        d_->loaders[v].reset();
        d_->done[v] = true;
        d_->shownSeries[v] = -1;
    }
    const Plane planes[3] = {Plane::Axial, Plane::Coronal, Plane::Sagittal};
    for (int row = 0; row < rows; ++row) {
        ImageView* const* views = d_->views.data() + 3 * row;
        for (int v = 0; v < 3; ++v)
            for (int o = 0; o < 3; ++o)
                if (o != v) disconnect(views[v], &ImageView::sliceChanged, views[o], nullptr);
        for (int v = 0; v < 3; ++v) {
            ImageView* target = views[v];
            target->setVolume(volumes[size_t(row)], planes[v], labels[size_t(row)]);
            // Each plane's position shows in the other two of its row.
            for (int o = 0; o < 3; ++o) {
                if (o == v) continue;
                ImageView* other = views[o];
                connect(target, &ImageView::sliceChanged, other,
                        [other, plane = planes[v]](int position) {
                            other->setCrossReference(plane, position);
                        });
            }
        }
        for (int v = 0; v < 3; ++v)
            for (int o = 0; o < 3; ++o)
                if (o != v) views[o]->setCrossReference(planes[v], views[v]->currentSlice());
    }
    return true;
}

void ViewerPanel::showFirstSeries() {
    for (int v = 0; v < viewportCount() && v < seriesCount(); ++v) showSeries(v, v);
}

bool ViewerPanel::settled() const {
    for (size_t i = 0; i < d_->views.size(); ++i) {
        if (!d_->done[i]) return false;
        if (d_->views[i]->sliceCount() > 0 && !d_->views[i]->upToDate()) return false;
    }
    return true;
}

bool ViewerPanel::eventFilter(QObject* watched, QEvent* event) {
    auto it = std::find(d_->views.begin(), d_->views.end(), watched);
    if (it == d_->views.end()) return QWidget::eventFilter(watched, event);
    const int index = int(it - d_->views.begin());
    switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::MouseButtonPress:
            d_->current = index;
            break;
        case QEvent::DragEnter: {
            auto* e = static_cast<QDragEnterEvent*>(event);
            if (e->mimeData()->hasFormat(QLatin1String(kSeriesMime))) {
                e->acceptProposedAction();
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto* e = static_cast<QDropEvent*>(event);
            bool ok = false;
            const int series = e->mimeData()->data(QLatin1String(kSeriesMime)).toInt(&ok);
            if (ok) {
                d_->current = index;
                showSeries(index, series);
                e->acceptProposedAction();
                return true;
            }
            break;
        }
        default:
            break;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace dicomnet::viewer
