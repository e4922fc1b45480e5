#include "gui/timeline_panel.h"

#include "workflow/consultation_states.h"

#include "workflow/timeline_source.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dicomnet::gui {

namespace {

constexpr int kUidRole = Qt::UserRole;
constexpr int kPeerRole = Qt::UserRole + 1;

QString isoDate(const QString& da) {
    return da.size() == 8 ? da.left(4) + '-' + da.mid(4, 2) + '-' + da.right(2) : da;
}

}  // namespace

TimelinePanel::TimelinePanel(QString dataDir, QString ourAeTitle, QWidget* parent)
    : QWidget(parent), dataDir_(std::move(dataDir)), ourAeTitle_(std::move(ourAeTitle)) {
    setObjectName(QStringLiteral("timeline"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    header_ = new QLabel(this);
    layout->addWidget(header_);
    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(6);
    tree_->setHeaderLabels({tr("Date"), tr("Modality"), tr("Body part"), tr("Description"),
                            tr("Images"), tr("Consultation")});
    tree_->setRootIsDecorated(false);
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(tree_);
    here_ = new QTreeWidgetItem(tree_, {tr("In this workstation")});
    remote_ = new QTreeWidgetItem(tree_, {tr("On peers, not here (click to fetch)")});
    for (QTreeWidgetItem* group : {here_, remote_}) {
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        group->setExpanded(true);
    }
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item->parent() == here_) emit openStudy(item->data(0, kUidRole).toString());
    });
    connect(tree_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item->parent() == remote_) fetch(item->data(0, kUidRole).toString());
    });
}

void TimelinePanel::showPatient(const QString& patientId, const QString& issuer,
                                const QString& currentStudyUid) {
    patientId_ = patientId;
    issuer_ = issuer;
    current_ = currentStudyUid;
    priors_.clear();
    header_->setText(issuer.isEmpty() ? tr("Patient %1").arg(patientId)
                                      : tr("Patient %1 (%2)").arg(patientId, issuer));
    reload();
}

void TimelinePanel::markPriors(const QStringList& studyUids) {
    priors_ = studyUids;
    for (int i = 0; i < here_->childCount(); ++i) {
        QTreeWidgetItem* item = here_->child(i);
        const QString uid = item->data(0, kUidRole).toString();
        QFont f = item->font(0);
        f.setBold(uid == current_);
        f.setItalic(priors_.contains(uid));
        for (int c = 0; c < tree_->columnCount(); ++c) item->setFont(c, f);
        item->setToolTip(0, uid == current_         ? tr("shown")
                            : priors_.contains(uid) ? tr("compared with the one shown")
                                                    : QString());
    }
}

void TimelinePanel::fillRow(QTreeWidgetItem* item, const QString& date, const QString& modalities,
                            const QString& bodyParts, const QString& description, int images,
                            const QString& consultation) {
    item->setText(0, isoDate(date));
    item->setText(1, QString(modalities).replace('\\', ','));
    item->setText(2, QString(bodyParts).replace('\\', ','));
    item->setText(3, description);
    item->setText(4, QString::number(images));
    item->setText(5, consultation.isEmpty() ? QStringLiteral("—") : consultation);
}

void TimelinePanel::reload() {
    const int generation = ++generation_;
    qDeleteAll(here_->takeChildren());
    qDeleteAll(remote_->takeChildren());
    if (patientId_.isEmpty()) return;
    loadLocal(generation);

    auto* remote = new QFutureWatcher<workflow::RemoteStudies>(this);
    connect(remote, &QFutureWatcher<workflow::RemoteStudies>::finished, this,
            [this, remote, generation] {
                remote->deleteLater();
                if (generation != generation_) return;
                const workflow::RemoteStudies found = remote->result();
                for (const workflow::RemoteStudy& r : found.studies) {
                    auto* item = new QTreeWidgetItem(remote_);
                    fillRow(item, r.study.date, r.study.modalities, {},
                            tr("%1 — on %2").arg(r.study.description, r.peer),
                            r.study.instanceCount);
                    item->setData(0, kUidRole, r.study.studyUid);
                    item->setData(0, kPeerRole, r.peer);
                }
                remote_->setHidden(found.studies.empty() && found.problems.isEmpty());
                if (!found.problems.isEmpty())
                    emit message(
                        tr("Peers not reached: %1").arg(found.problems.join(QStringLiteral("; "))));
                emit remoteLoaded();
            });
    remote->setFuture(
        QtConcurrent::run(workflow::remoteTimeline, dataDir_, ourAeTitle_, patientId_, issuer_));
}

void TimelinePanel::refreshLocal() {
    if (patientId_.isEmpty()) return;
    loadLocal(generation_);
}

void TimelinePanel::loadLocal(int generation) {
    using Local = Result<std::vector<workflow::StudyRow>>;
    auto* local = new QFutureWatcher<Local>(this);
    connect(local, &QFutureWatcher<Local>::finished, this, [this, local, generation] {
        local->deleteLater();
        if (generation != generation_) return;
        const Local rows = local->result();
        if (!rows) {
            emit message(rows.error());
            return;
        }
        qDeleteAll(here_->takeChildren());
        for (const workflow::StudyRow& s : rows.value()) {
            auto* item = new QTreeWidgetItem(here_);
            fillRow(item, s.date, s.modalities, s.bodyParts, s.description, s.instanceCount,
                    workflow::studyStateText(s));
            item->setData(0, kUidRole, s.studyUid);
        }
        markPriors(priors_);
        emit localLoaded();
    });
    local->setFuture(QtConcurrent::run(workflow::localTimeline, dataDir_, patientId_, issuer_));
}

void TimelinePanel::fetch(const QString& studyUid) {
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < remote_->childCount(); ++i)
        if (remote_->child(i)->data(0, kUidRole).toString() == studyUid) row = remote_->child(i);
    if (!row || row->data(0, kPeerRole).toString().isEmpty()) return;
    const QString peer = row->data(0, kPeerRole).toString();
    row->setText(5, tr("fetching…"));
    row->setData(0, kPeerRole, QString());  // one fetch at a time per row
    emit message(tr("Fetching the study from %1…").arg(peer));
    using Fetched = Result<QString>;
    auto* watcher = new QFutureWatcher<Fetched>(this);
    connect(watcher, &QFutureWatcher<Fetched>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Fetched done = watcher->result();
        emit message(done ? done.value() : tr("Not fetched: %1").arg(done.error()));
        reload();
        emit fetched(bool(done));
    });
    watcher->setFuture(
        QtConcurrent::run(workflow::fetchStudy, dataDir_, ourAeTitle_, peer, studyUid));
}

int TimelinePanel::localCount() const { return here_->childCount(); }
int TimelinePanel::remoteCount() const { return remote_->childCount(); }

QStringList TimelinePanel::localStudies() const {
    QStringList out;
    for (int i = 0; i < here_->childCount(); ++i)
        out << here_->child(i)->data(0, kUidRole).toString();
    return out;
}
QStringList TimelinePanel::remoteStudies() const {
    QStringList out;
    for (int i = 0; i < remote_->childCount(); ++i)
        out << remote_->child(i)->data(0, kUidRole).toString();
    return out;
}

}  // namespace dicomnet::gui
