#include "gui/similar_cases_panel.h"

#include "core/person_name.h"
#include "workflow/similar_cases.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dicomnet::gui {

SimilarCasesPanel::SimilarCasesPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("similarCases"));
    auto* layout = new QVBoxLayout(this);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    layout->addWidget(status_);
    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("similarList"));
    list_->setRootIsDecorated(false);
    list_->setHeaderLabels({tr("Distance"), tr("Date"), tr("Patient"), tr("Signed scores")});
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(list_, 1);
    open_ = new QPushButton(tr("Open beside"), this);
    open_->setObjectName(QStringLiteral("openBeside"));
    open_->setToolTip(tr("Shows the selected study next to the current one"));
    open_->setEnabled(false);
    layout->addWidget(open_);
    connect(list_, &QTreeWidget::itemDoubleClicked, this, [this] { openSelected(); });
    connect(list_, &QTreeWidget::itemSelectionChanged, this,
            [this] { open_->setEnabled(!list_->selectedItems().isEmpty()); });
    connect(open_, &QPushButton::clicked, this, [this] { openSelected(); });
}

int SimilarCasesPanel::caseCount() const { return list_->topLevelItemCount(); }
QString SimilarCasesPanel::statusText() const { return status_->text(); }

void SimilarCasesPanel::openSelected() {
    const auto items = list_->selectedItems();
    if (!items.isEmpty()) emit openBeside(items.front()->data(0, Qt::UserRole).toString());
}

void SimilarCasesPanel::setStudy(const QString& dataDir, const QString& studyUid) {
    const int generation = ++generation_;
    list_->clear();
    status_->setText(tr("Looking for similar studies…"));
    auto* watcher = new QFutureWatcher<Result<workflow::SimilarCases>>(this);
    connect(watcher, &QFutureWatcher<Result<workflow::SimilarCases>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != generation_) return;
                const auto result = watcher->result();
                if (!result) {
                    status_->setText(result.error());
                    emit loaded();
                    return;
                }
                status_->setText(tr("The studies of other patients most like this one, of %1 "
                                    "stored:")
                                     .arg(result->searched));
                for (const workflow::SimilarCase& c : result->cases) {
                    QStringList scores;
                    for (const auto& [code, value] : c.signedScores)
                        if (code.endsWith(QLatin1String("-T")) || code == QLatin1String("CORADS"))
                            scores << QStringLiteral("%1 %2").arg(code).arg(value);
                    auto* item = new QTreeWidgetItem(
                        list_, {QString::number(c.distance, 'f', 2),
                                QDate::fromString(c.studyDate, QStringLiteral("yyyyMMdd"))
                                    .toString(Qt::ISODate),
                                displayPersonName(c.patientName),
                                scores.isEmpty() ? tr("not signed") : scores.join(", ")});
                    item->setData(0, Qt::UserRole, c.studyUid);
                }
                emit loaded();
            });
    watcher->setFuture(QtConcurrent::run(
        [dataDir, studyUid] { return workflow::similarCases(dataDir, studyUid, 5); }));
}

}  // namespace dicomnet::gui
