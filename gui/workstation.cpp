#include "gui/workstation.h"

#include "gui/first_start_dialog.h"
#include "gui/main_window.h"
#include "gui/receiving_dialog.h"
#include "gui/sign_in_dialog.h"
#include "workflow/passphrase.h"
#include "workflow/session.h"
#include "workflow/translations.h"

#include "viewer/widgets/image_view.h"

#include <QApplication>

#include <cstdio>

namespace dicomnet::gui {

namespace {

int refuse(const QString& why) {
    std::fprintf(stderr, "dicomnet: %s\n", qPrintable(why));
    return 1;
}

// Who uses the window: single-user opens at once; a directory with users signs someone in
// (--user with --password-file for scripts, else the sign-in dialog); one that has not chosen
// yet asks (or takes --single-user / --admin-password-file). 0 when someone may go on.
int signIn(const workflow::GlobalOptions& options) {
    auto mode = workflow::accessMode(options.dataDir);
    if (!mode) return refuse(mode.error());
    if (mode.value() == workflow::AccessMode::SingleUser) return 0;
    if (mode.value() == workflow::AccessMode::NotChosen) {
        if (options.singleUser) {
            const Status s = workflow::chooseSingleUser(options.dataDir);
            return s ? 0 : refuse(s.error());
        }
        if (!options.adminPasswordFile.isEmpty() && !options.user.isEmpty()) {
            auto password = workflow::readPasswordFile(options.adminPasswordFile);
            if (!password) return refuse(password.error());
            auto session =
                workflow::createAdministrator(options.dataDir, {options.user,
                                                                options.user,
                                                                QStringLiteral("administrator"),
                                                                password.value(),
                                                                {}});
            return session ? 0 : refuse(session.error());
        }
        FirstStartDialog dialog(options.dataDir);
        return dialog.exec() == QDialog::Accepted ? 0 : 1;
    }
    const QString file =
        options.passwordFile.isEmpty() ? options.adminPasswordFile : options.passwordFile;
    if (!options.user.isEmpty() && !file.isEmpty()) {
        auto password = workflow::readPasswordFile(file);
        if (!password) return refuse(password.error());
        auto session = workflow::signIn(options.dataDir, options.user, password.value());
        return session ? 0 : refuse(session.error());
    }
    SignInDialog dialog(options.dataDir);
    return dialog.exec() == QDialog::Accepted ? 0 : 1;
}

}  // namespace

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
    if (const int refused = signIn(options)) return refused;
    MainWindow window(options.dataDir, ReceivingSettings::load());
    window.show();
    const int code = app.exec();
    workflow::signOut(options.dataDir, workflow::currentSession(), QStringLiteral("window closed"));
    return code;
}

}  // namespace dicomnet::gui
