#include "DashboardWindow.h"

#include "DialogSupport.h"
#include "RiskHeatMap.h"
#include "domain/Clock.h"
#include "domain/Enums.h"
#include "domain/MasterData.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"
#include "storage/RiskRepository.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace assetreg {
namespace {

// Colours of the register's composition: a qualitative set that avoids the bands' green, amber
// and red, so that only risk charts speak of good and bad.
const QColor kBlue(0x1f, 0x77, 0xb4);
const QList<QColor> kQualitative{kBlue,
                                 QColor(0x94, 0x67, 0xbd),
                                 QColor(0x17, 0xbe, 0xcf),
                                 QColor(0x8c, 0x56, 0x4b),
                                 QColor(0x7f, 0x7f, 0x7f),
                                 QColor(0xbc, 0xbd, 0x22)};
// Classification levels from the most to the least sensitive: dark to light.
const QList<QColor> kLevels{QColor(0x08, 0x30, 0x6b), QColor(0x21, 0x71, 0xb5),
                            QColor(0x42, 0x92, 0xc6), QColor(0x6b, 0xae, 0xd6),
                            QColor(0xc6, 0xdb, 0xef), QColor(0xe7, 0xef, 0xf7)};
const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kAttention(0xef, 0x6c, 0x00);
const QColor kBad(0xb0, 0x00, 0x20);

QColor qualitative(qsizetype index) {
    return kQualitative.at(index % kQualitative.size());
}

QString categoryLabel(const CountRow& row) {
    return displayName(AssetCategory(row.key.toInt()));
}

QColor categoryColor(const CountRow& row) {
    return qualitative(std::max(0, row.key.toInt() - 1));
}

QString segmentLabel(const CountRow& row) {
    const auto segment = parseEnum<Segment>(row.key);
    return segment ? displayName(*segment) : row.key;
}

QColor segmentColor(const CountRow& row) {
    const auto segment = parseEnum<Segment>(row.key);
    if (segment == Segment::None)
        return QColor(0xbd, 0xbd, 0xbd);
    return qualitative(segment ? int(*segment) : 5);
}

QString reviewLabel(const CountRow& row) {
    const auto state = parseEnum<ReviewState>(row.key);
    return state ? displayName(*state) : row.key;
}

// The order of the vocabulary (My Number segment first, review states along the workflow)
// rather than the alphabetical order of the stored keys.
template <typename E> QList<CountRow> inEnumOrder(QList<CountRow> rows) {
    const QList<E> order = EnumTraits<E>::all();
    auto rank = [&order](const CountRow& row) {
        const auto value = parseEnum<E>(row.key);
        return value ? order.indexOf(*value) : order.size();
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&rank](const CountRow& a, const CountRow& b) { return rank(a) < rank(b); });
    return rows;
}

// Approved is the goal, returned and changed need someone's attention, the rest is on its way.
QColor reviewColor(const CountRow& row) {
    switch (parseEnum<ReviewState>(row.key).value_or(ReviewState::Draft)) {
    case ReviewState::Approved:
        return kGood;
    case ReviewState::SectionApproved:
        return QColor(0x81, 0xc7, 0x84);
    case ReviewState::Submitted:
        return QColor(0x64, 0xb5, 0xf6);
    case ReviewState::Returned:
        return kAttention;
    case ReviewState::ChangedSinceApproval:
        return QColor(0xff, 0xca, 0x28);
    case ReviewState::Draft:
        break;
    }
    return QColor(0xbd, 0xbd, 0xbd);
}

// A count axis from zero in whole, round steps (1, 2 or 5 times a power of ten), with room for
// the labels drawn beyond the longest bar.
QValueAxis* countAxis(qreal largest, const QFont& font) {
    const qreal padded = std::max<qreal>(largest * 1.12, 4);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(padded / 5)));
    qreal step = magnitude;
    for (qreal factor : {1.0, 2.0, 5.0, 10.0})
        if (padded / (factor * magnitude) <= 6) {
            step = factor * magnitude;
            break;
        }
    step = std::max<qreal>(1, step);
    auto* axis = new QValueAxis;
    axis->setRange(0, std::ceil(padded / step) * step);
    // QtCharts 6.4 draws no labels at all for "%d" when the chart localises numbers, so charts
    // here do not localise: the counts are small whole numbers either way.
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelsFont(font);
    return axis;
}

