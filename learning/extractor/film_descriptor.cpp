// The chest film descriptor. The film becomes presentation values (denser is brighter, whatever
// the photometric interpretation) on a grid of about 2 mm (ITK's bin shrink averages), so that
// spacing and detector size do not change the numbers. The lung fields are the two large dark
// regions inside the thorax: Otsu's threshold of the film's centre, connected components not
// touching the film's edge, the two largest, closed and with their holes filled (ITK). A field
// that an opacity has eaten into is completed by its mirror image when it is much smaller than
// the other. Each field's height is cut in thirds: the Brixia zones A–C (right) and D–F (left).
// Density is scaled per patient: 0 is the clearest lung (5th percentile inside the fields),
// 1 the soft tissue of the mediastinum between them, so that exposure and processing cancel.
#include "learning/extractor/film_descriptor.h"

#include "learning/extractor/sample_statistics.h"
#include "viewer/pixels/display_slice.h"
#include "viewer/registration/registration.h"

#include <itkBinShrinkImageFilter.h>
#include <itkBinaryBallStructuringElement.h>
#include <itkBinaryDilateImageFilter.h>
#include <itkBinaryFillholeImageFilter.h>
#include <itkBinaryMorphologicalClosingImageFilter.h>
#include <itkBinaryThresholdImageFilter.h>
#include <itkConnectedComponentImageFilter.h>
#include <itkImage.h>
#include <itkOtsuThresholdImageFilter.h>
#include <itkRelabelComponentImageFilter.h>
#include <itkScalarImageToTextureFeaturesFilter.h>
#include <itkSmoothingRecursiveGaussianImageFilter.h>

#include <QObject>

#include <array>
#include <cmath>
#include <cstring>

