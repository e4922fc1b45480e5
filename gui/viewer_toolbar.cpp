// The viewer window's toolbar. It has to fit in one row at 1280 pixels in the longest of our
// languages (Russian), so what belongs together shares a button with a menu: the layouts, the
// measuring tools, rotating and flipping.
#include "gui/viewer_window.h"

#include <QActionGroup>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace dicomnet::gui {

using Tool = viewer::ImageView::Tool;

void ViewerWindow::showLayout(int rows, int columns) {
    for (const auto& [grid, action] : layoutActions_)
        action->setChecked(grid == qMakePair(rows, columns));
    if (layoutButton_)
        layoutButton_->setText(rows > 0 ? QStringLiteral("%1×%2").arg(rows).arg(columns)
                                        : tr("MPR"));
}

// One button for the measuring tools: a click picks the one used last, its menu the others.
QToolButton* ViewerWindow::measureButton(QToolBar* bar, QActionGroup* tools) {
    auto* button = new QToolButton(bar);
    button->setObjectName(QStringLiteral("measureButton"));
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setCheckable(true);
    auto* menu = new QMenu(button);
    const std::pair<QString, Tool> list[] = {{tr("Distance"), Tool::Distance},
                                             {tr("Angle"), Tool::Angle},
                                             {tr("Rectangle"), Tool::Rectangle},
                                             {tr("Ellipse"), Tool::Ellipse}};
    QAction* first = nullptr;
    for (const auto& [name, tool] : list) {
        QAction* a = menu->addAction(name);
        a->setCheckable(true);
        tools->addAction(a);
        if (!first) first = a;
        connect(a, &QAction::toggled, button, [button, menu, tools, a](bool on) {
            if (on) button->setText(a->text());
            button->setChecked(menu->actions().contains(tools->checkedAction()));
        });
        connect(a, &QAction::triggered, this, [this, button, a, tool = tool] {
            button->setProperty("last", QVariant::fromValue<QObject*>(a));
            currentTool_ = tool;
            for (int v = 0; v < panel_->viewportCount(); ++v) panel_->viewport(v)->setTool(tool);
        });
    }
    button->setMenu(menu);
    button->setText(first->text());
    button->setProperty("last", QVariant::fromValue<QObject*>(first));
    button->setToolTip(tr("Measure: distance, angle, rectangle or ellipse"));
    connect(button, &QToolButton::clicked, this, [button] {
        if (auto* last = qobject_cast<QAction*>(button->property("last").value<QObject*>()))
            last->trigger();
        button->setChecked(true);
    });
    return button;
}

