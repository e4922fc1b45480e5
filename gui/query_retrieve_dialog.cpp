#include "gui/query_retrieve_dialog.h"

#include "workflow/peers.h"

#include "core/person_name.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dicomnet::gui {

namespace {

enum Column { kDate, kPatient, kPatientId, kModalities, kDescription, kImages, kStudyUid };
enum SeriesColumn { kSeriesNumber, kSeriesModality, kSeriesDescription, kSeriesImages, kSeriesUid };

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString field(const workflow::QueryMatch& m, const char* keyword) {
    for (const auto& [k, v] : m)
        if (k == QLatin1String(keyword)) return v;
    return {};
}

}  // namespace

QueryRetrieveDialog::QueryRetrieveDialog(QString dataDir, QString ourAeTitle, bool receiving,
                                         QWidget* parent)
    : QDialog(parent),
      dataDir_(std::move(dataDir)),
      ourAeTitle_(std::move(ourAeTitle)),
      receiving_(receiving) {
    setWindowTitle(tr("Query and retrieve"));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    peer_ = new QComboBox(this);
    peer_->setObjectName(QStringLiteral("qrPeer"));
    if (auto peers = workflow::listPeers(dataDir_))
        for (const workflow::Peer& p : peers.value()) peer_->addItem(p.name);
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("qrName"));
    name_->setPlaceholderText(tr("e.g. POPESCU* (wildcards * and ?)"));
    patientId_ = new QLineEdit(this);
    patientId_->setObjectName(QStringLiteral("qrPatientId"));
    dates_ = new QLineEdit(this);
    dates_->setPlaceholderText(tr("YYYYMMDD or YYYYMMDD-YYYYMMDD"));
    modality_ = new QLineEdit(this);
    modality_->setPlaceholderText(tr("e.g. CR"));
    form->addRow(tr("Peer:"), peer_);
    form->addRow(tr("Patient name:"), name_);
    form->addRow(tr("Patient ID:"), patientId_);
    form->addRow(tr("Study date:"), dates_);
    form->addRow(tr("Modality:"), modality_);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* search = new QPushButton(tr("Search"), this);
    search->setDefault(true);
    retrieve_ = new QPushButton(tr("Retrieve the study"), this);
    retrieve_->setEnabled(false);
    buttons->addWidget(search);
    buttons->addWidget(retrieve_);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(search, &QPushButton::clicked, this, &QueryRetrieveDialog::search);
    connect(retrieve_, &QPushButton::clicked, this, &QueryRetrieveDialog::retrieveSelected);

    results_ = makeTable({tr("Date"), tr("Patient"), tr("Patient ID"), tr("Modality"),
                          tr("Description"), tr("Images"), tr("Study UID")},
                         QStringLiteral("qrResults"), this);
    layout->addWidget(results_, 2);
    series_ =
        makeTable({tr("Series"), tr("Modality"), tr("Description"), tr("Images"), tr("Series UID")},
                  QStringLiteral("qrSeries"), this);
    series_->setToolTip(
        tr("Choose a series to retrieve only it; otherwise the whole study comes."));
    layout->addWidget(series_, 1);
    connect(series_, &QTableWidget::itemSelectionChanged, this, [this] {
        retrieve_->setText(series_->selectedItems().isEmpty() ? tr("Retrieve the study")
                                                              : tr("Retrieve the series"));
    });
    connect(results_, &QTableWidget::itemSelectionChanged, this, [this] {
        retrieve_->setEnabled(!results_->selectedItems().isEmpty());
        listSeries();
    });

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("qrMessage"));
    message_->setWordWrap(true);
    layout->addWidget(message_);
    if (peer_->count() == 0)
        message_->setText(tr("No peers yet: add one in Network → Peers…"));
    else if (!receiving_)
        message_->setText(
            tr("Receiving is off: only peers that offer C-GET can send studies "
               "here. Turn it on in Network → Receiving… for the others."));
    connect(this, &QueryRetrieveDialog::searchFinished, this,
            [this](bool, const QString& text) { message_->setText(text); });
    connect(this, &QueryRetrieveDialog::retrieveFinished, this,
            [this](bool, const QString& text) { message_->setText(text); });
}