QColor inkOn(const QColor& background) {
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

// A bar chart tall enough for a line of Japanese text per category: QtCharts shortens a label
// that is taller than its share of the axis to "...", and kanji are taller than Latin letters.
int barChartHeight(qsizetype rows, const QFont& font) {
    const QFontMetricsF metrics(font);
    const qreal line =
        metrics.boundingRect(QStringLiteral("固定資産評価審査委員会事務局 Ag")).height();
    const int rowHeight = std::max(24, int(std::ceil(line)) + 12);
    constexpr int chrome = 130; // title, value axis, legend, margins
    return std::max(300, chrome + rowHeight * int(rows));
}

QBarCategoryAxis* categoryAxis(const QStringList& categories, const QFont& font) {
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(font);
    axis->setGridLineVisible(false);
    return axis;
}

// Bars show what they stand for while the mouse is over them.
void showBarToolTips(QAbstractBarSeries* series, const QStringList& categories) {
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [categories](bool status, int index, QBarSet* set) {
                         if (!status || index < 0 || index >= categories.size()) {
                             QToolTip::hideText();
                             return;
                         }
                         QToolTip::showText(QCursor::pos(),
                                            QStringLiteral("%1\n%2: %L3")
                                                .arg(categories.at(index), set->label())
                                                .arg(set->at(index)));
                     });
}

} // namespace

