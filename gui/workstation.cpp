#include "gui/workstation.h"

#include "gui/main_window.h"
#include "gui/receiving_dialog.h"
#include "workflow/translations.h"

#include "viewer/widgets/image_view.h"

#include <QApplication>

#include <cstdio>

namespace dicomnet::gui {

int runWorkstation(int argc, char** argv, const workflow::GlobalOptions& options) {
    // Without a display Qt would abort; say what to do instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr,
                     "dicomnet: no display to open the workstation window on; run a subcommand "
                     "(dicomnet --help) or set DISPLAY\n");
        return 1;
    }
    viewer::setDefaultSurfaceFormat();  // before QApplication: the format VTK needs
    QApplication app(argc, argv);
    workflow::describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("dicomnet"));
    workflow::installTranslations(options.language);
    MainWindow window(options.dataDir, ReceivingSettings::load());
    window.show();
    return app.exec();
}

}  // namespace dicomnet::gui
