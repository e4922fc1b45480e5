#include "workstation.h"

#include "cli.h"
#include "main_window.h"
#include "translations.h"

#include <QApplication>

namespace dicomnet::app {

int runWorkstation(int argc, char** argv, const GlobalOptions& options) {
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("dicomnet"));
    installTranslations(options.language);
    MainWindow window(options.dataDir);
    window.show();
    return app.exec();
}

}  // namespace dicomnet::app