int QueryRetrieveDialog::resultCount() const { return results_->rowCount(); }
int QueryRetrieveDialog::seriesCount() const { return series_->rowCount(); }

std::optional<workflow::RemotePeer> QueryRetrieveDialog::remote() {
    auto found = workflow::RemotePeer::open(dataDir_, peer_->currentText(), ourAeTitle_);
    if (!found) {
        message_->setText(found.error());
        return std::nullopt;
    }
    if (!found.value()) message_->setText(tr("Choose a peer."));
    return found.value();
}

void QueryRetrieveDialog::search() {
    auto c = remote();
    if (!c) return;
    const std::vector<std::pair<QString, QString>> keys = {
        {QStringLiteral("StudyDate"), dates_->text().trimmed()},
        {QStringLiteral("PatientID"), patientId_->text().trimmed()},
        {QStringLiteral("PatientName"), name_->text().trimmed()},
        {QStringLiteral("ModalitiesInStudy"), modality_->text().trimmed().toUpper()},
        {QStringLiteral("StudyDescription"), {}},
        {QStringLiteral("NumberOfStudyRelatedInstances"), {}},
        {QStringLiteral("StudyInstanceUID"), {}}};
    message_->setText(tr("Searching %1…").arg(peer_->currentText()));
    using Answer = Result<std::vector<workflow::QueryMatch>>;
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher] {
        const Answer answer = watcher->result();
        watcher->deleteLater();
        if (!answer) {
            emit searchFinished(false, answer.error());
            return;
        }
        showMatches(answer.value());
        emit searchFinished(true, tr("%n study(ies) found.", nullptr, int(answer->size())));
    });
    watcher->setFuture(QtConcurrent::run(
        [remote = *c, keys] { return remote.find(QStringLiteral("STUDY"), keys); }));
}

void QueryRetrieveDialog::showMatches(const std::vector<workflow::QueryMatch>& matches) {
    results_->setRowCount(0);
    for (const auto& m : matches) {
        const int row = results_->rowCount();
        results_->insertRow(row);
        QString date = field(m, "StudyDate");
        if (date.size() == 8) date = date.left(4) + '-' + date.mid(4, 2) + '-' + date.right(2);
        const QStringList cells{
            date,
            displayPersonName(field(m, "PatientName")),
            field(m, "PatientID"),
            field(m, "ModalitiesInStudy").replace(QLatin1Char('\\'), QLatin1String(", ")),
            field(m, "StudyDescription"),
            field(m, "NumberOfStudyRelatedInstances"),
            field(m, "StudyInstanceUID")};
        for (int c = 0; c < cells.size(); ++c)
            results_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    results_->sortItems(0, Qt::DescendingOrder);  // newest first, whatever order the peer used
    results_->resizeColumnsToContents();
}

void QueryRetrieveDialog::listSeries() {
    series_->setRowCount(0);
    const int row = results_->currentRow();
    if (row < 0 || results_->selectedItems().isEmpty()) return;
    auto c = remote();
    if (!c) return;
    const QString study = results_->item(row, kStudyUid)->text();
    using Answer = Result<std::vector<workflow::QueryMatch>>;
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, study] {
        const Answer answer = watcher->result();
        watcher->deleteLater();
        const int current = results_->currentRow();
        if (current < 0 || results_->item(current, kStudyUid)->text() != study) return;  // stale
        if (!answer) {
            emit seriesListed(false, answer.error());
            return;
        }
        showSeries(answer.value());
        emit seriesListed(true, QString());
    });
    watcher->setFuture(QtConcurrent::run([remote = *c, study] {
        return remote.find(QStringLiteral("SERIES"),
                           {{QStringLiteral("StudyInstanceUID"), study},
                            {QStringLiteral("SeriesNumber"), {}},
                            {QStringLiteral("Modality"), {}},
                            {QStringLiteral("SeriesDescription"), {}},
                            {QStringLiteral("NumberOfSeriesRelatedInstances"), {}},
                            {QStringLiteral("SeriesInstanceUID"), {}}});
    }));
}

