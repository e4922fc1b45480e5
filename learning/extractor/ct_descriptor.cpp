// The chest CT descriptor. The slices, sorted along their normal, go onto a grid of about
// 2.5 mm in plane (ITK's bin shrink averages each slice) and 2.5 mm or more between slices.
// The lungs are the large air-filled regions that do not reach the edge of the field (air
// outside the body does): below −300 HU, connected components (ITK), the two largest over
// 150 mL; each side closed over 15 mm in plane and with its holes filled, so that
// vessels, opacities and consolidation against the chest wall are inside.
// Each side is cut in thirds along the body's axis; per region the share of ground glass
// (−700…−300 HU) and of consolidation (−300…+100 HU; vessels contribute a baseline every
// CT shares), the mean and 90th percentile in HU, and the region's share of the lung volume.
#include "learning/extractor/ct_descriptor.h"

#include "learning/extractor/sample_statistics.h"
#include "viewer/pixels/display_slice.h"

#include <itkBinShrinkImageFilter.h>
#include <itkBinaryBallStructuringElement.h>
#include <itkBinaryFillholeImageFilter.h>
#include <itkBinaryMorphologicalClosingImageFilter.h>
#include <itkBinaryThresholdImageFilter.h>
#include <itkConnectedComponentImageFilter.h>
#include <itkImage.h>
#include <itkRegionOfInterestImageFilter.h>
#include <itkRelabelComponentImageFilter.h>

#include <QObject>

#include <algorithm>
#include <array>
#include <cmath>

