// VTK drawing on a QOpenGLWidget's context (Debian's VTK Qt module is built for Qt 5): what
// ImageView and VolumeView share. Internal to viewer/widgets (it includes VTK).
#pragma once

#include <vtkCallbackCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>

class QOpenGLWidget;

namespace dicomnet::viewer {

// VTK asks for its context through events: it is `widget`'s. Made current only when it is not
// (QOpenGLWidget::makeCurrent() would rebind the widget's framebuffer under VTK, whose
// framebuffers then lose their attachments: a black image).
void shareWidgetContext(vtkGenericOpenGLRenderWindow* window, vtkCallbackCommand* callback,
                        QOpenGLWidget* widget);
// From initializeGL: the window draws into its own framebuffer, blitted by renderInto().
void initializeOnWidget(vtkGenericOpenGLRenderWindow* window);
// From paintGL: renders, copies the picture into the widget's framebuffer and leaves that
// bound, with depth, scissor and stencil tests off and every pixel opaque.
void renderInto(vtkGenericOpenGLRenderWindow* window, QOpenGLWidget* widget);

}  // namespace dicomnet::viewer
