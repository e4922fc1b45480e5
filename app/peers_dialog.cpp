#include "peers_dialog.h"

#include "db/cache.h"
#include "db/peer_directory.h"
#include "network/dicom_client.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dicomnet::app {

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
    form->addRow(tr("Name:"), name_);
    form->addRow(tr("AE title:"), aeTitle_);
    form->addRow(tr("Host:"), host_);
    form->addRow(tr("Port:"), port_);
    form->addRow(QString(), tls_);
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
    auto cache = db::Cache::open(dataDir_);
    if (!cache) {
        message_->setText(cache.error());
        return;
    }
    auto peers = db::PeerDirectory(*cache.value()).list();
    if (!peers) {
        message_->setText(peers.error());
        return;
    }
    for (const db::Peer& p : peers.value()) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        const QStringList cells{p.name, p.aeTitle, p.host, QString::number(p.port),
                                p.tls ? tr("yes") : tr("no")};
        for (int c = 0; c < cells.size(); ++c)
            table_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    table_->resizeColumnsToContents();
}

bool PeersDialog::addPeer() {
    const db::Peer peer{name_->text().trimmed(), aeTitle_->text().trimmed(),
                        host_->text().trimmed(), port_->value(), tls_->isChecked()};
    auto cache = db::Cache::open(dataDir_);
    Status added =
        cache ? db::PeerDirectory(*cache.value()).add(peer) : Status(Error{cache.error()});
    if (!added) {
        message_->setText(added.error());
        return false;
    }
    message_->setText(tr("Added %1.").arg(peer.name));
    name_->clear();
    reload();
    return true;
}

void PeersDialog::removeSelected() {
    const int row = table_->currentRow();
    if (row < 0) return;
    const QString name = table_->item(row, 0)->text();
    auto cache = db::Cache::open(dataDir_);
    if (cache) db::PeerDirectory(*cache.value()).remove(name);
    message_->setText(tr("Removed %1.").arg(name));
    reload();
}

void PeersDialog::echoSelected() {
    const int row = table_->currentRow();
    if (row < 0) {
        message_->setText(tr("Choose a peer first."));
        return;
    }
    const network::PeerAddress address{table_->item(row, 1)->text(), table_->item(row, 2)->text(),
                                       table_->item(row, 3)->text().toInt()};
    const QString name = table_->item(row, 0)->text();
    message_->setText(tr("Checking %1…").arg(name));
    const QString calling = ourAeTitle_;
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
        [address, calling] { return network::DicomClient(calling, address, 10).echo(); }));
}

}  // namespace dicomnet::app
