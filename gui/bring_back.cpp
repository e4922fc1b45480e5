#include "gui/bring_back.h"

#include "workflow/eviction.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace dicomnet::gui {

void openWhenHere(QWidget* parent, const QString& dataDir, const QString& uid,
                  std::function<void()> open, std::function<void(const QString&)> failed) {
    auto presence = workflow::studyPresence(dataDir, uid);
    if (!presence || presence->away == 0) {  // unknown UIDs: the opening says why
        open();
        return;
    }
    const QString where = presence->locations.value(0);
    auto* dialog = new QProgressDialog(
        QObject::tr("Bringing back %n image(s) from %1…", nullptr, presence->away)
            .arg(where.isEmpty() ? QObject::tr("nowhere known") : where),
        QObject::tr("Cancel"), 0, presence->away, parent);
    dialog->setWindowTitle(QObject::tr("Study held elsewhere"));
    dialog->setMinimumDuration(0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> guard(dialog);
    auto* watcher = new QFutureWatcher<Status>(dialog);
    QObject::connect(watcher, &QFutureWatcher<Status>::finished, dialog,
                     [watcher, dialog, open, failed] {
                         const Status s = watcher->result();
                         dialog->close();
                         if (s)
                             open();
                         else
                             failed(s.error());
                     });
    watcher->setFuture(QtConcurrent::run([dataDir, uid, cancel, guard] {
        return workflow::ensureHere(dataDir, uid,
                                    workflow::Progress<workflow::BringBackStep>(
                                        [guard](const workflow::BringBackStep& step) {
                                            QMetaObject::invokeMethod(
                                                guard.data(),
                                                [guard, step] {
                                                    if (guard) guard->setValue(step.done);
                                                },
                                                Qt::QueuedConnection);
                                        },
                                        cancel.get()));
    }));
    dialog->show();
}

}  // namespace dicomnet::gui
