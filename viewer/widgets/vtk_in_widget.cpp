#include "viewer/widgets/vtk_in_widget.h"

#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>

#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QOpenGLWidget>

namespace dicomnet::viewer {

void shareWidgetContext(vtkGenericOpenGLRenderWindow* window, vtkCallbackCommand* callback,
                        QOpenGLWidget* widget) {
    callback->SetClientData(widget);
    callback->SetCallback([](vtkObject*, unsigned long event, void* client, void* data) {
        auto* self = static_cast<QOpenGLWidget*>(client);
        QOpenGLContext* context = self->context();
        if (!context) return;
        if (event == vtkCommand::WindowMakeCurrentEvent) {
            if (QOpenGLContext::currentContext() != context)
                context->makeCurrent(context->surface());
        } else if (event == vtkCommand::WindowIsCurrentEvent) {
            *static_cast<bool*>(data) = QOpenGLContext::currentContext() == context;
        }
    });
    window->AddObserver(vtkCommand::WindowMakeCurrentEvent, callback);
    window->AddObserver(vtkCommand::WindowIsCurrentEvent, callback);
}

void initializeOnWidget(vtkGenericOpenGLRenderWindow* window) {
    window->SetOwnContext(0);
    window->SetReadyForRendering(true);
    window->SetFrameBlitModeToNoBlit();  // renderInto blits into the widget's framebuffer
    window->OpenGLInitContext();
}

void renderInto(vtkGenericOpenGLRenderWindow* window, QOpenGLWidget* widget) {
    QOpenGLExtraFunctions* f = widget->context()->extraFunctions();
    vtkOpenGLState* state = window->GetState();
    state->Reset();
    state->Push();
    window->Render();
    f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, widget->defaultFramebufferObject());
    int* rendered = window->GetRenderFramebuffer()->GetLastSize();
    const qreal ratio = widget->devicePixelRatioF();
    window->BlitDisplayFramebuffer(0, 0, 0, rendered[0], rendered[1], 0, 0,
                                   int(widget->width() * ratio), int(widget->height() * ratio),
                                   GL_COLOR_BUFFER_BIT, GL_NEAREST);
    state->Pop();
    // VTK's state, popped, may leave its own framebuffer bound and its tests on: what follows
    // goes into the widget's framebuffer, drawn over everything.
    f->glBindFramebuffer(GL_FRAMEBUFFER, widget->defaultFramebufferObject());
    f->glDisable(GL_DEPTH_TEST);
    f->glDisable(GL_SCISSOR_TEST);
    f->glDisable(GL_STENCIL_TEST);
    // VTK leaves alpha below 1 where it drew; the window would blend the view with what lies
    // behind it (Mesa). Make every pixel opaque.
    f->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    f->glClearColor(0, 0, 0, 1);
    f->glClear(GL_COLOR_BUFFER_BIT);
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
}

}  // namespace dicomnet::viewer
