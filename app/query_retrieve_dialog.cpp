#include "query_retrieve_dialog.h"

#include "core/person_name.h"
#include "db/cache.h"
#include "db/peer_directory.h"
#include "network/site_certificates.h"

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

namespace dicomnet::app {

namespace {

enum Column { kDate, kPatient, kPatientId, kModalities, kDescription, kImages, kStudyUid };

QString field(const network::QueryMatch& m, const char* keyword) {
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
    if (auto cache = db::Cache::open(dataDir_)) {
        if (auto peers = db::PeerDirectory(*cache.value()).list())
            for (const db::Peer& p : peers.value()) peer_->addItem(p.name);
    }
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
    retrieve_ = new QPushButton(tr("Retrieve to this workstation"), this);
    retrieve_->setEnabled(false);
    buttons->addWidget(search);
    buttons->addWidget(retrieve_);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(search, &QPushButton::clicked, this, &QueryRetrieveDialog::search);
    connect(retrieve_, &QPushButton::clicked, this, &QueryRetrieveDialog::retrieveSelected);

    results_ = new QTableWidget(0, 7, this);
    results_->setObjectName(QStringLiteral("qrResults"));
    results_->setHorizontalHeaderLabels({tr("Date"), tr("Patient"), tr("Patient ID"),
                                         tr("Modality"), tr("Description"), tr("Images"),
                                         tr("Study UID")});
    results_->setSelectionBehavior(QAbstractItemView::SelectRows);
    results_->setSelectionMode(QAbstractItemView::SingleSelection);
    results_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    results_->verticalHeader()->hide();
    results_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(results_, 1);
    connect(results_, &QTableWidget::itemSelectionChanged, this,
            [this] { retrieve_->setEnabled(!results_->selectedItems().isEmpty()); });

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("qrMessage"));
    message_->setWordWrap(true);
    layout->addWidget(message_);
    if (peer_->count() == 0)
        message_->setText(tr("No peers yet: add one in Network → Peers…"));
    else if (!receiving_)
        message_->setText(
            tr("Receiving is off: retrieved studies could not arrive. Turn it on "
               "in Network → Receiving…"));
    connect(this, &QueryRetrieveDialog::searchFinished, this,
            [this](bool, const QString& text) { message_->setText(text); });
    connect(this, &QueryRetrieveDialog::retrieveFinished, this,
            [this](bool, const QString& text) { message_->setText(text); });
}

int QueryRetrieveDialog::resultCount() const { return results_->rowCount(); }

std::optional<network::DicomClient> QueryRetrieveDialog::client() {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) {
        message_->setText(cache.error());
        return std::nullopt;
    }
    auto found = db::PeerDirectory(*cache.value()).find(peer_->currentText());
    if (!found || !found.value()) {
        message_->setText(tr("Choose a peer."));
        return std::nullopt;
    }
    const db::Peer& p = *found.value();
    std::optional<network::TlsFiles> tls;
    if (p.tls) {
        const network::SiteCertificates site(dataDir_);
        tls = network::TlsFiles{site.node().certificate, site.node().privateKey,
                                site.caCertificate()};
    }
    return network::DicomClient(ourAeTitle_, {p.aeTitle, p.host, p.port}, 30, tls);
}

void QueryRetrieveDialog::search() {
    auto c = client();
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
    using Answer = Result<std::vector<network::QueryMatch>>;
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
        [client = *c, keys]() mutable { return client.find(QStringLiteral("STUDY"), keys); }));
}

void QueryRetrieveDialog::showMatches(const std::vector<network::QueryMatch>& matches) {
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
    results_->resizeColumnsToContents();
}

void QueryRetrieveDialog::retrieveSelected() {
    const int row = results_->currentRow();
    if (row < 0) return;
    if (!receiving_) {
        message_->setText(tr("Receiving is off: turn it on in Network → Receiving… first."));
        return;
    }
    auto c = client();
    if (!c) return;
    const QString study = results_->item(row, kStudyUid)->text();
    message_->setText(tr("Retrieving %1…").arg(results_->item(row, kDescription)->text()));
    retrieve_->setEnabled(false);
    using Answer = Result<network::DicomClient::MoveResult>;
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher] {
        const Answer answer = watcher->result();
        watcher->deleteLater();
        retrieve_->setEnabled(true);
        if (!answer) {
            emit retrieveFinished(false, answer.error());
            return;
        }
        emit retrieveFinished(
            answer->failed == 0,
            tr("Retrieved %1 object(s), %2 failed.").arg(answer->completed).arg(answer->failed));
    });
    const QString ourAe = ourAeTitle_;
    watcher->setFuture(QtConcurrent::run([client = *c, study, ourAe]() mutable {
        return client.move(QStringLiteral("STUDY"), study, ourAe);
    }));
}

}  // namespace dicomnet::app