DashboardWindow::DashboardWindow(Database& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db) {
    setObjectName(QStringLiteral("dashboardWindow"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_refreshAction);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(16);
    header->addWidget(m_asOf, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(m_refreshButton);

    m_error = errorLabel(QStringLiteral("errorLabel"), this);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    m_inUseTile = makeTile(QStringLiteral("assetsInUseTile"));
    m_assessedTile = makeTile(QStringLiteral("assessedAssetsTile"));
    m_highRiskTile = makeTile(QStringLiteral("highRisksTile"));
    m_overdueTreatmentTile = makeTile(QStringLiteral("overdueTreatmentsTile"));
    m_overdueReviewTile = makeTile(QStringLiteral("overdueReviewsTile"));
    for (const Tile* tile : {&m_inUseTile, &m_assessedTile, &m_highRiskTile,
                             &m_overdueTreatmentTile, &m_overdueReviewTile})
        tiles->addWidget(tile->frame, 1);

    // The heat map is a widget of its own (it is clicked), framed like the charts around it.
    QFrame* heatPanel = makeFrame(QStringLiteral("heatMapPanel"), &m_heatMapTitle);
    m_heatMap = new RiskHeatMap(heatPanel);
    m_heatMapHint = new QLabel(heatPanel);
    m_heatMapHint->setObjectName(QStringLiteral("heatMapHintLabel"));
    m_heatMapHint->setWordWrap(true);
    m_heatMapHint->setAlignment(Qt::AlignCenter);
    QPalette hintPalette = m_heatMapHint->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_heatMapHint->setPalette(hintPalette);
    m_heatMapTitle->setBuddy(m_heatMap);
    auto* heatLayout = static_cast<QVBoxLayout*>(heatPanel->layout());
    heatLayout->addWidget(m_heatMap, 1);
    heatLayout->addWidget(m_heatMapHint);
    heatPanel->setMinimumHeight(380);
    connect(m_heatMap, &RiskHeatMap::cellActivated, this, &DashboardWindow::cellActivated);

    m_riskByDepartment = makePanel(QStringLiteral("riskByDepartment"), 380);
    m_history = makePanel(QStringLiteral("history"), 320);
    m_review = makePanel(QStringLiteral("review"), 320, true);
    m_category = makePanel(QStringLiteral("category"), 300, true);
    m_segment = makePanel(QStringLiteral("segment"), 300, true);
    m_classification = makePanel(QStringLiteral("classification"), 300);
    m_department = makePanel(QStringLiteral("department"), 300);

    // Most urgent first: where the risk is, then how the register changes, then what it holds.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    grid->addWidget(heatPanel, 0, 0);
    grid->addWidget(m_riskByDepartment.frame, 0, 1, 1, 2);
    grid->addWidget(m_history.frame, 1, 0, 1, 2);
    grid->addWidget(m_review.frame, 1, 2);
    grid->addWidget(m_category.frame, 2, 0);
    grid->addWidget(m_segment.frame, 2, 1);
    grid->addWidget(m_classification.frame, 2, 2);
    grid->addWidget(m_department.frame, 3, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addLayout(tiles);
    layout->addWidget(scroll, 1);

    connect(m_refreshAction, &QAction::triggered, this, &DashboardWindow::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardWindow::refresh);

    QSize size(1280, 760);
    if (QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
    refresh();
}

DashboardWindow::Tile DashboardWindow::makeTile(const QString& objectName) {
    Tile tile;
    tile.frame = new QFrame(this);
    tile.frame->setObjectName(objectName);
    tile.value = new QLabel(tile.frame);
    tile.value->setObjectName(QStringLiteral("valueLabel"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    tile.value->setFont(big);
    tile.caption = new QLabel(tile.frame);
    tile.caption->setObjectName(QStringLiteral("captionLabel"));
    QFont bold = font();
    bold.setBold(true);
    tile.caption->setFont(bold);
    tile.detail = new QLabel(tile.frame);
    tile.detail->setObjectName(QStringLiteral("detailLabel"));
    QPalette detailPalette = tile.detail->palette();
    detailPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    tile.detail->setPalette(detailPalette);
    auto* layout = new QVBoxLayout(tile.frame);
    layout->setContentsMargins(14, 6, 10, 8);
    layout->setSpacing(0);
    layout->addWidget(tile.caption);
    layout->addWidget(tile.value);
    layout->addWidget(tile.detail);
    return tile;
}

void DashboardWindow::setTile(Tile& tile, qint64 value, const QString& detail,
                              const QColor& accent) {
    tile.value->setText(QLocale().toString(value));
    tile.detail->setText(detail);
    QPalette valuePalette = tile.value->palette();
    valuePalette.setColor(QPalette::WindowText, accent);
    tile.value->setPalette(valuePalette);
    // The accent bar says good or bad before anyone reads the number.
    tile.frame->setStyleSheet(QStringLiteral("#%1 { background: palette(base); border: 1px solid "
                                             "palette(midlight); border-left: 6px solid %2; "
                                             "border-radius: 4px; }")
                                  .arg(tile.frame->objectName(), accent.name()));
    tile.frame->setAccessibleName(tile.caption->text() + QStringLiteral(": ") + tile.value->text());
    tile.frame->setAccessibleDescription(detail);
}

QFrame* DashboardWindow::makeFrame(const QString& objectName, QLabel** title) {
    auto* frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setStyleSheet(
        QStringLiteral("#%1 { background: palette(base); border-radius: 4px; }").arg(objectName));
    *title = new QLabel(frame);
    (*title)->setObjectName(objectName + QStringLiteral("TitleLabel"));
    (*title)->setFont(titleFont());
    (*title)->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 10, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(*title);
    return frame;
}

DashboardWindow::Panel DashboardWindow::makePanel(const QString& name, int minimumHeight,
                                                  bool withLegend) {
    Panel panel;
    panel.frame = makeFrame(name + QStringLiteral("Panel"), &panel.title);
    panel.frame->setMinimumHeight(minimumHeight);
    panel.view = new QChartView(panel.frame);
    panel.view->setObjectName(name + QStringLiteral("ChartView"));
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.view->setFrameShape(QFrame::NoFrame);
    panel.view->setBackgroundBrush(palette().brush(QPalette::Base));
    panel.view->setMinimumWidth(withLegend ? 180 : 280);
    auto* layout = static_cast<QVBoxLayout*>(panel.frame->layout());
    if (!withLegend) {
        layout->addWidget(panel.view, 1);
        return panel;
    }
    panel.legend = new QLabel(panel.frame);
    panel.legend->setObjectName(name + QStringLiteral("LegendLabel"));
    panel.legend->setWordWrap(true);
    panel.legend->setTextFormat(Qt::RichText);
    panel.legend->setFont(labelFont());
    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(panel.view, 3);
    row->addWidget(panel.legend, 2, Qt::AlignVCenter);
    layout->addLayout(row, 1);
    return panel;
}

QFont DashboardWindow::labelFont() const {
    // Japanese fonts first for kanji and kana, so that charts never fall back to Chinese glyphs.
    QFont f = font();
    f.setFamilies({f.family(), QStringLiteral("Noto Sans CJK JP"), QStringLiteral("IPAexGothic"),
                   QStringLiteral("IPAGothic")});
    return f;
}

QFont DashboardWindow::titleFont() const {
    QFont f = labelFont();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    return f;
}

QChart* DashboardWindow::newChart() const {
    auto* chart = new QChart;
    // The panel draws the background and the title, the same for charts and the heat map.
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->legend()->setFont(labelFont());
    return chart;
}

void DashboardWindow::setChart(Panel& panel, const QString& title, QChart* chart) {
    panel.title->setText(title);
    panel.view->setAccessibleName(title);
    // The view releases, not deletes, the chart it showed before.
    QChart* old = panel.view->chart();
    panel.view->setChart(chart);
    delete old;
}

void DashboardWindow::retranslateUi() {
    setWindowTitle(tr("Dashboard"));
    m_title->setText(m_organisation.isEmpty()
                         ? tr("Dashboard")
                         : tr("%1 Dashboard", "organisation name").arg(m_organisation));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Count everything again from the register (F5)"));
    m_inUseTile.caption->setText(tr("Assets in use"));
    m_assessedTile.caption->setText(tr("Assessed assets"));
    m_highRiskTile.caption->setText(tr("High risks"));
    m_overdueTreatmentTile.caption->setText(tr("Overdue treatments"));
    m_overdueReviewTile.caption->setText(tr("Overdue reviews"));
    m_heatMapTitle->setText(tr("Risk heat map"));
    m_heatMapHint->setText(
        tr("Click a cell, or choose it with the arrow keys and Enter, to show its assets in the "
           "register."));
    populate();
}

void DashboardWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardWindow::refresh() {
    RegisterStatistics reg;
    RiskStatistics risk;
    QList<RiskAssessment> risks;
    bool ok = false;
    {
        BusyCursor busy;
        m_today = Clock::today();
        // An error left over from earlier work must not be mistaken for one of these counts.
        m_db.clearError();
        ok = RegisterStatistics::compute(m_db, &reg, m_today, true) &&
             RiskStatistics::compute(m_db, &risk, m_today);
        if (ok) {
            risks = RiskRepository(m_db).list();
            ok = !m_db.lastError().isError();
        }
        MasterDataRepository master(m_db);
        m_organisation = master.setting(QStringLiteral("organisation_name"));
        m_departmentNames.clear();
        for (const Department& d : master.load().departments)
            m_departmentNames.insert(d.code, {d.nameJa, d.nameEn});
    }
    m_computed = ok;
    if (!ok) {
        showError(m_error, m_db.lastError());
        m_register = {};
        m_risk = {};
        m_risks.clear();
    } else {
        m_error->hide();
        m_register = reg;
        m_risk = risk;
        m_risks = risks;
    }
    retranslateUi();
}

void DashboardWindow::updateTiles() {
    const QLocale locale;
    m_asOf->setText(m_computed ? tr("As of %1").arg(locale.toString(m_today, QLocale::LongFormat))
                               : QString());
    int departments = 0;
    for (const CountRow& row : std::as_const(m_register.byDepartment))
        departments += row.count > 0;
    setTile(m_inUseTile, m_register.inUse, tr("in %n department(s)", nullptr, departments), kBlue);
    const int share =
        m_register.inUse > 0
            ? int(std::lround(100.0 * double(m_risk.assessedAssets) / double(m_register.inUse)))
            : 0;
    setTile(m_assessedTile, m_risk.assessedAssets, tr("%1% of assets in use").arg(share),
            share >= 100 ? kGood : kBlue);
    const qint64 high = m_risk.risksToTreat();
    const RiskBand* highBand = nullptr;
    for (const RiskBand& band : std::as_const(m_risk.bands))
        if (band.mustTreat)
            highBand = &band;
    setTile(m_highRiskTile, high, tr("of %n risk(s) assessed", nullptr, int(m_risk.risks)),
            high == 0 ? kGood : (highBand ? QColor(highBand->color) : kBad));
    setTile(m_overdueTreatmentTile, m_risk.overdueTreatments,
            tr("of %n open treatment(s)", nullptr, int(m_risk.openTreatments)),
            m_risk.overdueTreatments == 0 ? kGood : kBad);
    setTile(m_overdueReviewTile, m_register.reviewOverdue,
            tr("not reviewed within %n month(s)", nullptr, m_register.reviewPeriodMonths),
            m_register.reviewOverdue == 0 ? kGood : kAttention);
}

void DashboardWindow::populate() {
    updateTiles();
    m_heatMap->setData(m_risk, m_risks);
    setChart(m_riskByDepartment, tr("Risks by department"), riskByDepartmentChart());
    setChart(m_history, tr("Assets in use per month"), historyChart());
    setChart(m_review, tr("Review status"), newChart());
    fillPie(m_review, inEnumOrder<ReviewState>(m_register.byReviewState), reviewLabel, reviewColor);
    setChart(m_category, tr("Assets by category"), newChart());
    fillPie(m_category, m_register.byCategory, categoryLabel, categoryColor);
    setChart(m_segment, tr("Assets by network segment"), newChart());
    fillPie(m_segment, inEnumOrder<Segment>(m_register.bySegment), segmentLabel, segmentColor);
    setChart(m_classification, tr("Classification (C/I/A)"), classificationChart());
    setChart(m_department, tr("Assets in use by department"), departmentChart());
    m_department.frame->setMinimumHeight(
        barChartHeight(m_register.byDepartment.size(), labelFont()));
    m_riskByDepartment.frame->setMinimumHeight(
        std::max(380, barChartHeight(m_risk.byDepartment.size(), labelFont())));
}

void DashboardWindow::fillPie(Panel& panel, const QList<CountRow>& rows,
                              QString (*label)(const CountRow&), QColor (*color)(const CountRow&)) {
    QChart* chart = panel.view->chart();
    chart->legend()->hide();
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.95);
    qint64 total = 0;
    for (const CountRow& row : rows)
        total += row.count;
    const QLocale locale;
    QHash<QPieSlice*, QString> tips;
    QString legend = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const CountRow& row : rows) {
        if (row.count == 0)
            continue;
        const int percent =
            total > 0 ? int(std::lround(100.0 * double(row.count) / double(total))) : 0;
        const QColor c = color(row);
        QPieSlice* slice = series->append(QStringLiteral("%1%").arg(percent), qreal(row.count));
        slice->setColor(c);
        slice->setBorderColor(QColor(Qt::white));
        // Percentages inside the ring where they fit; names and counts are in the legend.
        slice->setLabelVisible(percent >= 7);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelFont(labelFont());
        slice->setLabelColor(inkOn(c));
        tips.insert(slice, QStringLiteral("%1: %2 (%3%)")
                               .arg(label(row), locale.toString(row.count))
                               .arg(percent));
        legend += QStringLiteral("<tr><td valign=\"top\"><span style=\"color: %1;\">■</span></td>"
                                 "<td>%2</td><td align=\"right\" valign=\"top\">&nbsp;<b>%3</b>"
                                 "</td></tr>")
                      .arg(c.name(), label(row).toHtmlEscaped(), locale.toString(row.count));
    }
    legend += QStringLiteral("</table>");
    chart->addSeries(series);
    connect(series, &QPieSeries::hovered, chart, [tips](QPieSlice* slice, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tips.value(slice));
        else
            QToolTip::hideText();
    });
    panel.legend->setText(total > 0 ? legend : tr("No assets in use."));
    panel.legend->setAccessibleName(panel.title->text());
}

QChart* DashboardWindow::departmentChart() const {
    QChart* chart = newChart();
    auto* set = new QBarSet(tr("Assets in use"));
    set->setColor(kBlue);
    set->setBorderColor(kBlue);
    QStringList categories;
    qreal largest = 0;
    // Horizontal bars grow upwards: the first department goes last so that it is on top.
    for (qsizetype i = m_register.byDepartment.size() - 1; i >= 0; --i) {
        const CountRow& row = m_register.byDepartment.at(i);
        // Statistics carry the Japanese name; the UI language picks the name here, as the risk
        // statistics do for theirs.
        const auto name = m_departmentNames.find(row.key);
        categories.append(name != m_departmentNames.end() ? localText(name->first, name->second)
                          : row.label.isEmpty()           ? row.key
                                                          : row.label);
        set->append(qreal(row.count));
        largest = std::max(largest, qreal(row.count));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    // The default label colour is white: invisible beside the bar.
    set->setLabelColor(palette().color(QPalette::WindowText));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    QBarCategoryAxis* axisY = categoryAxis(categories, labelFont());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis* axisX = countAxis(largest, labelFont());
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    showBarToolTips(series, categories);
    return chart;
}

QChart* DashboardWindow::classificationChart() const {
    QChart* chart = newChart();
    // One bar per axis, one segment per level code; the same code has the same colour on every
    // axis, the most sensitive level darkest and leftmost.
    const QList<const QList<CountRow>*> axes{&m_register.byAvailability, &m_register.byIntegrity,
                                             &m_register.byConfidentiality};
    const QStringList categories{tr("Availability"), tr("Integrity"), tr("Confidentiality")};
    QStringList codes;
    for (const QList<CountRow>* rows : {axes[2], axes[1], axes[0]})
        for (const CountRow& row : *rows)
            if (!codes.contains(row.key))
                codes.append(row.key);
    auto* series = new QHorizontalStackedBarSeries;
    for (qsizetype c = 0; c < codes.size(); ++c) {
        auto* set = new QBarSet(tr("Level %1").arg(codes.at(c)));
        const QColor color = kLevels.at(std::min(c, kLevels.size() - 1));
        set->setColor(color);
        set->setBorderColor(QColor(Qt::white));
        set->setLabelColor(inkOn(color));
        for (const QList<CountRow>* rows : axes) {
            qint64 n = 0;
            for (const CountRow& row : *rows)
                if (row.key == codes.at(c))
                    n += row.count;
            set->append(qreal(n));
        }
        series->append(set);
    }
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(series);
    QBarCategoryAxis* axisY = categoryAxis(categories, labelFont());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis* axisX = countAxis(qreal(m_register.inUse), labelFont());
    axisX->setRange(0, std::max<qreal>(1, qreal(m_register.inUse)));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    showBarToolTips(series, categories);
    return chart;
}

QChart* DashboardWindow::riskByDepartmentChart() const {
    QChart* chart = newChart();
    QStringList categories;
    for (qsizetype i = m_risk.byDepartment.size() - 1; i >= 0; --i) {
        const DepartmentRisk& d = m_risk.byDepartment.at(i);
        categories.append(d.name);
    }
    auto* series = new QHorizontalStackedBarSeries;
    for (qsizetype b = 0; b < m_risk.bands.size(); ++b) {
        const RiskBand& band = m_risk.bands.at(b);
        auto* set = new QBarSet(localText(band.labelJa, band.labelEn));
        set->setColor(QColor(band.color));
        set->setBorderColor(QColor(Qt::white));
        set->setLabelColor(inkOn(QColor(band.color)));
        for (qsizetype i = m_risk.byDepartment.size() - 1; i >= 0; --i) {
            const QList<int>& perBand = m_risk.byDepartment.at(i).perBand;
            set->append(b < perBand.size() ? qreal(perBand.at(b)) : 0);
        }
        series->append(set);
    }
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(series);
    int largest = 0;
    for (const DepartmentRisk& d : m_risk.byDepartment)
        largest = std::max(largest, d.total);
    QBarCategoryAxis* axisY = categoryAxis(categories, labelFont());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis* axisX = countAxis(largest, labelFont());
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    showBarToolTips(series, categories);
    return chart;
}

QChart* DashboardWindow::historyChart() const {
    QChart* chart = newChart();
    auto* added = new QBarSet(tr("Registered"));
    added->setColor(QColor(0x66, 0xbb, 0x6a));
    added->setBorderColor(QColor(0x66, 0xbb, 0x6a));
    auto* removed = new QBarSet(tr("Retired or disposed"));
    removed->setColor(QColor(0x9e, 0x9e, 0x9e));
    removed->setBorderColor(QColor(0x9e, 0x9e, 0x9e));
    auto* inUse = new QLineSeries;
    inUse->setName(tr("In use (left axis)"));
    inUse->setPen(QPen(kBlue, 3));
    inUse->setPointsVisible(true);
    QStringList months;
    qreal largestBar = 0;
    qreal largestInUse = 0;
    const QString format = tr("yyyy/MM", "QDate format of the months on the history chart");
    for (qsizetype i = 0; i < m_risk.history.size(); ++i) {
        const MonthCount& m = m_risk.history.at(i);
        months.append(QLocale().toString(m.month, format));
        added->append(qreal(m.added));
        removed->append(qreal(m.removed));
        inUse->append(qreal(i), qreal(m.inUse));
        largestBar = std::max({largestBar, qreal(m.added), qreal(m.removed)});
        largestInUse = std::max(largestInUse, qreal(m.inUse));
    }
    auto* bars = new QBarSeries;
    bars->append(added);
    bars->append(removed);
    chart->addSeries(bars);
    chart->addSeries(inUse);
    QBarCategoryAxis* axisX = categoryAxis(months, labelFont());
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    inUse->attachAxis(axisX);
    QValueAxis* left = countAxis(largestInUse, labelFont());
    left->setTitleText(tr("In use"));
    left->setTitleFont(labelFont());
    left->setLabelsColor(kBlue);
    chart->addAxis(left, Qt::AlignLeft);
    inUse->attachAxis(left);
    QValueAxis* right = countAxis(largestBar, labelFont());
    right->setTitleText(tr("Changes"));
    right->setTitleFont(labelFont());
    right->setGridLineVisible(false);
    chart->addAxis(right, Qt::AlignRight);
    bars->attachAxis(right);
    chart->legend()->setAlignment(Qt::AlignBottom);
    showBarToolTips(bars, months);
    return chart;
}

} // namespace assetreg
