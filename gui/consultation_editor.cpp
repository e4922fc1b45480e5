#include "gui/consultation_editor.h"

#include "gui/brixia_diagram.h"
#include "gui/document_dialog.h"
#include "gui/score_suggestions.h"
#include "gui/signing_dialog.h"
#include "workflow/consultation_jobs.h"
#include "workflow/consultation_states.h"
#include "workflow/key_images.h"

#include "consult/pdf_report.h"
#include "workflow/consult_actions.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>

#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent>
#include "workflow/audit.h"
#include "workflow/session.h"

namespace dicomnet::gui {

namespace {

QPlainTextEdit* textBox(const QString& placeholder, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    return edit;
}

QString person(const QString& dicomName) {
    const QStringList parts = dicomName.split(QLatin1Char('^'));
    return parts.size() < 2 ? dicomName : (parts[1] + QLatin1Char(' ') + parts[0]).trimmed();
}

QString capitalised(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

QString urgencyText(const QString& urgency) {
    if (urgency == QLatin1String("urgent")) return QObject::tr("urgent");
    if (urgency == QLatin1String("emergency")) return QObject::tr("EMERGENCY");
    return QObject::tr("routine");
}

}  // namespace

ConsultationEditor::ConsultationEditor(QWidget* parent) : QWidget(parent) { buildForm(); }

ConsultationEditor::~ConsultationEditor() = default;

void ConsultationEditor::buildForm() {
    // The form scrolls when the dock is short; nothing is squeezed out of sight.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    state_ = new QLabel(tr("No study"), this);
    state_->setObjectName(QStringLiteral("consultationState"));
    state_->setWordWrap(true);
    state_->setTextFormat(Qt::RichText);
    state_->setMargin(6);
    outer->addWidget(state_);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // wrap, never scroll sideways
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    buildHeader(layout);
    buildScores(layout);
    buildTexts(layout);
    buildKeyImages(layout);
    buildButtons(layout);
    connectForm();
    rebuildScores();
    setEnabled(false);
}

void ConsultationEditor::buildHeader(QVBoxLayout* layout) {
    auto* head = new QFormLayout;
    template_ = new QComboBox(this);
    template_->setObjectName(QStringLiteral("consultTemplate"));
    template_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    template_->setMinimumContentsLength(12);
    for (const QString& name : consult::templateNames()) {
        auto t = consult::loadTemplate(name);
        template_->addItem(t ? consult::translatedTemplateText(t->title) : name, name);
    }
    head->addRow(tr("Template:"), template_);
    QSettings settings;
    author_ = new QLineEdit(
        workflow::signedInName(settings.value(QStringLiteral("consult/author")).toString()), this);
    author_->setPlaceholderText(tr("Your name"));
    if (!workflow::currentSession().open) {
        // Who writes is who signed in.
        author_->setReadOnly(true);
        author_->setToolTip(tr("Signed in as %1").arg(workflow::currentSession().user.login));
    }
    organisation_ =
        new QLineEdit(settings.value(QStringLiteral("consult/organisation")).toString(), this);
    head->addRow(tr("Author:"), author_);
    head->addRow(tr("Organisation:"), organisation_);
    layout->addLayout(head);
}

void ConsultationEditor::buildScores(QVBoxLayout* layout) {
    scoresBox_ = new QGroupBox(tr("Scores"), this);
    auto* scoresLayout = new QHBoxLayout(scoresBox_);
    brixia_ = new BrixiaDiagram(scoresBox_);
    brixia_->setObjectName(QStringLiteral("brixiaDiagram"));
    scoresLayout->addWidget(brixia_, 1);
    scoreFieldsBox_ = new QWidget(scoresBox_);
    scoresForm_ = new QFormLayout(scoreFieldsBox_);
    scoresForm_->setRowWrapPolicy(QFormLayout::WrapLongRows);
    scoresLayout->addWidget(scoreFieldsBox_, 1);
    layout->addWidget(scoresBox_);
    total_ = new QLabel(this);
    total_->setObjectName(QStringLiteral("scoreTotal"));
    layout->addWidget(total_);
    suggestions_ = new ScoreSuggestions(this);
    layout->addWidget(suggestions_);
    // One click copies the suggestions into the scores; the reader checks them, and signs.
    connect(suggestions_, &ScoreSuggestions::accepted, this,
            [this](const std::map<QString, int>& scores) {
                if (!editable_) return;
                for (const auto& [def, spin] : scoreFields_)
                    if (auto s = scores.find(def.code); s != scores.end())
                        spin->setValue(s->second);
                markDirty();
                updateTotal();
            });
}

void ConsultationEditor::buildTexts(QVBoxLayout* layout) {
    findings_ = textBox(tr("Findings"), this);
    impression_ = textBox(tr("Impression"), this);
    recommendation_ = textBox(tr("Recommendation"), this);
    layout->addWidget(new QLabel(tr("Findings"), this));
    layout->addWidget(findings_, 2);
    layout->addWidget(new QLabel(tr("Impression"), this));
    layout->addWidget(impression_, 1);
    layout->addWidget(new QLabel(tr("Recommendation"), this));
    layout->addWidget(recommendation_, 1);
}

void ConsultationEditor::buildKeyImages(QVBoxLayout* layout) {
    layout->addWidget(new QLabel(tr("Key images"), this));
    keyImages_ = new QListWidget(this);
    keyImages_->setViewMode(QListView::IconMode);
    keyImages_->setIconSize(QSize(96, 96));
    keyImages_->setMaximumHeight(130);
    layout->addWidget(keyImages_);
    auto* imageRow = new QHBoxLayout;
    addImage_ = new QPushButton(tr("Add the image shown"), this);
    addImage_->setToolTip(tr("The image in the active viewport, with its measurements"));
    removeImage_ = new QPushButton(tr("Remove"), this);
    imageRow->addWidget(addImage_);
    imageRow->addWidget(removeImage_);
    imageRow->addStretch();
    layout->addLayout(imageRow);
}

void ConsultationEditor::buildButtons(QVBoxLayout* layout) {
    auto* buttons = new QGridLayout;
    save_ = new QPushButton(tr("Save draft"), this);
    sign_ = new QPushButton(tr("Sign…"), this);
    amend_ = new QPushButton(tr("Amend"), this);
    pdf_ = new QPushButton(tr("PDF…"), this);
    print_ = new QPushButton(tr("Print…"), this);
    documents_ = new QPushButton(tr("Documents"), this);
    buttons->addWidget(save_, 0, 0);
    buttons->addWidget(sign_, 0, 1);
    buttons->addWidget(amend_, 0, 2);
    buttons->addWidget(pdf_, 1, 0);
    buttons->addWidget(print_, 1, 1);
    buttons->addWidget(documents_, 1, 2);
    layout->addLayout(buttons);
    amend_->hide();
}

void ConsultationEditor::connectForm() {
    connect(template_, qOverload<int>(&QComboBox::activated), this, [this] {
        rebuildScores();
        markDirty();
    });
    for (QLineEdit* e : {author_, organisation_})
        connect(e, &QLineEdit::textEdited, this, &ConsultationEditor::markDirty);
    for (QPlainTextEdit* e : {findings_, impression_, recommendation_})
        connect(e, &QPlainTextEdit::textChanged, this, [this, e] {
            if (e->hasFocus()) markDirty();
        });
    connect(brixia_, &BrixiaDiagram::valueChanged, this, [this](int zone, int value) {
        const QString key = QStringLiteral("brixia.") + QLatin1Char(char('A' + zone));
        for (auto& [def, spin] : scoreFields_)
            if (def.key == key) spin->setValue(value < 0 ? def.min - 1 : value);
    });
    connect(addImage_, &QPushButton::clicked, this, &ConsultationEditor::addCurrentImage);
    connect(removeImage_, &QPushButton::clicked, this, [this] {
        const int row = keyImages_->currentRow();
        if (row < 0 || row >= int(keyImageData_.size())) return;
        keyImageData_.erase(keyImageData_.begin() + row);
        delete keyImages_->takeItem(row);
        markDirty();
    });
    connect(save_, &QPushButton::clicked, this, &ConsultationEditor::saveDraft);
    connect(sign_, &QPushButton::clicked, this, &ConsultationEditor::askToSign);
    connect(amend_, &QPushButton::clicked, this, &ConsultationEditor::amend);
    connect(pdf_, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getSaveFileName(this, tr("Save the consultation as PDF"),
                                         QStringLiteral("consultation.pdf"), tr("PDF (*.pdf)"));
        if (!f.isEmpty()) exportPdf(f);
    });
    connect(print_, &QPushButton::clicked, this, &ConsultationEditor::print);
}

void ConsultationEditor::setStudy(const QString& dataDir, const QString& studyUid) {
    dataDir_ = dataDir;
    studyUid_ = studyUid;
    setEnabled(!studyUid.isEmpty());
    suggestions_->setStudy(dataDir, studyUid);
    reload();
}

void ConsultationEditor::reload() {
    if (studyUid_.isEmpty()) return;
    const int generation = ++generation_;
    busy_ = true;
    state_->setText(tr("Reading the study's consultations…"));
    auto* watcher = new QFutureWatcher<workflow::LoadedConsultation>(this);
    connect(watcher, &QFutureWatcher<workflow::LoadedConsultation>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != generation_) return;
                busy_ = false;
                showLoaded(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(workflow::loadConsultation, dataDir_, studyUid_));
}

void ConsultationEditor::showLoaded(const workflow::LoadedConsultation& result) {
    if (!result.error.isEmpty()) {
        state_->setText(result.error.toHtmlEscaped());
        emit message(result.error);
        emit loaded();
        return;
    }
    QStringList lines;
    for (const consult::DocumentState& d : result.study.documents) {
        if (d.document.kind != QLatin1String("request")) continue;
        lines << tr("<b>Request</b> (%1, %2) from %3 to %4: %5")
                     .arg(urgencyText(d.document.urgency), workflow::consultationStateText(d.state),
                          person(d.document.author).toHtmlEscaped(),
                          (d.document.requestedFrom.isEmpty() ? tr("anyone")
                                                              : d.document.requestedFrom)
                              .toHtmlEscaped(),
                          d.document.question.toHtmlEscaped());
    }
    documentUid_ = result.documentUid;
    documentState_ = result.documentState;
    loadedDoc_ = result.document;
    amending_ = false;
    if (result.document) {
        const consult::Consultation& c = *result.document;
        if (documentState_ == QLatin1String("final")) {
            const bool valid = result.signature.endsWith(QLatin1String(": valid"));
            lines << tr("<b>%1</b> by %2. <span style='color:%3'>%4</span>")
                         .arg(capitalised(workflow::consultationStateText(result.study.state))
                                  .toHtmlEscaped(),
                              person(c.author).toHtmlEscaped(),
                              valid ? QStringLiteral("#1a7f37") : QStringLiteral("#c62828"),
                              (result.signature.isEmpty() ? tr("Not signed") : result.signature)
                                  .toHtmlEscaped());
        } else {
            lines
                << tr("<b>Draft</b> by %1, not signed yet.").arg(person(c.author).toHtmlEscaped());
        }
        template_->setCurrentIndex(std::max(0, template_->findData(c.templateName)));
        rebuildScores();
        for (const consult::Score& s : c.scores)
            for (auto& [def, spin] : scoreFields_)
                if (def.code == s.code) spin->setValue(s.value);
        findings_->setPlainText(c.findings);
        impression_->setPlainText(c.impression);
        recommendation_->setPlainText(c.recommendation);
        author_->setText(workflow::signedInName(person(c.author)));
        organisation_->setText(c.organisation);
        keyImageData_ = c.keyImages;
        keyImages_->clear();
        for (size_t i = 0; i < keyImageData_.size(); ++i) {
            auto* item = new QListWidgetItem(tr("Image %1").arg(i + 1), keyImages_);
            if (i < result.thumbnails.size())
                item->setIcon(QIcon(QPixmap::fromImage(result.thumbnails[i])));
        }
        setEditable(documentState_ != QLatin1String("final"));
    } else {
        lines << (result.study.requests.empty() ? tr("No consultation yet.")
                                                : tr("Not answered yet."));
        findings_->clear();
        impression_->clear();
        recommendation_->clear();
        keyImageData_.clear();
        keyImages_->clear();
        // A new consultation opens on the template for the study's images (a chest film:
        // Brixia; a chest CT: CO-RADS and the CT severity score).
        template_->setCurrentIndex(std::max(0, template_->findData(result.suggestedTemplate)));
        rebuildScores();
        setEditable(true);
    }
    state_->setText(lines.join(QStringLiteral("<br>")));
    dirty_ = false;
    updateTotal();
    // The documents of the study, each openable as its reader sees it.
    auto* menu = new QMenu(documents_);
    for (const consult::DocumentState& d : result.study.documents)
        menu->addAction(tr("%1 %2 · %3 · %4")
                            .arg(d.document.date, d.document.time.left(4),
                                 d.document.kind == QLatin1String("request")
                                     ? tr("request")
                                     : consult::translatedTemplateText(d.document.title),
                                 workflow::consultationStateText(d.state)),
                        this, [this, uid = d.document.sopInstanceUid] {
                            auto* dialog = new DocumentDialog(dataDir_, uid, this);
                            dialog->setAttribute(Qt::WA_DeleteOnClose);
                            dialog->show();
                        });
    delete documents_->menu();
    documents_->setMenu(menu);
    documents_->setEnabled(!result.study.documents.empty());
    emit loaded();
}

void ConsultationEditor::setEditable(bool editable) {
    // What the signed-in user's role allows (open: all); the actions check again.
    const workflow::Session session = workflow::currentSession();
    auto may = [&](workflow::Permission p) {
        return session.open || workflow::roleMay(session.user.role, p);
    };
    editable = editable && may(workflow::Permission::WriteConsultation);
    editable_ = editable;
    for (QWidget* w : std::initializer_list<QWidget*>{template_, author_, organisation_, scoresBox_,
                                                      suggestions_, addImage_, removeImage_, save_})
        w->setEnabled(editable);
    for (QPlainTextEdit* e : {findings_, impression_, recommendation_}) e->setReadOnly(!editable);
    sign_->setEnabled(editable && may(workflow::Permission::SignConsultation));
    amend_->setVisible(!editable && documentState_ == QLatin1String("final") &&
                       may(workflow::Permission::AmendConsultation));
    pdf_->setEnabled(!documentUid_.isEmpty());
    print_->setEnabled(!documentUid_.isEmpty());
}

void ConsultationEditor::markDirty() {
    dirty_ = true;
    updateTotal();
}

void ConsultationEditor::rebuildScores() {
    auto t = consult::loadTemplate(template_->currentData().toString());
    form_ = t ? t.value() : consult::ConsultTemplate{};
    while (scoresForm_->rowCount() > 0) scoresForm_->removeRow(0);
    scoreFields_.clear();
    for (const consult::ScoreDefinition& d : form_.scores) {
        auto* spin = new QSpinBox(scoresBox_);
        spin->setRange(d.min - 1, d.max);
        spin->setSpecialValueText(QStringLiteral("–"));
        spin->setValue(d.min - 1);
        spin->setObjectName(d.key);
        scoresForm_->addRow(consult::translatedTemplateText(d.meaning) + QLatin1Char(':'), spin);
        scoreFields_.emplace_back(d, spin);
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, [this, d, spin](int v) {
            if (d.key.startsWith(QLatin1String("brixia.")) && d.key.size() == 8)
                brixia_->setValue(d.key.back().toLatin1() - 'A', v < d.min ? -1 : v);
            if (spin->hasFocus() || brixia_->underMouse()) markDirty();
            updateTotal();
        });
    }
    const bool isBrixia = form_.name == QLatin1String("chest-xray-covid");
    brixia_->setVisible(isBrixia);
    scoreFieldsBox_->setVisible(!isBrixia);  // the lungs are the form
    if (isBrixia)
        for (int zone = 0; zone < 6; ++zone) brixia_->setValue(zone, -1);
    scoresBox_->setVisible(!form_.scores.empty());
    QStringList codes;
    for (const consult::ScoreDefinition& d : form_.scores) codes << d.code;
    if (suggestions_) suggestions_->setTemplateCodes(codes);
    updateTotal();
}