namespace dicomnet::learning {

namespace {

using Image = itk::Image<float, 2>;
using Mask = itk::Image<unsigned char, 2>;
using Labels = itk::Image<unsigned int, 2>;

constexpr double kGridMm = 2.0;         // the working grid
constexpr double kAssumedFilmMm = 400;  // the long side of a film whose spacing is unknown

Descriptor notApplicable(const QString& why) {
    Descriptor d;
    d.kind = kChestFilm;
    d.reason = why;
    d.version = kFilmDescriptorVersion;
    return d;
}

// Why the index's attributes already rule the film out, or empty.
QString ruledOut(const viewer::DisplaySlice& s, const SeriesToDescribe& about) {
    const QString body = about.bodyPart.trimmed().toUpper();
    static const QStringList chest = {"", "CHEST", "THORAX", "LUNG", "TORSO"};
    if (!chest.contains(body))
        return QObject::tr("not a chest film (Body Part Examined: %1)").arg(about.bodyPart);
    const QString view = about.viewPosition.trimmed().toUpper();
    if (view == QLatin1String("LL") || view == QLatin1String("RL") ||
        view == QLatin1String("LAT") || view.startsWith(QLatin1String("LATERAL")))
        return QObject::tr(
                   "a lateral view (View Position %1); the descriptor reads PA and AP "
                   "films")
            .arg(about.viewPosition);
    if (about.patientAgeYears >= 0 && about.patientAgeYears < 16)
        return QObject::tr("a child's film (age %1); the descriptor is built for adults")
            .arg(about.patientAgeYears);
    if (!s.monochromeValues() && !(s.rgbChannels == 1 && !s.rgb.empty()))
        return QObject::tr("a colour image, not a radiograph");
    if (s.columns < 128 || s.rows < 128)
        return QObject::tr("too small for a chest film (%1×%2 pixels)").arg(s.columns).arg(s.rows);
    return {};
}

// Blank (one value) or saturated (most pixels at one end of the range).
QString blankOrSaturated(const viewer::PlanarImage& raw) {
    std::vector<float> sample;
    const size_t step = std::max<size_t>(1, raw.values.size() / 200000);
    for (size_t i = 0; i < raw.values.size(); i += step) sample.push_back(raw.values[i]);
    const auto [lo, hi] = std::minmax_element(sample.begin(), sample.end());
    const float low = *lo, high = *hi;
    if (!(high - low > 1e-4f * std::max(1.f, std::max(std::abs(low), std::abs(high)))))
        return QObject::tr("a blank image (every pixel %1)").arg(double(low));
    const float tolerance = (high - low) * 0.002f;
    size_t atLow = 0, atHigh = 0;
    for (float x : sample) {
        atLow += x <= low + tolerance;
        atHigh += x >= high - tolerance;
    }
    if (atHigh > sample.size() * 6 / 10 || atLow > sample.size() * 6 / 10)
        return QObject::tr("a saturated image (%1% of the pixels at one end of the range)")
            .arg(100 * std::max(atLow, atHigh) / sample.size());
    return {};
}

Image::Pointer imageOf(const viewer::PlanarImage& p, double columnMm, double rowMm) {
    auto image = Image::New();
    Image::RegionType region;
    region.SetSize({{itk::SizeValueType(p.columns), itk::SizeValueType(p.rows)}});
    image->SetRegions(region);
    const double spacing[2] = {columnMm, rowMm};
    image->SetSpacing(spacing);
    image->Allocate();
    std::memcpy(image->GetBufferPointer(), p.values.data(), p.values.size() * sizeof(float));
    return image;
}

struct Component {
    unsigned label = 0;
    size_t area = 0;
    double cx = 0, cy = 0;
    int minX = 1 << 30, maxX = -1, minY = 1 << 30, maxY = -1;
    bool touchesEdge = false;
};

Mask::Pointer emptyMask(const Image* like) {
    auto m = Mask::New();
    m->CopyInformation(like);
    m->SetRegions(like->GetLargestPossibleRegion());
    m->Allocate(true);
    return m;
}

Mask::Pointer closeAndFill(Mask::Pointer mask, int radius, bool fillHoles = true) {
    using Ball = itk::BinaryBallStructuringElement<unsigned char, 2>;
    Ball ball;
    ball.SetRadius(radius);
    ball.CreateStructuringElement();
    auto close = itk::BinaryMorphologicalClosingImageFilter<Mask, Mask, Ball>::New();
    close->SetInput(mask);
    close->SetKernel(ball);
    close->SetForegroundValue(1);
    if (!fillHoles) {
        close->Update();
        return close->GetOutput();
    }
    auto fill = itk::BinaryFillholeImageFilter<Mask>::New();
    fill->SetInput(close->GetOutput());
    fill->SetForegroundValue(1);
    fill->Update();
    return fill->GetOutput();
}

// Co-occurrence energy, entropy, inertia and correlation of the pixels labelled `zone`.
std::array<float, 4> texture(const Image* density, const Image* zones, int zone) {
    using Texture = itk::Statistics::ScalarImageToTextureFeaturesFilter<Image>;
    using Name = itk::Statistics::HistogramToTextureFeaturesFilterEnums::TextureFeature;
    auto t = Texture::New();
    t->SetInput(density);
    t->SetMaskImage(zones);
    t->SetInsidePixelValue(float(zone));
    t->SetNumberOfBinsPerAxis(16);
    t->SetPixelValueMinMax(-0.25f, 1.25f);
    auto names = Texture::FeatureNameVector::New();
    names->push_back(static_cast<uint8_t>(Name::Energy));
    names->push_back(static_cast<uint8_t>(Name::Entropy));
    names->push_back(static_cast<uint8_t>(Name::Inertia));
    names->push_back(static_cast<uint8_t>(Name::HaralickCorrelation));
    t->SetRequestedFeatures(names);
    t->SetFastCalculations(true);
    t->Update();
    const auto& m = *t->GetFeatureMeans();
    std::array<float, 4> out{};
    for (size_t i = 0; i < 4 && i < m.size(); ++i) out[i] = std::isfinite(m[i]) ? float(m[i]) : 0.f;
    return out;
}

}  // namespace

Descriptor describeFilm(const viewer::DisplaySlice& s, const SeriesToDescribe& about) {
    if (const QString why = ruledOut(s, about); !why.isEmpty()) return notApplicable(why);
    viewer::PlanarImage raw = viewer::presentationValues(s);
    if (const QString why = blankOrSaturated(raw); !why.isEmpty()) return notApplicable(why);
    auto scaled = viewer::planarImageOf(s);
    if (!scaled) return notApplicable(scaled.error());

    const bool spacingKnown = s.columnSpacing > 0 && s.rowSpacing > 0;
    const double assumed = kAssumedFilmMm / std::max(s.columns, s.rows);
    const double colMm = spacingKnown ? s.columnSpacing : assumed;
    const double rowMm = spacingKnown ? s.rowSpacing : assumed;

    // About 2 mm a pixel, averaged.
    auto shrink = itk::BinShrinkImageFilter<Image, Image>::New();
    shrink->SetInput(imageOf(scaled.value(), colMm, rowMm));
    const unsigned fx = std::max(1u, unsigned(std::lround(kGridMm / colMm)));
    const unsigned fy = std::max(1u, unsigned(std::lround(kGridMm / rowMm)));
    itk::FixedArray<unsigned, 2> factors;
    factors[0] = fx, factors[1] = fy;
    shrink->SetShrinkFactors(factors);
    shrink->Update();
    Image::Pointer film = shrink->GetOutput();
    const auto size = film->GetLargestPossibleRegion().GetSize();
    const int W = int(size[0]), H = int(size[1]);
    const double mmX = colMm * fx, mmY = rowMm * fy;

    auto smooth = itk::SmoothingRecursiveGaussianImageFilter<Image, Image>::New();
    smooth->SetInput(film);
    smooth->SetSigma(4.0);  // mm
    smooth->Update();
    Image::Pointer smoothed = smooth->GetOutput();
    // The fields are found on a coarser blur, over which patchy opacities average out with the
    // air between them: an opacified lung is still darker than the soft tissue beside it.
    auto coarse = itk::SmoothingRecursiveGaussianImageFilter<Image, Image>::New();
    coarse->SetInput(film);
    coarse->SetSigma(8.0);  // mm
    coarse->Update();
    Image::Pointer blurred = coarse->GetOutput();

    // Otsu's threshold of the film's centre, where lungs and mediastinum are.
    Mask::Pointer centre = emptyMask(film);
    for (int y = H * 15 / 100; y < H * 85 / 100; ++y)
        for (int x = W * 15 / 100; x < W * 85 / 100; ++x) centre->SetPixel({{x, y}}, 1);
    auto otsu = itk::OtsuThresholdImageFilter<Image, Mask, Mask>::New();
    otsu->SetInput(blurred);
    otsu->SetMaskImage(centre);
    otsu->SetMaskValue(1);
    otsu->SetNumberOfHistogramBins(128);
    otsu->Update();
    const float threshold = float(otsu->GetThreshold());

    auto dark = itk::BinaryThresholdImageFilter<Image, Mask>::New();
    dark->SetInput(blurred);
    dark->SetLowerThreshold(-1e30f);
    dark->SetUpperThreshold(threshold);
    dark->SetInsideValue(1);
    dark->SetOutsideValue(0);
    dark->Update();
    // The air around the body (direct exposure, far darker than any lung) and a margin of
    // about 14 mm around it are no lung: the blur would otherwise join a field whose
    // apex comes near the skin to the outside.
    {
        auto air = itk::BinaryThresholdImageFilter<Image, Mask>::New();
        air->SetInput(smoothed);
        air->SetLowerThreshold(-1e30f);
        air->SetUpperThreshold(threshold / 3);
        air->SetInsideValue(1);
        air->SetOutsideValue(0);
        auto airParts = itk::ConnectedComponentImageFilter<Mask, Labels>::New();
        airParts->SetInput(air->GetOutput());
        airParts->Update();
        const unsigned* al = airParts->GetOutput()->GetBufferPointer();
        const size_t parts = airParts->GetObjectCount();
        std::vector<int> x0(parts + 1, W), x1(parts + 1, -1), y0(parts + 1, H), y1(parts + 1, -1);
        std::vector<char> outside(parts + 1, 0);
        for (int y = 0; y < H; ++y)
            for (int x = 0; x < W; ++x) {
                const unsigned l = al[size_t(y) * W + x];
                if (!l) continue;
                x0[l] = std::min(x0[l], x), x1[l] = std::max(x1[l], x);
                y0[l] = std::min(y0[l], y), y1[l] = std::max(y1[l], y);
                if (x == 0 || y == 0 || x == W - 1 || y == H - 1) outside[l] = 1;
            }
        auto around = emptyMask(film);
        unsigned char* am = around->GetBufferPointer();
        for (size_t l = 1; l <= parts; ++l)
            outside[l] |= x1[l] - x0[l] > 0.85 * W || y1[l] - y0[l] > 0.85 * H;
        for (size_t i = 0; i < size_t(W) * H; ++i) am[i] = al[i] && outside[al[i]];
        using Ball = itk::BinaryBallStructuringElement<unsigned char, 2>;
        Ball ball;
        ball.SetRadius(std::max(1, int(std::lround(14.0 / std::min(mmX, mmY)))));
        ball.CreateStructuringElement();
        auto grow = itk::BinaryDilateImageFilter<Mask, Mask, Ball>::New();
        grow->SetInput(around);
        grow->SetKernel(ball);
        grow->SetForegroundValue(1);
        grow->Update();
        const unsigned char* margin = grow->GetOutput()->GetBufferPointer();
        unsigned char* d = dark->GetOutput()->GetBufferPointer();
        for (size_t i = 0; i < size_t(W) * H; ++i)
            if (margin[i]) d[i] = 0;
    }
    auto components = itk::ConnectedComponentImageFilter<Mask, Labels>::New();
    components->SetInput(dark->GetOutput());
    auto relabel = itk::RelabelComponentImageFilter<Labels, Labels>::New();
    relabel->SetInput(components->GetOutput());
    relabel->SetMinimumObjectSize(itk::SizeValueType(W * H / 500));
    relabel->Update();
    Labels::Pointer labels = relabel->GetOutput();

    constexpr unsigned kLargest = 32;
    std::vector<Component> found(kLargest + 1);
    const unsigned* lp = labels->GetBufferPointer();
    for (int y = 0; y < H; ++y)
        for (int x = 0; x < W; ++x) {
            const unsigned l = lp[size_t(y) * W + x];
            if (l == 0 || l > kLargest) continue;
            Component& c = found[l];
            c.label = l;
            ++c.area;
            c.cx += x;
            c.cy += y;
            c.minX = std::min(c.minX, x), c.maxX = std::max(c.maxX, x);
            c.minY = std::min(c.minY, y), c.maxY = std::max(c.maxY, y);
            c.touchesEdge |= x == 0 || y == 0 || x == W - 1 || y == H - 1;
        }
    // The two largest dark regions inside the thorax (not the air around the body: it reaches
    // the film's edge, or, inside a collimator's frame, spans nearly all of it).
    std::vector<Component> fields, pieces;
    for (Component& c : found) {
        if (c.area == 0 || c.touchesEdge) continue;
        if (c.maxX - c.minX > 0.85 * W || c.maxY - c.minY > 0.85 * H) continue;
        c.cx /= double(c.area), c.cy /= double(c.area);
        if (fields.size() < 2 && c.area > size_t(W * H / 100) && c.cy > 0.1 * H && c.cy < 0.85 * H)
            fields.push_back(c);
        else
            pieces.push_back(c);
    }
    // A field that opacities cut into small pieces only: its largest piece on the other side.
    if (fields.size() == 1 && fields[0].maxX - fields[0].minX <= 0.4 * W)
        for (auto it = pieces.begin(); it != pieces.end(); ++it)
            if ((it->cx < W / 2.0) != (fields[0].cx < W / 2.0) && it->cy > 0.1 * H &&
                it->cy < 0.85 * H) {
                fields.push_back(*it);
                pieces.erase(it);
                break;
            }
    // Two fields merged through the mediastinum: cut at the centre of the one.
    int cut = -1;
    if (fields.size() == 1 && fields[0].maxX - fields[0].minX > 0.4 * W &&
        std::abs(fields[0].cx - W / 2.0) < 0.15 * W)
        cut = int(fields[0].cx);
    // One field beside the midline: the other lung is white (or missing); read from the
    // mirror image of this one.
    const bool oneSided = fields.size() == 1 && cut < 0 &&
                          std::abs(fields[0].cx - W / 2.0) > 0.12 * W &&
                          fields[0].maxY - fields[0].minY > 0.3 * H;
    if (fields.size() < 2 && cut < 0 && !oneSided)
        return notApplicable(
            QObject::tr("no two lung fields found (a lateral view, or not a "
                        "chest film)"));
    // Opacities cut a field into pieces: a piece whose centre lies within a field's extent
    // belongs to it.
    std::vector<unsigned> pieceOf(kLargest + 1, 0);
    for (const Component& f : fields) pieceOf[f.label] = f.label;
    for (const Component& piece : pieces)
        for (const Component& f : fields)
            if (piece.cx >= f.minX - 0.05 * W && piece.cx <= f.maxX + 0.05 * W &&
                piece.cy >= f.minY - 0.05 * H && piece.cy <= f.maxY + 0.05 * H) {
                pieceOf[piece.label] = f.label;
                break;
            }

    // Image left is the patient's right on a PA or AP film shown the usual way ("L\F": rows
    // run toward the patient's left); a film flipped so that they run to the right is read so.
    const bool flipped = s.patientOrientation.startsWith(QLatin1Char('R'));
    Mask::Pointer lung[2] = {emptyMask(film), emptyMask(film)};  // 0 right, 1 left
    auto sideOf = [&](unsigned label, int x) -> int {
        int imageLeft;
        if (cut >= 0)
            imageLeft = x < cut;
        else if (fields.size() == 1)
            imageLeft = fields[0].cx < W / 2.0;
        else
            imageLeft = label == (fields[0].cx < fields[1].cx ? fields[0].label : fields[1].label);
        return imageLeft != flipped ? 0 : 1;
    };
    size_t area[2] = {0, 0};
    for (int y = 0; y < H; ++y)
        for (int x = 0; x < W; ++x) {
            const unsigned l =
                lp[size_t(y) * W + x] <= kLargest ? pieceOf[lp[size_t(y) * W + x]] : 0;
            if (l == 0) continue;
            const int side = sideOf(l, x);
            lung[side]->SetPixel({{x, y}}, 1);
            ++area[side];
        }
    const int radius = std::max(1, int(std::lround(6.0 / std::min(mmX, mmY))));
    lung[0] = closeAndFill(lung[0], radius);
    lung[1] = closeAndFill(lung[1], radius);

    // A field much smaller than the other (an opacity ate into it) is completed by the other's
    // mirror image about the mediastinum.
    auto bounds = [&](const Mask* m, int& x0, int& x1, int& y0, int& y1) {
        x0 = W, x1 = -1, y0 = H, y1 = -1;
        const unsigned char* p = m->GetBufferPointer();
        size_t n = 0;
        for (int y = 0; y < H; ++y)
            for (int x = 0; x < W; ++x)
                if (p[size_t(y) * W + x]) {
                    x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y),
                    y1 = std::max(y1, y), ++n;
                }
        return n;
    };
    int bx0[2], bx1[2], by0[2], by1[2];
    area[0] = bounds(lung[0], bx0[0], bx1[0], by0[0], by1[0]);
    area[1] = bounds(lung[1], bx0[1], bx1[1], by0[1], by1[1]);
    if (area[0] == 0 && area[1] == 0) return notApplicable(QObject::tr("no lung field found"));
    const float* sv = smoothed->GetBufferPointer();
    const int imageLeftSide = flipped ? 1 : 0;
    double midline;
    if (area[0] == 0 || area[1] == 0) {
        // The body's midline along the field's rows: the middle of what is not air.
        const int own = area[0] ? 0 : 1;
        double sum = 0, count = 0;
        for (int y = by0[own]; y <= by1[own]; ++y) {
            int first = -1, last = -1;
            for (int x = 0; x < W; ++x)
                if (sv[size_t(y) * W + x] > threshold) {
                    if (first < 0) first = x;
                    last = x;
                }
            if (first >= 0) sum += (first + last) / 2.0, count += 1;
        }
        midline = count > 0 ? sum / count : W / 2.0;
    } else {
        midline = (bx1[imageLeftSide] + bx0[1 - imageLeftSide]) / 2.0;  // facing edges
    }
    const int smaller = area[0] < area[1] ? 0 : 1;
    if (double(area[smaller]) < 0.75 * double(area[1 - smaller])) {
        const unsigned char* other = lung[1 - smaller]->GetBufferPointer();
        unsigned char* own = lung[smaller]->GetBufferPointer();
        for (int y = 0; y < H; ++y)
            for (int x = 0; x < W; ++x) {
                const int mx = int(std::lround(2 * midline - x));
                if (mx >= 0 && mx < W && other[size_t(y) * W + mx]) own[size_t(y) * W + x] = 1;
            }
        area[smaller] =
            bounds(lung[smaller], bx0[smaller], bx1[smaller], by0[smaller], by1[smaller]);
    }
    if (area[0] == 0 || area[1] == 0)
        return notApplicable(QObject::tr("only one lung field found"));
    const int inner0 = bx1[imageLeftSide], inner1 = bx0[1 - imageLeftSide];