namespace dicomnet::learning {

namespace {

using Slice = itk::Image<float, 2>;
using Image = itk::Image<float, 3>;
using Mask = itk::Image<unsigned char, 3>;
using Labels = itk::Image<unsigned int, 3>;

constexpr double kGridMm = 2.5;

Descriptor notApplicable(const QString& why) {
    Descriptor d;
    d.kind = kChestCt;
    d.reason = why;
    d.version = kCtDescriptorVersion;
    return d;
}

// One slice's modality values averaged in f×f blocks (ITK's bin shrink).
Slice::Pointer shrunk(const viewer::DisplaySlice& s, unsigned f) {
    auto full = Slice::New();
    Slice::RegionType region;
    region.SetSize({{itk::SizeValueType(s.columns), itk::SizeValueType(s.rows)}});
    full->SetRegions(region);
    full->Allocate();
    float* out = full->GetBufferPointer();
    const size_t count = size_t(s.columns) * size_t(s.rows);
    if (s.values16) {
        const int16_t* in = s.values16.get();
        for (size_t i = 0; i < count; ++i) out[i] = in[i];
    } else {
        for (size_t i = 0; i < count; ++i) out[i] = float(s.value(i));
    }
    auto shrink = itk::BinShrinkImageFilter<Slice, Slice>::New();
    shrink->SetInput(full);
    shrink->SetShrinkFactors(f);
    shrink->Update();
    return shrink->GetOutput();
}

// Closing by a ball of `radius` voxels (in plane; one slice across), then filling holes, of
// the part of `mask` inside its bounding box widened by the radius: the structuring element
// costs in proportion to the voxels it passes, and a lung's box is a quarter of the volume.
std::vector<unsigned char> closeAndFill(const Mask::Pointer& mask, int radius) {
    const auto size = mask->GetLargestPossibleRegion().GetSize();
    const int W = int(size[0]), H = int(size[1]), D = int(size[2]);
    const unsigned char* m = mask->GetBufferPointer();
    int lo[3] = {W, H, D}, hi[3] = {-1, -1, -1};
    for (int k = 0; k < D; ++k)
        for (int j = 0; j < H; ++j)
            for (int i = 0; i < W; ++i)
                if (m[(size_t(k) * H + j) * W + i]) {
                    const int at[3] = {i, j, k};
                    for (int a = 0; a < 3; ++a)
                        lo[a] = std::min(lo[a], at[a]), hi[a] = std::max(hi[a], at[a]);
                }
    std::vector<unsigned char> out(size_t(W) * H * D, 0);
    if (hi[0] < 0) return out;
    const int margin[3] = {radius + 1, radius + 1, 2};
    const int limit[3] = {W, H, D};
    Mask::RegionType box;
    for (int a = 0; a < 3; ++a) {
        lo[a] = std::max(0, lo[a] - margin[a]);
        hi[a] = std::min(limit[a] - 1, hi[a] + margin[a]);
        box.SetIndex(a, lo[a]);
        box.SetSize(a, itk::SizeValueType(hi[a] - lo[a] + 1));
    }
    auto crop = itk::RegionOfInterestImageFilter<Mask, Mask>::New();
    crop->SetInput(mask);
    crop->SetRegionOfInterest(box);
    using Ball = itk::BinaryBallStructuringElement<unsigned char, 3>;
    Ball ball;
    Ball::SizeType r;
    r[0] = r[1] = itk::SizeValueType(radius), r[2] = 1;
    ball.SetRadius(r);
    ball.CreateStructuringElement();
    auto close = itk::BinaryMorphologicalClosingImageFilter<Mask, Mask, Ball>::New();
    close->SetInput(crop->GetOutput());
    close->SetKernel(ball);
    close->SetForegroundValue(1);
    auto fill = itk::BinaryFillholeImageFilter<Mask>::New();
    fill->SetInput(close->GetOutput());
    fill->SetForegroundValue(1);
    fill->Update();
    const unsigned char* c = fill->GetOutput()->GetBufferPointer();
    const int bw = hi[0] - lo[0] + 1, bh = hi[1] - lo[1] + 1, bd = hi[2] - lo[2] + 1;
    for (int k = 0; k < bd; ++k)
        for (int j = 0; j < bh; ++j)
            std::copy_n(c + (size_t(k) * bh + j) * bw, bw,
                        out.data() + (size_t(k + lo[2]) * H + size_t(j + lo[1])) * W + lo[0]);
    return out;
}

}  // namespace

Descriptor describeCt(std::vector<std::shared_ptr<const viewer::DisplaySlice>> slices,
                      const SeriesToDescribe& about) {
    const QString body = about.bodyPart.trimmed().toUpper();
    static const QStringList chest = {
        "",         "CHEST",         "THORAX",       "LUNG",
        "TORSO",    "CHEST_ABDOMEN", "CHESTABDOMEN", "CHEST_ABDOMEN_PELVIS",
        "WHOLEBODY"};
    if (!chest.contains(body))
        return notApplicable(
            QObject::tr("not a chest CT (Body Part Examined: %1)").arg(about.bodyPart));
    slices.erase(std::remove_if(slices.begin(), slices.end(),
                                [](const auto& s) { return !s || !s->monochromeValues(); }),
                 slices.end());
    if (slices.size() < 16)
        return notApplicable(QObject::tr("%1 slices: too few for a chest CT").arg(slices.size()));
    const viewer::DisplaySlice& first = *slices.front();
    const double* o = first.orientation;
    const double normal[3] = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5],
                              o[0] * o[4] - o[1] * o[3]};
    if (!first.hasGeometry || std::abs(normal[2]) < 0.8)
        return notApplicable(QObject::tr("not an axial series"));
    for (const auto& s : slices)
        if (s->columns != first.columns || s->rows != first.rows)
            return notApplicable(QObject::tr("the slices differ in size"));
    std::sort(slices.begin(), slices.end(),
              [](const auto& a, const auto& b) { return a->location() < b->location(); });
    std::vector<double> gaps;
    for (size_t k = 1; k < slices.size(); ++k)
        gaps.push_back(slices[k]->location() - slices[k - 1]->location());
    std::nth_element(gaps.begin(), gaps.begin() + long(gaps.size() / 2), gaps.end());
    const double gap = gaps[gaps.size() / 2];
    if (!(gap > 0.05)) return notApplicable(QObject::tr("slices without spacing between them"));
    const size_t step = std::max<size_t>(1, size_t(std::lround(kGridMm / gap)));
    const double cs = first.columnSpacing > 0 ? first.columnSpacing : 0.7;
    const double rs = first.rowSpacing > 0 ? first.rowSpacing : 0.7;
    const unsigned f = std::max(1u, unsigned(std::lround(kGridMm / cs)));

    // The volume on the working grid.
    const size_t depth = (slices.size() + step - 1) / step;
    auto volume = Image::New();
    {
        Slice::Pointer s0 = shrunk(first, f);
        const auto sz = s0->GetLargestPossibleRegion().GetSize();
        Image::RegionType region;
        region.SetSize({{sz[0], sz[1], depth}});
        volume->SetRegions(region);
        const double spacing[3] = {cs * f, rs * f, gap * double(step)};
        volume->SetSpacing(spacing);
        volume->Allocate();
    }
    const auto size = volume->GetLargestPossibleRegion().GetSize();
    const int W = int(size[0]), H = int(size[1]), D = int(size[2]);
    const size_t plane = size_t(W) * H;
    float* hu = volume->GetBufferPointer();
    for (int k = 0; k < D; ++k) {
        Slice::Pointer s = shrunk(*slices[size_t(k) * step], f);
        std::copy_n(s->GetBufferPointer(), plane, hu + size_t(k) * plane);
    }
    const double voxelMl =
        volume->GetSpacing()[0] * volume->GetSpacing()[1] * volume->GetSpacing()[2] / 1000.0;

    auto air = itk::BinaryThresholdImageFilter<Image, Mask>::New();
    air->SetInput(volume);
    air->SetLowerThreshold(-2000.f);
    air->SetUpperThreshold(-300.f);
    air->SetInsideValue(1);
    air->SetOutsideValue(0);
    auto components = itk::ConnectedComponentImageFilter<Mask, Labels>::New();
    components->SetInput(air->GetOutput());
    auto relabel = itk::RelabelComponentImageFilter<Labels, Labels>::New();
    relabel->SetInput(components->GetOutput());
    relabel->SetMinimumObjectSize(itk::SizeValueType(150.0 / voxelMl));
    relabel->Update();
    const unsigned* labels = relabel->GetOutput()->GetBufferPointer();
    const unsigned count = unsigned(relabel->GetNumberOfObjects());

    // Components that reach the edge of the field are the air around the body.
    std::vector<char> edge(count + 1, 0);
    for (int k = 0; k < D; ++k)
        for (int y = 0; y < H; ++y)
            for (int x = 0; x < W; x += (y == 0 || y == H - 1) ? 1 : W - 1)
                edge[labels[size_t(k) * plane + size_t(y) * W + x]] = 1;
    std::vector<unsigned> lungs;
    for (unsigned l = 1; l <= count && lungs.size() < 2; ++l)
        if (!edge[l]) lungs.push_back(l);
    if (lungs.empty()) return notApplicable(QObject::tr("no lungs in the field of view"));

    // The body's midline (the centre of what is denser than −500 HU) parts right from left.
    double sumX = 0, n = 0;
    for (size_t i = 0; i < plane * D; ++i)
        if (hu[i] > -500) sumX += double(i % W), n += 1;
    const double midline = n > 0 ? sumX / n : W / 2.0;

    // Each side closed on its own over about 15 mm in plane, so that consolidation against the
    // chest wall, which no hole-filling reaches, is inside the lung it belongs to.
    std::vector<unsigned char> lungMask(plane * D, 0);
    for (int side = 0; side < 2; ++side) {
        auto mask = Mask::New();
        mask->CopyInformation(volume);
        mask->SetRegions(volume->GetLargestPossibleRegion());
        mask->Allocate(true);
        unsigned char* m = mask->GetBufferPointer();
        for (size_t i = 0; i < plane * D; ++i)
            m[i] = (double(i % W) > midline) == bool(side) &&
                   std::find(lungs.begin(), lungs.end(), labels[i]) != lungs.end();
        const auto closed =
            closeAndFill(mask, std::max(1, int(std::lround(15.0 / volume->GetSpacing()[0]))));
        for (size_t i = 0; i < plane * D; ++i) lungMask[i] |= closed[i];
    }
    const unsigned char* lung = lungMask.data();
    int kTop = D, kBottom = -1;
    for (int k = 0; k < D; ++k)
        for (size_t i = 0; i < plane && (kTop > k || kBottom < k); ++i)
            if (lung[size_t(k) * plane + i])
                kTop = std::min(kTop, k), kBottom = std::max(kBottom, k);
    // Patient +x is the left; +z the head.
    const bool xToLeft = first.orientation[0] >= 0;
    const bool kToHead = normal[2] > 0;

    std::vector<float> region[6];
    double lungMl = 0;
    size_t ggo = 0, consolidation = 0, voxels = 0;
    const double extent = kBottom - kTop + 1;
    for (int k = kTop; k <= kBottom; ++k) {
        const double fromHead = kToHead ? (kBottom - k) : (k - kTop);
        const int third = std::min(2, int(fromHead * 3 / extent));
        for (size_t i = 0; i < plane; ++i) {
            const size_t at = size_t(k) * plane + i;
            if (!lung[at]) continue;
            const bool left = (double(i % W) > midline) == xToLeft;
            const float v = hu[at];
            region[(left ? 3 : 0) + third].push_back(v);
            ++voxels;
            ggo += v >= -700 && v < -300;
            consolidation += v >= -300 && v <= 100;
        }
    }
    lungMl = double(voxels) * voxelMl;
    if (lungMl < 300)
        return notApplicable(QObject::tr("no lungs in the field of view (%1 mL of lung found)")
                                 .arg(std::lround(lungMl)));

    Descriptor d;
    d.kind = kChestCt;
    d.version = kCtDescriptorVersion;
    d.applicable = true;
    for (std::vector<float>& r : region) {
        size_t g = 0, c = 0;
        for (float v : r) g += v >= -700 && v < -300, c += v >= -300 && v <= 100;
        const double share = double(r.size()) / double(std::max<size_t>(1, voxels));
        const double total = double(std::max<size_t>(1, r.size()));
        d.values.insert(d.values.end(),
                        {float(share), float(double(g) / total), float(double(c) / total),
                         float(mean(r) / 1000.0), float(quantile(r, 0.9) / 1000.0)});
    }
    d.values.insert(d.values.end(), {float(lungMl / 1000.0), float(double(ggo) / double(voxels)),
                                     float(double(consolidation) / double(voxels))});
    return d;
}

}  // namespace dicomnet::learning