void ConsultationEditor::updateTotal() {
    if (!form_.total) {
        total_->clear();
        return;
    }
    const consult::Consultation c = consultation();
    for (const consult::Score& s : c.scores)
        if (s.code == form_.total->code) {
            total_->setText(tr("%1: <b>%2</b> of %3")
                                .arg(consult::translatedTemplateText(s.meaning))
                                .arg(s.value)
                                .arg(form_.total->max));
            return;
        }
    total_->setText(tr("%1: when every part is scored")
                        .arg(consult::translatedTemplateText(form_.total->meaning)));
}

consult::Consultation ConsultationEditor::consultation() const {
    consult::Consultation c;
    c.templateName = form_.name.isEmpty() ? QStringLiteral("free") : form_.name;
    c.title = form_.title;
    c.author = workflow::signedInName(author_->text().trimmed());
    c.organisation = organisation_->text().trimmed();
    c.findings = findings_->toPlainText().trimmed();
    c.impression = impression_->toPlainText().trimmed();
    c.recommendation = recommendation_->toPlainText().trimmed();
    std::vector<std::pair<QString, QString>> given;
    for (const auto& [def, spin] : scoreFields_)
        if (spin->value() >= def.min) given.emplace_back(def.key, QString::number(spin->value()));
    consult::applyScores(form_, given, c);
    c.keyImages = keyImageData_;
    if (loadedDoc_) c.answers = loadedDoc_->answers;
    return c;
}

