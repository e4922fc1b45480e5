#include "gui/peers_dialog.h"

#include "workflow/peers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dicomnet::gui {

PeersDialog::PeersDialog(QString dataDir, QString ourAeTitle, QWidget* parent)
    : QDialog(parent), dataDir_(std::move(dataDir)), ourAeTitle_(std::move(ourAeTitle)) {
    setWindowTitle(tr("Peers"));
    resize(640, 420);
    auto* layout = new QVBoxLayout(this);
    table_ = new QTableWidget(0, 5, this);
    table_->setObjectName(QStringLiteral("peersTable"));
    table_->setHorizontalHeaderLabels(
        {tr("Name"), tr("AE title"), tr("Host"), tr("Port"), tr("TLS")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    layout->addWidget(table_);

    auto* buttons = new QHBoxLayout;
    auto* echo = new QPushButton(tr("Check (C-ECHO)"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(echo);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(echo, &QPushButton::clicked, this, &PeersDialog::echoSelected);
    connect(remove, &QPushButton::clicked, this, &PeersDialog::removeSelected);

    auto* form = new QFormLayout;
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("peerName"));
    aeTitle_ = new QLineEdit(this);
    aeTitle_->setObjectName(QStringLiteral("peerAeTitle"));
    aeTitle_->setMaxLength(16);
    host_ = new QLineEdit(this);
    host_->setObjectName(QStringLiteral("peerHost"));
    port_ = new QSpinBox(this);
    port_->setObjectName(QStringLiteral("peerPort"));
    port_->setRange(1, 65535);
    port_->setValue(104);
    tls_ = new QCheckBox(tr("DICOM over TLS"), this);
    tls_->setObjectName(QStringLiteral("peerTls"));
    certificate_ = new QLineEdit(this);
    certificate_->setObjectName(QStringLiteral("peerCertificate"));
    certificate_->setPlaceholderText(tr("optional: the peer's certificate (PEM)"));
    certificate_->setToolTip(
        tr("Only this certificate is accepted from the peer. Without it, any certificate from the "
           "site CA whose name is the peer's name is."));
    certificate_->setEnabled(false);
    auto* browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    browse->setEnabled(false);
    connect(tls_, &QCheckBox::toggled, certificate_, &QWidget::setEnabled);
    connect(tls_, &QCheckBox::toggled, browse, &QWidget::setEnabled);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("The peer's certificate"), QString(), tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty()) certificate_->setText(file);
    });
    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(certificate_, 1);
    certificateRow->addWidget(browse);
    form->addRow(tr("Name:"), name_);
    form->addRow(tr("AE title:"), aeTitle_);
    form->addRow(tr("Host:"), host_);
    form->addRow(tr("Port:"), port_);
    form->addRow(QString(), tls_);
    form->addRow(tr("Certificate:"), certificateRow);
    layout->addLayout(form);
    auto* add = new QPushButton(tr("Add peer"), this);
    layout->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, &PeersDialog::addPeer);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("peersMessage"));
    message_->setWordWrap(true);
    layout->addWidget(message_);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(this, &PeersDialog::echoFinished, this,
            [this](bool, const QString& text) { message_->setText(text); });
    reload();
}

int PeersDialog::peerCount() const { return table_->rowCount(); }

void PeersDialog::reload() {
    table_->setRowCount(0);
    auto peers = workflow::listPeers(dataDir_);
    if (!peers) {
        message_->setText(peers.error());
        return;
    }
    peers_ = std::move(peers.value());
    for (const workflow::Peer& p : peers_) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        const QStringList cells{
            p.name, p.aeTitle, p.host, QString::number(p.port),
            !p.tls ? tr("no")
            : p.certificateSha256.isEmpty()
                ? tr("yes (site CA, named %1)").arg(p.name)
                : tr("yes (certificate %1…)").arg(p.certificateSha256.left(16))};
        for (int c = 0; c < cells.size(); ++c)
            table_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    table_->resizeColumnsToContents();
}

bool PeersDialog::addPeer() {
    workflow::Peer peer;
    peer.name = name_->text().trimmed();
    peer.aeTitle = aeTitle_->text().trimmed();
    peer.host = host_->text().trimmed();
    peer.port = port_->value();
    peer.tls = tls_->isChecked();
    if (peer.tls && !certificate_->text().trimmed().isEmpty()) {
        auto fingerprint = workflow::certificateFingerprint(certificate_->text().trimmed());
        if (!fingerprint) {
            message_->setText(fingerprint.error());
            return false;
        }
        peer.certificateSha256 = fingerprint.value();
    }
    const Status added = workflow::addPeer(dataDir_, peer);
    if (!added) {
        message_->setText(added.error());
        return false;
    }
    message_->setText(tr("Added %1.").arg(peer.name));
    name_->clear();
    certificate_->clear();
    reload();
    return true;
}

void PeersDialog::removeSelected() {
    const int row = table_->currentRow();
    if (row < 0) return;
    const QString name = table_->item(row, 0)->text();
    workflow::removePeer(dataDir_, name);  // what is left is what the table shows
    message_->setText(tr("Removed %1.").arg(name));
    reload();
}

void PeersDialog::echoSelected() {
    const int row = table_->currentRow();
    if (row < 0 || row >= int(peers_.size())) {
        message_->setText(tr("Choose a peer first."));
        return;
    }
    const workflow::Peer peer = peers_[size_t(row)];
    const QString name = peer.name;
    message_->setText(tr("Checking %1…").arg(name));
    const QString calling = ourAeTitle_, dataDir = dataDir_;
    // The watcher belongs to the dialog: if the dialog closes first, the answer goes nowhere.
    auto* watcher = new QFutureWatcher<Result<double>>(this);
    connect(watcher, &QFutureWatcher<Result<double>>::finished, this, [this, watcher, name] {
        const Result<double> rtt = watcher->result();
        watcher->deleteLater();
        emit echoFinished(
            rtt.ok(), rtt.ok() ? tr("%1 answered in %2 ms.").arg(name).arg(rtt.value(), 0, 'f', 1)
                               : tr("%1 did not answer: %2").arg(name, rtt.error()));
    });
    watcher->setFuture(QtConcurrent::run(
        [dataDir, peer, calling] { return workflow::echoPeer(dataDir, peer, calling, 10); }));
}

}  // namespace dicomnet::gui
