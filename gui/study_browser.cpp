#include "gui/study_browser.h"

#include "workflow/consultation_states.h"

#include "core/person_name.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace dicomnet::gui {

namespace {

// The images column: how many are here, and those away ("0 + 12 away").
QString imagesText(const workflow::StudyRow& r) {
    if (r.awayCount == 0) return QString::number(r.instanceCount);
    return StudyBrowser::tr("%1 + %2 away").arg(r.instanceCount).arg(r.awayCount);
}

}  // namespace

namespace {

enum { kKeyRole = Qt::UserRole + 1, kSortRole = Qt::UserRole + 2 };

QString patientKey(const workflow::StudyRow& r) { return r.patientId + QChar(0x1f) + r.issuer; }

QString displayDate(const QString& da) {
    const QDate d = QDate::fromString(da, QStringLiteral("yyyyMMdd"));
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : da;
}

QTableView* makeTable(QStandardItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

QList<QStandardItem*> row(const QStringList& cells, const QString& key) {
    QList<QStandardItem*> items;
    for (const QString& c : cells) {
        auto* item = new QStandardItem(c);
        item->setData(key, kKeyRole);
        item->setData(c, kSortRole);
        item->setToolTip(c);  // a narrow column shows it cut short
        items.append(item);
    }
    return items;
}

}  // namespace

StudyBrowser::StudyBrowser(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QWidget(this);
    buildSearchBar(bar);
    layout->addWidget(bar);
    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("browserHint"));
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); font-style: italic; }"));
    hint_->hide();
    layout->addWidget(hint_);

    patients_ = new QStandardItemModel(this);
    studies_ = new QStandardItemModel(this);
    series_ = new QStandardItemModel(this);
    patients_->setHorizontalHeaderLabels({tr("Patient"), tr("Patient ID"), tr("Studies")});
    studies_->setHorizontalHeaderLabels({tr("Date"), tr("Patient"), tr("Patient ID"),
                                         tr("Modality"), tr("Description"), tr("Series"),
                                         tr("Images"), tr("Accession"), tr("Consultation")});
    series_->setHorizontalHeaderLabels(
        {tr("Number"), tr("Modality"), tr("Body part"), tr("Description"), tr("Images")});
    for (QStandardItemModel* m : {patients_, studies_, series_}) m->setSortRole(kSortRole);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Patients"), left));
    patientsView_ = makeTable(patients_, left);
    patientsView_->setSelectionMode(QAbstractItemView::SingleSelection);
    leftLayout->addWidget(patientsView_);

    auto* right = new QSplitter(Qt::Vertical, split);
    auto* top = new QWidget(right);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Studies"), top));
    studiesView_ = makeTable(studies_, top);
    topLayout->addWidget(studiesView_);
    auto* bottom = new QWidget(right);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    seriesTitle_ = new QLabel(tr("Series"), bottom);
    bottomLayout->addWidget(seriesTitle_);
    seriesView_ = makeTable(series_, bottom);
    for (QTableView* view : {studiesView_, seriesView_})
        connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
            const QString uid = index.siblingAtColumn(0).data(kKeyRole).toString();
            if (!uid.isEmpty()) emit viewRequested(uid);
        });
    bottomLayout->addWidget(seriesView_);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 900});
    // Patients by name, studies newest first, series by number.
    patientsView_->sortByColumn(0, Qt::AscendingOrder);
    studiesView_->sortByColumn(0, Qt::DescendingOrder);
    seriesView_->sortByColumn(0, Qt::AscendingOrder);
    layout->addWidget(split, 1);

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    connect(debounce_, &QTimer::timeout, this, &StudyBrowser::refresh);

    connect(patientsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                patientKey_ = current.isValid() ? current.data(kKeyRole).toString() : QString();
                fillStudies();
            });
    connect(studiesView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                series_->removeRows(0, series_->rowCount());
                if (!current.isValid()) return;
                emit seriesRequested(++seriesRequest_, current.data(kKeyRole).toString());
            });
}

