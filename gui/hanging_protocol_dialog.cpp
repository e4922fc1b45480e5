#include "gui/hanging_protocol_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dicomnet::gui {

namespace {

QStringList codes(const QString& text) {
    QStringList out;
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        if (!out.contains(part.toUpper())) out << part.toUpper();
    return out;
}

QString describe(const workflow::HangingProtocol& p) {
    return p.mpr ? QObject::tr("%1 (%2×3 planes)").arg(p.name).arg(p.rows)
                 : QObject::tr("%1 (%2×%3)").arg(p.name).arg(p.rows).arg(p.columns);
}

}  // namespace

HangingProtocolDialog::HangingProtocolDialog(const QString& dataDir, const QString& modality,
                                             const QString& bodyPart, QWidget* parent)
    : QDialog(parent), dataDir_(dataDir), modality_(modality), bodyPart_(bodyPart) {
    setWindowTitle(tr("Hanging protocols"));
    builtIn_ = workflow::builtInHangingProtocols();
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    // Left: the user's protocols, in the order they are tried, then the built-in ones.
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Yours, tried first (top to bottom):"), this));
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("myProtocols"));
    left->addWidget(list_, 2);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, auto slot) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("New"), [this] { addProtocol(); });
    button(tr("Remove"), [this] { removeSelected(); });
    button(tr("Up"), [this] { moveSelected(-1); });
    button(tr("Down"), [this] { moveSelected(1); });
    left->addLayout(buttons);
    left->addWidget(new QLabel(tr("Built in, tried after yours:"), this));
    builtInList_ = new QListWidget(this);
    builtInList_->setObjectName(QStringLiteral("builtInProtocols"));
    for (const auto& p : builtIn_) builtInList_->addItem(describe(p));
    left->addWidget(builtInList_, 1);
    auto* copy = new QPushButton(tr("Copy to mine"), this);
    connect(copy, &QPushButton::clicked, this, [this] { copyBuiltIn(builtInList_->currentRow()); });
    left->addWidget(copy);
    columns->addLayout(left, 1);
    columns->addWidget(buildForm(), 1);

    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("protocolProblem"));
    problem_->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem_->setWordWrap(true);
    layout->addWidget(problem_);
    preview_ = new QLabel(this);
    preview_->setObjectName(QStringLiteral("protocolPreview"));
    preview_->setWordWrap(true);
    layout->addWidget(preview_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        selected_ = row;
        showSelected();
    });

    if (auto mine = workflow::userHangingProtocols(dataDir_))
        mine_ = std::move(mine.value());
    else
        loadError_ = tr("%1 — saving replaces it.").arg(mine.error());
    refresh();
    select(mine_.empty() ? -1 : 0);
    resize(900, 560);
}

QWidget* HangingProtocolDialog::buildForm() {
    form_ = new QGroupBox(tr("Protocol"), this);
    auto* form = new QFormLayout(form_);
    name_ = new QLineEdit(form_);
    name_->setObjectName(QStringLiteral("protocolName"));
    form->addRow(tr("Name:"), name_);
    modalities_ = new QLineEdit(form_);
    modalities_->setObjectName(QStringLiteral("protocolModalities"));
    modalities_->setPlaceholderText(tr("e.g. CR DX (empty: any)"));
    form->addRow(tr("Modalities:"), modalities_);
    bodyParts_ = new QLineEdit(form_);
    bodyParts_->setObjectName(QStringLiteral("protocolBodyParts"));
    bodyParts_->setPlaceholderText(tr("e.g. CHEST (empty: any)"));
    form->addRow(tr("Body parts:"), bodyParts_);
    priors_ = new QSpinBox(form_);
    priors_->setObjectName(QStringLiteral("protocolPriors"));
    priors_->setRange(1, 15);
    form->addRow(tr("Earlier studies:"), priors_);
    auto* grid = new QWidget(form_);
    auto* gridLayout = new QHBoxLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    rows_ = new QSpinBox(grid);
    rows_->setObjectName(QStringLiteral("protocolRows"));
    rows_->setRange(1, 4);
    columns_ = new QSpinBox(grid);
    columns_->setObjectName(QStringLiteral("protocolColumns"));
    columns_->setRange(1, 4);
    gridLayout->addWidget(rows_);
    gridLayout->addWidget(new QLabel(QStringLiteral("×"), grid));
    gridLayout->addWidget(columns_);
    gridLayout->addStretch();
    form->addRow(tr("Layout (rows × columns):"), grid);
    align_ = new QCheckBox(tr("Align X-ray films onto the current one"), form_);
    align_->setObjectName(QStringLiteral("protocolAlign"));
    form->addRow(align_);
    mpr_ = new QCheckBox(tr("Each study as axial, coronal and sagittal planes (CT, MR)"), form_);
    mpr_->setObjectName(QStringLiteral("protocolMpr"));
    form->addRow(mpr_);
    for (QLineEdit* e : {name_, modalities_, bodyParts_})
        connect(e, &QLineEdit::textEdited, this, &HangingProtocolDialog::formChanged);
    for (QSpinBox* s : {priors_, rows_, columns_})
        connect(s, &QSpinBox::valueChanged, this, &HangingProtocolDialog::formChanged);
    for (QCheckBox* c : {align_, mpr_})
        connect(c, &QCheckBox::toggled, this, &HangingProtocolDialog::formChanged);
    return form_;
}