void ConsultationEditor::setTemplate(const QString& name) {
    template_->setCurrentIndex(std::max(0, template_->findData(name)));
    rebuildScores();
    markDirty();
}

void ConsultationEditor::setTexts(const QString& findings, const QString& impression,
                                  const QString& recommendation) {
    findings_->setPlainText(findings);
    impression_->setPlainText(impression);
    recommendation_->setPlainText(recommendation);
    markDirty();
}

void ConsultationEditor::setAuthor(const QString& name, const QString& organisation) {
    author_->setText(workflow::signedInName(name));
    organisation_->setText(organisation);
    markDirty();
}

QString ConsultationEditor::stateText() const { return state_->text(); }
QString ConsultationEditor::totalText() const { return total_->text(); }
int ConsultationEditor::keyImageCount() const { return int(keyImageData_.size()); }

void ConsultationEditor::addCurrentImage() {
    if (!editable_) return;
    QString why;
    std::optional<consult::KeyImage> image = imageSource_ ? imageSource_(why) : std::nullopt;
    if (!image) {
        emit message(why.isEmpty() ? tr("No image is shown") : why);
        return;
    }
    keyImageData_.push_back(*image);
    auto* item = new QListWidgetItem(tr("Image %1").arg(keyImageData_.size()), keyImages_);
    item->setToolTip(tr("%n region(s) drawn", nullptr, int(image->annotations.size())));
    markDirty();
    // Its thumbnail, rendered off the GUI thread.
    consult::Consultation one;
    one.keyImages = {*image};
    auto* watcher = new QFutureWatcher<std::vector<QImage>>(this);
    connect(watcher, &QFutureWatcher<std::vector<QImage>>::finished, this, [watcher, item] {
        watcher->deleteLater();
        const auto images = watcher->result();
        if (!images.empty()) item->setIcon(QIcon(QPixmap::fromImage(images.front())));
    });
    watcher->setFuture(QtConcurrent::run(
        [dataDir = dataDir_, one] { return workflow::renderKeyImages(dataDir, one, 160); }));
    emit message(tr("Image added to the consultation, with %n region(s)", nullptr,
                    int(image->annotations.size())));
}