    // References: the clearest lung and the mediastinum's soft tissue.
    const float* v = film->GetBufferPointer();
    std::vector<float> inLungs;
    for (int side = 0; side < 2; ++side) {
        const unsigned char* m = lung[side]->GetBufferPointer();
        for (size_t i = 0; i < size_t(W) * H; ++i)
            if (m[i]) inLungs.push_back(v[i]);
    }
    const float lungRef = quantile(inLungs, 0.05);
    std::vector<float> mediastinum;
    const int y0 = std::min(by0[0], by0[1]), y1 = std::max(by1[0], by1[1]);
    const int gapFrom = std::min(inner0, inner1) + 1, gapTo = std::max(inner0, inner1) - 1;
    for (int y = y0 + (y1 - y0) / 3; y <= y0 + 2 * (y1 - y0) / 3; ++y)
        for (int x = gapFrom; x <= gapTo; ++x) mediastinum.push_back(sv[size_t(y) * W + x]);
    if (mediastinum.size() < 8)
        return notApplicable(QObject::tr("no mediastinum between the lung fields"));
    const float softRef = quantile(mediastinum, 0.5);
    const float range = softRef - lungRef;
    if (!(range > 0.08f))
        return notApplicable(QObject::tr("the lungs cannot be told from the soft tissue"));