void HangingProtocolDialog::select(int index) {
    list_->setCurrentRow(index);
    selected_ = index;
    showSelected();
}

void HangingProtocolDialog::showSelected() {
    const bool any = selected_ >= 0 && selected_ < int(mine_.size());
    form_->setEnabled(any);
    if (!any) return;
    const workflow::HangingProtocol& p = mine_[size_t(selected_)];
    filling_ = true;
    name_->setText(p.name);
    modalities_->setText(p.modalities.join(QLatin1Char(' ')));
    bodyParts_->setText(p.bodyParts.join(QLatin1Char(' ')));
    priors_->setValue(p.priors);
    rows_->setValue(p.rows);
    columns_->setValue(p.columns);
    align_->setChecked(p.align);
    mpr_->setChecked(p.mpr);
    rows_->setEnabled(!p.mpr);
    columns_->setEnabled(!p.mpr);
    filling_ = false;
}

void HangingProtocolDialog::formChanged() {
    if (filling_ || selected_ < 0 || selected_ >= int(mine_.size())) return;
    workflow::HangingProtocol& p = mine_[size_t(selected_)];
    p.name = name_->text().trimmed();
    p.modalities = codes(modalities_->text());
    p.bodyParts = codes(bodyParts_->text());
    p.priors = priors_->value();
    p.align = align_->isChecked();
    p.mpr = mpr_->isChecked();
    if (p.mpr) {  // the planes decide the layout
        p.rows = p.priors + 1;
        p.columns = 3;
    } else {
        p.rows = rows_->value();
        p.columns = columns_->value();
    }
    filling_ = true;  // the planes' layout shows; the fields being typed in stay as they are
    rows_->setValue(p.rows);
    columns_->setValue(p.columns);
    rows_->setEnabled(!p.mpr);
    columns_->setEnabled(!p.mpr);
    filling_ = false;
    refresh();
}

void HangingProtocolDialog::addProtocol() {
    workflow::HangingProtocol p;
    p.name = tr("New protocol %1").arg(mine_.size() + 1);
    p.modalities = QStringList{modality_}.filter(QRegularExpression(QStringLiteral(".")));
    p.bodyParts = QStringList{bodyPart_}.filter(QRegularExpression(QStringLiteral(".")));
    mine_.insert(mine_.begin(), p);
    refresh();
    select(0);
}

void HangingProtocolDialog::copyBuiltIn(int index) {
    if (index < 0 || index >= int(builtIn_.size())) return;
    workflow::HangingProtocol p = builtIn_[size_t(index)];
    p.name = tr("%1 (mine)").arg(p.name);
    mine_.insert(mine_.begin(), p);
    refresh();
    select(0);
}

void HangingProtocolDialog::removeSelected() {
    if (selected_ < 0 || selected_ >= int(mine_.size())) return;
    mine_.erase(mine_.begin() + selected_);
    const int next = std::min(selected_, int(mine_.size()) - 1);
    refresh();
    select(next);
}

void HangingProtocolDialog::moveSelected(int by) {
    const int to = selected_ + by;
    if (selected_ < 0 || to < 0 || to >= int(mine_.size())) return;
    std::swap(mine_[size_t(selected_)], mine_[size_t(to)]);
    refresh();
    select(to);
}

void HangingProtocolDialog::refresh() {
    {
        const QSignalBlocker quiet(list_);
        list_->clear();
        for (const auto& p : mine_) list_->addItem(describe(p));
        list_->setCurrentRow(selected_);
    }
    const QString problem = workflow::problemWith(mine_);
    problem_->setText(problem.isEmpty() ? loadError_ : problem);
    buttons_->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    // Which protocol the study shown would get.
    if (modality_.isEmpty()) {
        preview_->clear();
        return;
    }
    std::vector<workflow::HangingProtocol> all = mine_;
    all.insert(all.end(), builtIn_.begin(), builtIn_.end());
    const auto fitting = workflow::matchingProtocols(all, modality_, bodyPart_);
    preview_->setText(fitting.empty()
                          ? tr("A %1 study of the %2 would match no protocol.")
                                .arg(modality_, bodyPart_.isEmpty() ? tr("(any)") : bodyPart_)
                          : tr("A %1 study of the %2 would open with: %3")
                                .arg(modality_, bodyPart_.isEmpty() ? tr("(any)") : bodyPart_,
                                     fitting.front().name));
}

bool HangingProtocolDialog::save() {
    if (Status s = workflow::saveUserHangingProtocols(dataDir_, mine_); !s) {
        problem_->setText(s.error());
        return false;
    }
    loadError_.clear();
    return true;
}

}  // namespace dicomnet::gui