void StudyBrowser::buildSearchBar(QWidget* bar) {
    auto* h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    name_ = new QLineEdit(bar);
    name_->setObjectName(QStringLiteral("nameSearch"));
    name_->setPlaceholderText(tr("Patient name"));
    name_->setClearButtonEnabled(true);
    patientId_ = new QLineEdit(bar);
    patientId_->setObjectName(QStringLiteral("patientIdSearch"));
    patientId_->setPlaceholderText(tr("Patient ID"));
    patientId_->setClearButtonEnabled(true);
    datePreset_ = new QComboBox(bar);
    datePreset_->setObjectName(QStringLiteral("datePreset"));
    datePreset_->addItems({tr("Any date"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"),
                           tr("Last 12 months"), tr("Between…")});
    dateFrom_ = new QDateEdit(QDate::currentDate().addMonths(-1), bar);
    dateTo_ = new QDateEdit(QDate::currentDate(), bar);
    for (QDateEdit* d : {dateFrom_, dateTo_}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    modality_ = new QComboBox(bar);
    modality_->setObjectName(QStringLiteral("modalityFilter"));
    modality_->addItem(tr("Any modality"), QString());
    for (const char* m : {"CR", "DX", "CT", "MR", "US", "MG", "XA", "RF", "NM", "PT", "SR"})
        modality_->addItem(QString::fromLatin1(m), QString::fromLatin1(m));

    h->addWidget(new QLabel(tr("Search:"), bar));
    h->addWidget(name_, 2);
    h->addWidget(patientId_, 1);
    h->addWidget(datePreset_);
    h->addWidget(dateFrom_);
    h->addWidget(new QLabel(QStringLiteral("–"), bar));
    h->addWidget(dateTo_);
    h->addWidget(modality_);
    waitingOnly_ = new QCheckBox(tr("Waiting for me"), bar);
    waitingOnly_->setObjectName(QStringLiteral("waitingForMe"));
    waitingOnly_->setToolTip(
        tr("Studies with a consultation request for you (or anyone), or a draft of yours"));
    h->addWidget(waitingOnly_);
    connect(waitingOnly_, &QCheckBox::toggled, this, [this] {
        fillPatients();
        fillStudies();
    });

    auto later = [this] { debounce_->start(); };
    connect(name_, &QLineEdit::textChanged, this, later);
    connect(patientId_, &QLineEdit::textChanged, this, later);
    connect(datePreset_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &StudyBrowser::onDatePresetChanged);
    connect(dateFrom_, &QDateEdit::dateChanged, this, later);
    connect(dateTo_, &QDateEdit::dateChanged, this, later);
    connect(modality_, qOverload<int>(&QComboBox::currentIndexChanged), this, later);
}

void StudyBrowser::onDatePresetChanged(int index) {
    const bool custom = index == datePreset_->count() - 1;
    dateFrom_->setEnabled(custom);
    dateTo_->setEnabled(custom);
    debounce_->start();
}

workflow::StudyFilter StudyBrowser::filter() const {
    workflow::StudyFilter f;
    f.name = name_->text().trimmed();
    f.patientId = patientId_->text().trimmed();
    f.modality = modality_->currentData().toString();
    const QDate today = QDate::currentDate();
    const QString fmt = QStringLiteral("yyyyMMdd");
    switch (datePreset_->currentIndex()) {
        case 0:
            break;
        case 1:
            f.dateFrom = f.dateTo = today.toString(fmt);
            break;
        case 2:
            f.dateFrom = today.addDays(-6).toString(fmt);
            break;
        case 3:
            f.dateFrom = today.addDays(-29).toString(fmt);
            break;
        case 4:
            f.dateFrom = today.addMonths(-12).toString(fmt);
            break;
        default:
            f.dateFrom = dateFrom_->date().toString(fmt);
            f.dateTo = dateTo_->date().toString(fmt);
    }
    f.limit = kStudyLimit;
    return f;
}

void StudyBrowser::refresh() { emit studiesRequested(++studiesRequest_, filter()); }

void StudyBrowser::showStudies(int requestId, const std::vector<workflow::StudyRow>& rows,
                               const QStringList& waitingForMe, const QStringList& priorities) {
    if (requestId != studiesRequest_) return;  // an older answer, overtaken by a newer search
    rows_ = rows;
    waiting_ = waitingForMe;
    priorities_ = priorities;
    waitingOnly_->setText(waitingForMe.isEmpty()
                              ? tr("Waiting for me")
                              : tr("Waiting for me (%1)").arg(waitingForMe.size()));
    fillPatients();
    fillStudies();
    updateHint(kStudyLimit);
    emit countsChanged(patientCount(), int(rows_.size()));
}

void StudyBrowser::updateHint(int limit) {
    const workflow::StudyFilter f = filter();
    const bool searching = !f.name.isEmpty() || !f.patientId.isEmpty() || !f.modality.isEmpty() ||
                           !f.dateFrom.isEmpty() || !f.dateTo.isEmpty();
    QString text;
    if (rows_.empty() && !searching)
        text =
            tr("The cache is empty. Drop DICOM files, folders, DICOMDIRs or zip archives on "
               "this window, or use File → Import.");
    else if (rows_.empty())
        text = tr("No study matches the search.");
    else if (int(rows_.size()) >= limit)
        text = tr("Showing the newest %1 studies; narrow the search to see the others.").arg(limit);
    hint_->setText(text);
    hint_->setVisible(!text.isEmpty());
}

QString StudyBrowser::selectedStudyTitle() const {
    const QString uid = selectedStudyUid();
    for (const workflow::StudyRow& r : rows_)
        if (r.studyUid == uid)
            return QStringLiteral("%1 · %2 · %3")
                .arg(displayPersonName(r.patientName), displayDate(r.date), r.description);
    return {};
}

void StudyBrowser::setWaitingOnly(bool only) { waitingOnly_->setChecked(only); }

QString StudyBrowser::hint() const { return hint_->isVisible() ? hint_->text() : QString(); }

void StudyBrowser::fillPatients() {
    const QString keep = patientKey_;
    patientsView_->setSortingEnabled(false);
    patients_->removeRows(0, patients_->rowCount());
    QHash<QString, int> studiesOf;
    std::vector<const workflow::StudyRow*> firsts;
    for (const workflow::StudyRow& r : rows_) {
        const QString key = patientKey(r);
        if (!studiesOf.contains(key)) firsts.push_back(&r);
        ++studiesOf[key];
    }
    QSignalBlocker block(patientsView_->selectionModel());
    int selectRow = -1;
    for (const workflow::StudyRow* r : firsts) {
        const QString key = patientKey(*r);
        if (key == keep) selectRow = patients_->rowCount();
        auto items = row({displayPersonName(r->patientName), r->patientId,
                          QString::number(studiesOf.value(key))},
                         key);
        items[2]->setData(studiesOf.value(key), kSortRole);
        patients_->appendRow(items);
    }
    patientsView_->setSortingEnabled(true);
    if (selectRow >= 0)
        patientsView_->selectRow(selectRow);
    else
        patientKey_.clear();
    patientsView_->resizeColumnsToContents();
    patientsView_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    patientsView_->horizontalHeader()->setStretchLastSection(false);
}

void StudyBrowser::fillStudies() {
    const QString selected = selectedStudyUid();
    studiesView_->setSortingEnabled(false);
    studies_->removeRows(0, studies_->rowCount());
    int selectRow = -1;
    // Waiting for me: in the triage worklist's order, most pressing first.
    std::vector<const workflow::StudyRow*> ordered;
    for (const workflow::StudyRow& r : rows_) ordered.push_back(&r);
    const bool byPriority = waitingOnly_->isChecked();
    if (byPriority)
        std::stable_sort(ordered.begin(), ordered.end(), [this](auto* a, auto* b) {
            return waiting_.indexOf(a->studyUid) < waiting_.indexOf(b->studyUid);
        });
    for (const workflow::StudyRow* each : ordered) {
        const workflow::StudyRow& r = *each;
        if (!patientKey_.isEmpty() && patientKey(r) != patientKey_) continue;
        if (waitingOnly_->isChecked() && !waiting_.contains(r.studyUid)) continue;
        if (r.studyUid == selected) selectRow = studies_->rowCount();
        auto items = row({displayDate(r.date), displayPersonName(r.patientName), r.patientId,
                          QString(r.modalities).replace(QLatin1Char('\\'), QLatin1String(", ")),
                          r.description, QString::number(r.seriesCount), imagesText(r), r.accession,
                          workflow::studyStateText(r)},
                         r.studyUid);
        if (r.awayCount > 0) {  // evicted: held elsewhere, brought back when opened
            items[6]->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            items[6]->setToolTip(
                tr("%n image(s) evicted from this cache, held by %1; opening the study brings "
                   "them back",
                   nullptr, r.awayCount)
                    .arg(r.awayAt.isEmpty() ? tr("nowhere known") : r.awayAt));
        }
        if (waiting_.contains(r.studyUid)) {
            QFont bold = items[8]->font();
            bold.setBold(true);
            items[8]->setFont(bold);
            const QString why = priorities_.value(int(waiting_.indexOf(r.studyUid)));
            items[8]->setToolTip(why.isEmpty() ? tr("waiting for you")
                                               : tr("waiting for you — %1").arg(why));
        }
        items[0]->setData(r.date + r.time, kSortRole);  // sorts by date, shows it localised
        items[5]->setData(r.seriesCount, kSortRole);
        items[6]->setData(r.instanceCount + r.awayCount, kSortRole);
        studies_->appendRow(items);
    }
    // By priority the rows stay in the order given; otherwise by the column the user chose.
    if (byPriority) {
        studiesView_->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    } else if (studiesView_->horizontalHeader()->sortIndicatorSection() < 0) {
        studiesView_->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    }
    studiesView_->setSortingEnabled(true);
    studiesView_->resizeColumnsToContents();
    if (selectRow >= 0)
        studiesView_->selectRow(selectRow);
    else if (studies_->rowCount() > 0)
        studiesView_->selectRow(0);
    else
        series_->removeRows(0, series_->rowCount());
}

void StudyBrowser::showSeries(int requestId, const std::vector<workflow::SeriesRow>& rows) {
    if (requestId != seriesRequest_) return;
    series_->removeRows(0, series_->rowCount());
    for (const workflow::SeriesRow& s : rows) {
        auto items =
            row({QString::number(s.number), s.modality, s.bodyPart, s.description,
                 s.awayCount == 0 ? QString::number(s.instanceCount)
                                  : tr("%1 + %2 away").arg(s.instanceCount).arg(s.awayCount)},
                s.seriesUid);
        if (s.awayCount > 0)
            items[4]->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        items[0]->setData(s.number, kSortRole);
        items[4]->setData(s.instanceCount + s.awayCount, kSortRole);
        series_->appendRow(items);
    }
    seriesView_->resizeColumnsToContents();
}

int StudyBrowser::studyCount() const { return studies_->rowCount(); }
int StudyBrowser::patientCount() const { return patients_->rowCount(); }
int StudyBrowser::seriesCount() const { return series_->rowCount(); }

QString StudyBrowser::selectedStudyUid() const {
    const QModelIndex i = studiesView_->currentIndex();
    return i.isValid() ? i.data(kKeyRole).toString() : QString();
}

}  // namespace dicomnet::gui