    // Scaled density, the high-pass residue for local contrast, and the zones' labels.
    auto density = Image::New();
    density->CopyInformation(film);
    density->SetRegions(film->GetLargestPossibleRegion());
    density->Allocate();
    float* n = density->GetBufferPointer();
    for (size_t i = 0; i < size_t(W) * H; ++i) n[i] = (v[i] - lungRef) / range;
    auto zones = Image::New();
    zones->CopyInformation(film);
    zones->SetRegions(film->GetLargestPossibleRegion());
    zones->Allocate(true);
    float* z = zones->GetBufferPointer();
    std::vector<float> zoneValues[6], zoneResidue[6];
    for (int side = 0; side < 2; ++side) {
        const unsigned char* m = lung[side]->GetBufferPointer();
        const double top = by0[side], height = by1[side] - by0[side] + 1;
        for (int y = by0[side]; y <= by1[side]; ++y) {
            const int third = std::min(2, int((y - top) * 3 / height));
            const int zone = side * 3 + third;  // 0..5: A B C D E F
            for (int x = 0; x < W; ++x) {
                const size_t i = size_t(y) * W + x;
                if (!m[i]) continue;
                z[i] = float(zone + 1);
                zoneValues[zone].push_back(n[i]);
                zoneResidue[zone].push_back((v[i] - sv[i]) / range);
            }
        }
    }

