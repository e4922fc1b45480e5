#include "gui/audit_dialog.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dicomnet::gui {

AuditDialog::AuditDialog(QString dataDir, QWidget* parent)
    : QDialog(parent), dataDir_(std::move(dataDir)) {
    setWindowTitle(tr("Audit trail"));
    resize(1180, 640);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    patient_ = new QLineEdit(this);
    patient_->setObjectName(QStringLiteral("patient"));
    patient_->setPlaceholderText(tr("Patient ID"));
    user_ = new QLineEdit(this);
    user_->setObjectName(QStringLiteral("user"));
    user_->setPlaceholderText(tr("User"));
    since_ = new QDateEdit(QDate::currentDate().addDays(-30), this);
    since_->setObjectName(QStringLiteral("since"));
    since_->setCalendarPopup(true);
    since_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* apply = new QPushButton(tr("Show"), this);
    filters->addWidget(new QLabel(tr("Patient:"), this));
    filters->addWidget(patient_);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(user_);
    filters->addWidget(new QLabel(tr("Since:"), this));
    filters->addWidget(since_);
    filters->addWidget(apply);
    filters->addStretch();
    layout->addLayout(filters);

    table_ = new QTableWidget(0, 8, this);
    table_->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("User"), tr("Host"), tr("Action"),
                                       tr("Outcome"), tr("Patient"), tr("Details")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setAlternatingRowColors(true);
    layout->addWidget(table_);

    auto* bottom = new QHBoxLayout;
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("auditStatus"));
    status_->setWordWrap(true);
    bottom->addWidget(status_, 1);
    auto* check = new QPushButton(tr("Verify the chain"), this);
    check->setObjectName(QStringLiteral("verify"));
    bottom->addWidget(check);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    connect(apply, &QPushButton::clicked, this, &AuditDialog::reload);
    connect(patient_, &QLineEdit::returnPressed, this, &AuditDialog::reload);
    connect(user_, &QLineEdit::returnPressed, this, &AuditDialog::reload);
    connect(check, &QPushButton::clicked, this, &AuditDialog::verify);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void AuditDialog::reload() {
    workflow::AuditFilter filter;
    filter.patientId = patient_->text().trimmed();
    filter.user = user_->text().trimmed();
    filter.sinceMs = since_->date().startOfDay().toMSecsSinceEpoch();
    status_->setText(tr("Reading…"));
    using Records = Result<std::vector<workflow::AuditRecord>>;
    auto* watcher = new QFutureWatcher<Records>(this);
    connect(watcher, &QFutureWatcher<Records>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Records records = watcher->result();
        if (!records) {
            status_->setText(records.error());
            return;
        }
        fill(records.value());
        status_->setText(tr("%n record(s)", nullptr, int(records->size())));
        emit loaded(int(records->size()));
    });
    watcher->setFuture(QtConcurrent::run(
        [dataDir = dataDir_, filter] { return workflow::auditRecords(dataDir, filter); }));
}

void AuditDialog::fill(const std::vector<workflow::AuditRecord>& records) {
    table_->setRowCount(int(records.size()));
    for (int row = 0; row < int(records.size()); ++row) {
        const workflow::AuditRecord& r = records[size_t(row)];
        const QString details =
            (r.studyUids.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.detail).trimmed();
        const QStringList cells = {
            QString::number(r.id),
            QDateTime::fromMSecsSinceEpoch(r.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            r.user,
            r.host,
            r.action,
            r.outcome,
            r.patientId,
            details};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 5 && r.outcome != QLatin1String("success"))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            table_->setItem(row, c, item);
        }
    }
    table_->resizeColumnsToContents();
    table_->scrollToBottom();
}

void AuditDialog::verify() {
    status_->setText(tr("Verifying…"));
    using Check = Result<workflow::AuditCheck>;
    auto* watcher = new QFutureWatcher<Check>(this);
    connect(watcher, &QFutureWatcher<Check>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Check check = watcher->result();
        if (!check) {
            status_->setText(check.error());
            emit verified(false);
            return;
        }
        if (check->firstBad) {
            status_->setText(tr("<b style='color:#b00020'>The chain is broken at record %1: "
                                "%2</b>. Records may have been changed, removed or reordered.")
                                 .arg(*check->firstBad)
                                 .arg(check->why.toHtmlEscaped()));
        } else {
            status_->setText(
                tr("<b style='color:#1b5e20'>The chain is intact</b>: %n record(s), "
                   "each fits the one before.",
                   nullptr, int(check->records)));
        }
        emit verified(!check->firstBad);
    });
    watcher->setFuture(
        QtConcurrent::run([dataDir = dataDir_] { return workflow::verifyAudit(dataDir); }));
}

}  // namespace dicomnet::gui