void ConsultationEditor::saveDraft() { run(std::nullopt); }

void ConsultationEditor::sign(const consult::SigningKey& key) { run(key); }

void ConsultationEditor::askToSign() {
    SigningDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) sign(dialog.key());
}

void ConsultationEditor::amend() {
    if (documentState_ != QLatin1String("final")) return;
    amending_ = true;
    setEditable(true);
    state_->setText(state_->text() + QStringLiteral("<br>") +
                    tr("<b>Amending</b>: the signed version stays; yours will name it."));
}

void ConsultationEditor::run(std::optional<consult::SigningKey> key) {
    if (busy_ || studyUid_.isEmpty()) return;
    const consult::Consultation c = consultation();
    if (c.author.isEmpty()) {
        emit message(tr("Write your name as the author first"));
        author_->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("consult/author"), c.author);
    settings.setValue(QStringLiteral("consult/organisation"), c.organisation);
    const bool draftAsIs = !dirty_ && !amending_ && documentState_ == QLatin1String("draft");
    const QString replaces =
        (documentState_ == QLatin1String("draft") || amending_) ? documentUid_ : QString();
    busy_ = true;
    emit message(key ? tr("Signing…") : tr("Saving…"));
    auto* watcher = new QFutureWatcher<workflow::SavedConsultation>(this);
    connect(watcher, &QFutureWatcher<workflow::SavedConsultation>::finished, this, [this, watcher] {
        watcher->deleteLater();
        busy_ = false;
        const workflow::SavedConsultation s = watcher->result();
        if (!s.error.isEmpty()) {
            emit message(s.error);
            if (!s.draftUid.isEmpty()) reload();  // the draft was kept; signing failed
            return;
        }
        if (!s.finalUid.isEmpty()) {
            emit message(tr("Signed: the consultation is final"));
            emit signedFinal(s.finalUid);
        } else {
            emit message(tr("Draft saved"));
            emit saved(s.draftUid);
        }
        reload();
    });
    watcher->setFuture(QtConcurrent::run(workflow::saveAndSign, dataDir_, studyUid_, c, replaces,
                                         draftAsIs ? documentUid_ : QString(), key));
}