    Descriptor d;
    d.kind = kChestFilm;
    d.version = kFilmDescriptorVersion;
    d.applicable = true;
    double zoneMean[6];
    for (int k = 0; k < 6; ++k) {
        std::vector<float>& values = zoneValues[k];
        zoneMean[k] = mean(values);
        double var = 0;
        for (float r : zoneResidue[k]) var += double(r) * r;
        const double contrast = values.empty() ? 0 : std::sqrt(var / double(values.size()));
        const float dense = float(shareAbove(values, 0.35f));
        const float consolidated = float(shareAbove(values, 0.6f));
        const float p90 = quantile(values, 0.9);
        const auto t =
            values.size() > 16 ? texture(density, zones, k + 1) : std::array<float, 4>{0, 0, 0, 0};
        d.values.insert(d.values.end(), {float(zoneMean[k]), p90, dense, consolidated,
                                         float(contrast), t[0], t[1], t[2], t[3]});
    }
    const double heightMm = 0.5 * ((by1[0] - by0[0] + 1) + (by1[1] - by0[1] + 1)) * mmY;
    if (spacingKnown && heightMm < 120)
        return notApplicable(QObject::tr("the lung fields are %1 mm high: a child's film; the "
                                         "descriptor is built for adults")
                                 .arg(std::lround(heightMm)));
    double all = 0;
    for (double m : zoneMean) all += m;
    d.values.insert(
        d.values.end(),
        {float(heightMm), float(double(area[0]) / double(area[1])), float(all / 6),
         float((zoneMean[0] + zoneMean[3] - zoneMean[2] - zoneMean[5]) / 2),
         float((zoneMean[0] + zoneMean[1] + zoneMean[2] - zoneMean[3] - zoneMean[4] - zoneMean[5]) /
               3)});
    return d;
}

}  // namespace dicomnet::learning
