#!/usr/bin/env bash
# Registration of a 2000×2400 chest film pair with known motion (2.5°, 35/−28 pixels, ×1.04,
# another opacity, noise): dicomnet (ITK inside) beside elastix 5 (the Debian package, a
# reference tool built on ITK) with a comparable setup — rigid then affine, Mattes mutual
# information, the same pyramid levels, its adaptive stochastic gradient descent — on the same
# two files, alternating, RUNS runs each. Prints seconds and the error: the largest distance,
# in pixels, between a corner of the current and where the found and the true motion bring it.
#   tests/bench/bench_registration.sh [BUILD_DIR=build] [RUNS=5] [WORK_DIR=/tmp/dicomnet-bench-registration]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
runs=${2:-5}
work=${3:-/tmp/dicomnet-bench-registration}
bench=$build/tests/bench/dicomnet_bench_registration
mkdir -p "$work"
if ! command -v elastix >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "install elastix (apt-get install elastix) for the peer" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends elastix >/dev/null
fi
common='(FixedInternalImagePixelType "float")
(MovingInternalImagePixelType "float")
(Registration "MultiResolutionRegistration")
(FixedImagePyramid "FixedSmoothingImagePyramid")
(MovingImagePyramid "MovingSmoothingImagePyramid")
(AutomaticScalesEstimation "true")
(AutomaticTransformInitialization "false")
(HowToCombineTransforms "Compose")
(Metric "AdvancedMattesMutualInformation")
(NumberOfHistogramBins 32)
(Optimizer "AdaptiveStochasticGradientDescent")
(ImageSampler "RandomCoordinate")
(NumberOfSpatialSamples 4000)
(NewSamplesEveryIteration "true")
(Interpolator "LinearInterpolator")
(ResampleInterpolator "FinalBSplineInterpolator")
(FinalBSplineInterpolationOrder 1)
(Resampler "DefaultResampler")
(WriteResultImage "false")
(ResultImagePixelType "float")'
# Debian's elastix 5.0.1 is built without its similarity transform: rigid (Euler) then affine,
# the nearest it has, at the same pyramid levels as dicomnet (rigid 16, 8; then 16 … 2 of the
# original pixels).
printf '%s\n(Transform "EulerTransform")\n(NumberOfResolutions 2)\n(ImagePyramidSchedule 16 16 8 8)\n(MaximumNumberOfIterations 200)\n' \
  "$common" >"$work/rigid.txt"
printf '%s\n(Transform "AffineTransform")\n(NumberOfResolutions 4)\n(ImagePyramidSchedule 16 16 8 8 4 4 2 2)\n(MaximumNumberOfIterations 200)\n' \
  "$common" >"$work/affine.txt"
"$bench" corners >"$work/corners.txt"

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
"$bench" 1 "$work" >/dev/null  # writes current.mha and prior.mha
ours=() theirs=() our_err=() their_err=()
for i in $(seq "$runs"); do
  line=$("$bench" 1 "$work" | grep '^dicomnet')
  ours+=("$(echo "$line" | awk '{print $2}')")
  our_err+=("$(echo "$line" | awk '{print $5}')")
  rm -rf "$work/elastix" && mkdir -p "$work/elastix"
  t0=$(date +%s%N)
  elastix -f "$work/current.mha" -m "$work/prior.mha" -p "$work/rigid.txt" -p "$work/affine.txt" \
          -out "$work/elastix" >/dev/null
  t1=$(date +%s%N)
  theirs+=("$(echo "scale=3; ($t1 - $t0) / 1000000000" | bc)")
  # The current's corners through elastix's transform (current → prior), by transformix.
  transformix -def "$work/corners.txt" -tp "$work/elastix/TransformParameters.1.txt" \
              -out "$work/elastix" >/dev/null
  their_err+=("$("$bench" evaluate-points "$work/elastix/outputpoints.txt" | awk '{print $2}')")
done
mo=$(median "${ours[@]}"); mt=$(median "${theirs[@]}")
echo "registration of a 2000×2400 film pair, $runs runs, medians (runs)"
echo "dicomnet: $mo s (${ours[*]})  error at the corners $(median "${our_err[@]}") px (${our_err[*]})"
echo "elastix:  $mt s (${theirs[*]})  error at the corners $(median "${their_err[@]}") px (${their_err[*]})"
echo "  (elastix's time includes reading the two files, ~40 MB, from the page cache)"
echo "  ratio elastix / dicomnet: $(echo "scale=2; $mt / $mo" | bc)   goal: dicomnet under 1 s"
