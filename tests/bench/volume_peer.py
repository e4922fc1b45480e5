#!/usr/bin/env python3
# The peer of bench_volume.sh: VTK alone (python3-vtk9), no dicomnet — the same series read by
# vtkDICOMImageReader, the same bone preset and mapper, in an on-screen VTK window of the same
# size on the same display, turned once around in FRAMES frames. Prints frames a second.
#   volume_peer.py SERIES_DIR gpu|cpu WIDTH HEIGHT [FRAMES=36]
import sys, time
import vtk

folder, mode, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
frames = int(sys.argv[5]) if len(sys.argv) > 5 else 36
reader = vtk.vtkDICOMImageReader()
reader.SetDirectoryName(folder)
reader.Update()
# Stored values to HU, as dicomnet's volume holds them.
hu = vtk.vtkImageShiftScale()
hu.SetInputConnection(reader.GetOutputPort())
slope, intercept = reader.GetRescaleSlope() or 1.0, reader.GetRescaleOffset()
hu.SetShift(intercept / slope)
hu.SetScale(slope)
hu.SetOutputScalarTypeToShort()
hu.Update()
colours, opacity = vtk.vtkColorTransferFunction(), vtk.vtkPiecewiseFunction()
for v, r, g, b, a in [(-1000, 0, 0, 0, 0), (120, 0.55, 0.25, 0.15, 0), (250, 0.85, 0.6, 0.35, 0.25),
                      (600, 0.95, 0.88, 0.75, 0.75), (1500, 1, 0.98, 0.95, 0.85), (3000, 1, 1, 1, 0.85)]:
    colours.AddRGBPoint(v, r, g, b)
    opacity.AddPoint(v, a)
prop = vtk.vtkVolumeProperty()
prop.SetColor(colours)
prop.SetScalarOpacity(opacity)
prop.SetInterpolationTypeToLinear()
prop.ShadeOn()
prop.SetAmbient(0.25); prop.SetDiffuse(0.8); prop.SetSpecular(0.25); prop.SetSpecularPower(20)
mapper = vtk.vtkSmartVolumeMapper()
mapper.SetInputData(hu.GetOutput())
if mode == "gpu":
    mapper.SetRequestedRenderModeToGPU()
else:
    mapper.SetRequestedRenderModeToRayCast()
actor = vtk.vtkVolume()
actor.SetMapper(mapper)
actor.SetProperty(prop)
ren = vtk.vtkRenderer()
ren.AddVolume(actor)
win = vtk.vtkRenderWindow()
win.SetSize(width, height)
win.SetMultiSamples(0)  # as dicomnet draws
win.AddRenderer(ren)
win.SetDesiredUpdateRate(0.0001)
cam = ren.GetActiveCamera()
cam.SetViewUp(0, 0, 1)
cam.SetPosition(0, -1, 0)
cam.SetFocalPoint(0, 0, 0)
ren.ResetCamera()
win.Render()  # uploads the volume: not counted
start = time.perf_counter()
for _ in range(frames):
    cam.Azimuth(360.0 / frames)
    ren.ResetCameraClippingRange()
    win.Render()
seconds = time.perf_counter() - start
print("%.2f" % (frames / seconds))
