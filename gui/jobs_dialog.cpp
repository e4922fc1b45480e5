#include "gui/jobs_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dicomnet::gui {

namespace {

QString stateText(const workflow::Job& j) {
    if (j.state == QLatin1String("pending")) return QObject::tr("waiting");
    if (j.state == QLatin1String("running")) return QObject::tr("sending");
    if (j.state == QLatin1String("retrying"))
        return QObject::tr("retry at %1")
            .arg(QDateTime::fromMSecsSinceEpoch(j.nextAttemptMs)
                     .toString(QStringLiteral("HH:mm:ss")));
    if (j.state == QLatin1String("done")) return QObject::tr("done");
    if (j.state == QLatin1String("failed")) return QObject::tr("failed");
    if (j.state == QLatin1String("cancelled")) return QObject::tr("cancelled");
    return j.state;
}

}  // namespace

JobsDialog::JobsDialog(QString dataDir, QWidget* parent)
    : QDialog(parent), dataDir_(std::move(dataDir)) {
    setWindowTitle(tr("Jobs"));
    resize(900, 400);
    auto* layout = new QVBoxLayout(this);
    table_ = new QTableWidget(0, 7, this);
    table_->setObjectName(QStringLiteral("jobsTable"));
    table_->setHorizontalHeaderLabels({tr("Job"), tr("Peer"), tr("State"), tr("Objects"),
                                       tr("Check"), tr("Problem"), tr("Asked for")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_);
    auto* row = new QHBoxLayout;
    retry_ = new QPushButton(tr("Retry"), this);
    cancel_ = new QPushButton(tr("Cancel the job"), this);
    row->addWidget(retry_);
    row->addWidget(cancel_);
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    row->addWidget(close);
    layout->addLayout(row);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(retry_, &QPushButton::clicked, this, [this] { act(true); });
    connect(cancel_, &QPushButton::clicked, this, [this] { act(false); });
}

void JobsDialog::showJobs(const std::vector<workflow::Job>& jobs) {
    const qint64 keep = selectedJob();
    table_->setRowCount(int(jobs.size()));
    for (int r = 0; r < int(jobs.size()); ++r) {
        const workflow::Job& j = jobs[size_t(r)];
        const bool fetch = j.kind == QLatin1String("fetch");
        const QString failed = j.failed ? fetch ? tr(", %1 not fetched").arg(j.failed)
                                                : tr(", %1 refused").arg(j.failed)
                                        : QString();
        const QStringList cells{QString::number(j.id),
                                fetch ? tr("from %1").arg(j.destination) : j.destination,
                                stateText(j),
                                (fetch ? tr("%1 of %2 here (%3 fetched, %4 already here)%5")
                                       : tr("%1 of %2 there (%3 sent, %4 already there)%5"))
                                    .arg(j.sent + j.alreadyThere)
                                    .arg(j.total)
                                    .arg(j.sent)
                                    .arg(j.alreadyThere)
                                    .arg(failed),
                                j.verification,
                                j.lastError,
                                j.requested.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, j.id);
            item->setToolTip(cells[c]);
            table_->setItem(r, c, item);
        }
        if (j.id == keep) table_->selectRow(r);
    }
    table_->resizeColumnsToContents();
}

int JobsDialog::rowCount() const { return table_->rowCount(); }

QString JobsDialog::cellText(int row, int column) const {
    auto* item = table_->item(row, column);
    return item ? item->text() : QString();
}

qint64 JobsDialog::selectedJob() const {
    const auto rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty()) return 0;
    auto* item = table_->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void JobsDialog::act(bool retry) {
    const qint64 id = selectedJob();
    if (id == 0) return;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!watcher->result().isEmpty()) setWindowTitle(tr("Jobs — %1").arg(watcher->result()));
        emit changed();
    });
    watcher->setFuture(QtConcurrent::run([dataDir = dataDir_, id, retry]() -> QString {
        const Status s = retry ? workflow::retryJob(dataDir, id) : workflow::cancelJob(dataDir, id);
        return s ? QString() : s.error();
    }));
}

}  // namespace dicomnet::gui