void ViewerWindow::buildToolbar() {
    QToolBar* bar = addToolBar(tr("Viewer"));
    bar->setObjectName(QStringLiteral("viewerToolbar"));
    // The layouts.
    layoutButton_ = new QToolButton(bar);
    layoutButton_->setObjectName(QStringLiteral("layoutButton"));
    layoutButton_->setPopupMode(QToolButton::InstantPopup);
    layoutButton_->setToolTip(tr("Viewports: 1×1, 1×2, 2×1 or 2×2"));
    auto* layoutMenu = new QMenu(layoutButton_);
    auto* layouts = new QActionGroup(this);
    for (const auto& [r, c] : {std::pair{1, 1}, {1, 2}, {2, 1}, {2, 2}}) {
        QAction* a = layoutMenu->addAction(QStringLiteral("%1×%2").arg(r).arg(c));
        a->setCheckable(true);
        layouts->addAction(a);
        layoutActions_.append({{r, c}, a});
        connect(a, &QAction::triggered, this, [this, r = r, c = c] {
            const int before = panel_->viewportCount();
            panel_->setGrid(r, c);
            for (int v = before; v < panel_->viewportCount(); ++v)
                panel_->viewport(v)->setTool(currentTool_);
            // New viewports get the next series.
            for (int v = before; v < panel_->viewportCount() && v < panel_->seriesCount(); ++v)
                panel_->showSeries(v, v);
        });
    }
    layouts->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    layoutButton_->setMenu(layoutMenu);
    bar->addWidget(layoutButton_);
    showLayout(1, 1);  // the panel starts with one viewport
    bar->addSeparator();
    // The left button's tool, for every viewport.
    auto* tools = new QActionGroup(this);
    const std::pair<QString, Tool> toolList[] = {
        {tr("Window"), Tool::Window}, {tr("Pan"), Tool::Pan}, {tr("Zoom"), Tool::Zoom}};
    for (const auto& [name, tool] : toolList) {
        QAction* a = bar->addAction(name);
        a->setCheckable(true);
        a->setChecked(tool == Tool::Window);
        tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, tool = tool] {
            currentTool_ = tool;
            for (int v = 0; v < panel_->viewportCount(); ++v) panel_->viewport(v)->setTool(tool);
        });
    }
    bar->addWidget(measureButton(bar, tools));
    bar->addSeparator();
    auto current = [this] { return panel_->currentViewport(); };
    auto* presets = new QToolButton(bar);
    presets->setText(tr("Presets"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(presets);
    const std::pair<QString, viewer::ImageView::Preset> list[] = {
        {tr("CT lung"), viewer::ImageView::Preset::CtLung},
        {tr("CT mediastinum"), viewer::ImageView::Preset::CtMediastinum},
        {tr("CT bone"), viewer::ImageView::Preset::CtBone},
        {tr("CT brain"), viewer::ImageView::Preset::CtBrain}};
    for (const auto& [name, preset] : list)
        menu->addAction(name, this, [current, preset = preset] {
            if (auto* v = current()) v->applyPreset(preset);
        });
    presets->setMenu(menu);
    bar->addWidget(presets);
    bar->addAction(tr("Invert"), this, [current] {
        if (auto* v = current()) v->setInverted(!v->inverted());
    });
    bar->addAction(tr("Fit"), this, [current] {
        if (auto* v = current()) v->fit();
    });
    bar->addAction(tr("1:1"), this, [current] {
        if (auto* v = current()) v->actualSize();
    });
    // Rotating on a click, flipping from its menu.
    auto* turn = new QToolButton(bar);
    turn->setObjectName(QStringLiteral("rotateButton"));
    turn->setPopupMode(QToolButton::MenuButtonPopup);
    auto* turnMenu = new QMenu(turn);
    QAction* rotate = turnMenu->addAction(tr("Rotate"), this, [current] {
        if (auto* v = current()) v->rotate90();
    });
    turnMenu->addAction(tr("Flip ↔"), this, [current] {
        if (auto* v = current()) v->flipHorizontal();
    });
    turnMenu->addAction(tr("Flip ↕"), this, [current] {
        if (auto* v = current()) v->flipVertical();
    });
    turn->setMenu(turnMenu);
    turn->setDefaultAction(rotate);
    turn->setToolTip(tr("Rotate by 90°; flip from the menu"));
    bar->addWidget(turn);
    bar->addAction(tr("Cine"), this, [current] {
        if (auto* v = current()) v->setCine(!v->cinePlaying());
    });
    bar->addSeparator();
    QAction* keyImage = bar->addAction(tr("Add to report"), this, [this] {
        if (editor_) editor_->addCurrentImage();
    });
    keyImage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    keyImage->setToolTip(
        tr("Add the image shown, with its measurements, to the consultation (Ctrl+K)"));
    bar->addAction(tr("MPR"), this, [this] {
        const int v = std::max(0, panel_->currentViewportIndex());
        panel_->showMpr(v);
    });
    QAction* volume = bar->addAction(tr("3D"), this, [this] { openVolume(); });
    volume->setToolTip(tr("The series as a volume, in a window of its own (CT, MR)"));
}

}  // namespace dicomnet::gui