void ConsultationEditor::exportPdf(const QString& pdfFile) {
    if (documentUid_.isEmpty() || dirty_) {
        emit message(tr("Save the draft first: the PDF shows what is stored"));
        return;
    }
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, pdfFile] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            emit message(error);
            return;
        }
        emit message(tr("Wrote %1").arg(pdfFile));
        emit pdfWritten(pdfFile);
    });
    watcher->setFuture(
        QtConcurrent::run(workflow::writeConsultationPdf, dataDir_, documentUid_, pdfFile));
}

void ConsultationEditor::print() {
    if (documentUid_.isEmpty() || dirty_) {
        emit message(tr("Save the draft first: what is printed is what is stored"));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) return;
    auto file = workflow::documentFileIn(dataDir_, documentUid_);
    if (!file) {
        emit message(file.error());
        return;
    }
    QTextDocument doc;
    consult::PrintOptions options;
    if (loadedDoc_) {
        options.keyImages = workflow::renderKeyImages(dataDir_, *loadedDoc_);
    }
    if (Status s = consult::composeReport(file.value(), options, doc); !s) {
        emit message(s.error());
        return;
    }
    doc.print(&printer);
    // Paper leaves the system: recorded, from a worker.
    (void)QtConcurrent::run(
        [dataDir = dataDir_, study = studyUid_, uid = documentUid_, to = printer.printerName()] {
            workflow::AuditEvent e = workflow::studyEvent(dataDir, QStringLiteral("printed"), study,
                                                          uid + QStringLiteral(" on ") + to);
            e.outcome = QStringLiteral("success");
            workflow::recordAudit(dataDir, e);
        });
}

}  // namespace dicomnet::gui