void QueryRetrieveDialog::showSeries(const std::vector<workflow::QueryMatch>& matches) {
    series_->setRowCount(0);
    for (const auto& m : matches) {
        const int row = series_->rowCount();
        series_->insertRow(row);
        const QStringList cells{
            field(m, "SeriesNumber"), field(m, "Modality"), field(m, "SeriesDescription"),
            field(m, "NumberOfSeriesRelatedInstances"), field(m, "SeriesInstanceUID")};
        for (int c = 0; c < cells.size(); ++c)
            series_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    series_->sortItems(kSeriesNumber);
    series_->resizeColumnsToContents();
}

void QueryRetrieveDialog::retrieveSelected() {
    const int row = results_->currentRow();
    if (row < 0) return;
    auto c = remote();
    if (!c) return;
    // The series chosen, if any; else the whole study.
    const int seriesRow = series_->selectedItems().isEmpty() ? -1 : series_->currentRow();
    workflow::RetrieveTarget target;
    target.study = results_->item(row, kStudyUid)->text();
    if (seriesRow >= 0) target.series = series_->item(seriesRow, kSeriesUid)->text();
    const QString what = seriesRow >= 0
                             ? tr("series %1").arg(series_->item(seriesRow, kSeriesNumber)->text())
                             : results_->item(row, kDescription)->text();
    message_->setText(tr("Retrieving %1…").arg(what));
    retrieve_->setEnabled(false);
    struct Answer {
        bool ok = false;
        QString message;
    };
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher] {
        const Answer answer = watcher->result();
        watcher->deleteLater();
        retrieve_->setEnabled(true);
        emit retrieveFinished(answer.ok, answer.message);
    });
    const QString dataDir = dataDir_;
    const bool receiving = receiving_;
    if (c->portal()) {
        // A fetch job: the window's sync engine runs it (Network → Jobs… shows it).
        connect(watcher, &QFutureWatcher<Answer>::finished, this,
                &QueryRetrieveDialog::fetchQueued);
        watcher->setFuture(QtConcurrent::run([name = c->name(), target, dataDir, what] {
            auto id = workflow::queueFetch(dataDir, name, target.study, target.series);
            if (!id) return Answer{false, id.error()};
            if (id.value() == 0) return Answer{true, tr("All of it is here already.")};
            return Answer{true, tr("Fetching %1 from %2 as job %3 (Network → Jobs… shows how far "
                                   "it got).")
                                    .arg(what, name)
                                    .arg(id.value())};
        }));
        return;
    }
    watcher->setFuture(QtConcurrent::run([remote = *c, target, dataDir, receiving] {
        auto got = remote.retrieve(dataDir, target, receiving);
        if (!got) return Answer{false, got.error()};
        switch (got->way) {
            case workflow::Retrieved::Way::Get:
                return Answer{got->ok(),
                              tr("Retrieved %1 object(s) by C-GET, %2 failed: %3 new here, "
                                 "%4 already here.")
                                  .arg(got->completed)
                                  .arg(got->failed)
                                  .arg(got->imported)
                                  .arg(got->duplicates)};
            case workflow::Retrieved::Way::Refused:
                return Answer{false, tr("The peer does not offer C-GET, and receiving is off: "
                                        "turn it on in Network → Receiving… for a C-MOVE.")};
            case workflow::Retrieved::Way::Move:
                break;
        }
        return Answer{got->ok(), tr("Retrieved %1 object(s) by C-MOVE, %2 failed.")
                                     .arg(got->completed)
                                     .arg(got->failed)};
    }));
}

}  // namespace dicomnet::gui
