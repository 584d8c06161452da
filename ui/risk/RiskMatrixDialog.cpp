#include "ui/risk/RiskMatrixDialog.h"

#include "core/risk/RiskHeatMapRenderer.h"
#include "ui/widgets/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

namespace {

// Colours the closed combo like its heat-map cell; the popup list keeps the
// ordinary palette so every choice stays readable.
void paintCombo(QComboBox* combo)
{
    const auto level = static_cast<RiskLevel>(combo->currentData().toInt());
    const QColor fill = RiskHeatMapRenderer::levelColor(level);
    combo->setStyleSheet(
        QStringLiteral("QComboBox { background-color: %1; color: %2; border: 1px solid %3;"
                       " border-radius: 3px; padding: 3px 6px; font-weight: %4; }"
                       "QComboBox:focus { border: 2px solid palette(highlight); }"
                       "QComboBox QAbstractItemView { background-color: palette(base);"
                       " color: palette(text); font-weight: normal; }")
            .arg(fill.name(), RiskHeatMapRenderer::levelTextColor(level).name(),
                 fill.darker(140).name(),
                 level >= RiskLevel::High ? QStringLiteral("bold") : QStringLiteral("normal")));
}

} // namespace

RiskMatrixDialog::RiskMatrixDialog(const RiskMatrix& matrix, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Risk Matrix"));

    auto* intro = new QLabel(
        tr("Each cell sets the risk level for one likelihood (row) and one impact (column). "
           "By default this is Table I-2 of NIST SP 800-30 Rev. 1. Changing the table re-rates "
           "every risk in the register, inherent and residual."),
        this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout();
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(6);
    constexpr int firstRow = 2;
    constexpr int firstColumn = 2;
    const int count = static_cast<int>(riskLevelCount);

    auto* impactTitle = new QLabel(RiskHeatMapRenderer::impactAxisTitle(), this);
    impactTitle->setAlignment(Qt::AlignCenter);
    QFont bold = impactTitle->font();
    bold.setBold(true);
    impactTitle->setFont(bold);
    grid->addWidget(impactTitle, 0, firstColumn, 1, count);

    auto* likelihoodTitle = new QLabel(RiskHeatMapRenderer::likelihoodAxisTitle(), this);
    likelihoodTitle->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    likelihoodTitle->setFont(bold);
    grid->addWidget(likelihoodTitle, firstRow, 0, count, 1);

    for (const RiskLevel impact : allRiskLevels()) {
        auto* header = new QLabel(riskLevelLabel(impact), this);
        header->setAlignment(Qt::AlignCenter);
        grid->addWidget(header, 1, firstColumn + static_cast<int>(riskLevelIndex(impact)));
    }

    for (const RiskLevel likelihood : allRiskLevels()) {
        const int row = firstRow + count - 1 - static_cast<int>(riskLevelIndex(likelihood));
        auto* header = new QLabel(riskLevelLabel(likelihood), this);
        header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(header, row, 1);
        for (const RiskLevel impact : allRiskLevels()) {
            auto* combo = new QComboBox(this);
            for (const RiskLevel level : allRiskLevels())
                combo->addItem(riskLevelLabel(level), static_cast<int>(riskLevelIndex(level)));
            combo->setAccessibleName(tr("Risk level for %1 likelihood and %2 impact")
                                         .arg(riskLevelLabel(likelihood), riskLevelLabel(impact)));
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            m_combos[riskLevelIndex(likelihood)][riskLevelIndex(impact)] = combo;
            grid->addWidget(combo, row, firstColumn + static_cast<int>(riskLevelIndex(impact)));
        }
    }
    for (int column = firstColumn; column < firstColumn + count; ++column)
        grid->setColumnStretch(column, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("matrixStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    m_banner = new MessageBanner(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_restore = buttons->addButton(tr("Restore NIST Default"), QDialogButtonBox::ResetRole);
    m_restore->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &RiskMatrixDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RiskMatrixDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RiskMatrixDialog::restoreDefault);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_banner);
    layout->addWidget(buttons);

    setMatrix(matrix);
    for (const auto& row : m_combos) {
        for (QComboBox* combo : row) {
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, combo] { cellChanged(combo); });
        }
    }
}

QComboBox* RiskMatrixDialog::levelCombo(RiskLevel likelihood, RiskLevel impact) const
{
    return m_combos[riskLevelIndex(likelihood)][riskLevelIndex(impact)];
}

RiskMatrix RiskMatrixDialog::matrix() const
{
    RiskMatrix result;
    for (const RiskLevel likelihood : allRiskLevels()) {
        for (const RiskLevel impact : allRiskLevels()) {
            const int index = levelCombo(likelihood, impact)->currentData().toInt();
            result.setLevel(likelihood, impact, allRiskLevels()[static_cast<std::size_t>(index)]);
        }
    }
    return result;
}

void RiskMatrixDialog::setMatrix(const RiskMatrix& matrix)
{
    for (const RiskLevel likelihood : allRiskLevels()) {
        for (const RiskLevel impact : allRiskLevels()) {
            QComboBox* combo = levelCombo(likelihood, impact);
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(combo->findData(
                static_cast<int>(riskLevelIndex(matrix.level(likelihood, impact)))));
            paintCombo(combo);
        }
    }
    m_banner->clearMessage();
    updateStatus();
}

QString RiskMatrixDialog::statusText() const
{
    return m_status->text();
}

void RiskMatrixDialog::restoreDefault()
{
    setMatrix(RiskMatrix::defaultMatrix());
}

void RiskMatrixDialog::cellChanged(QComboBox* combo)
{
    paintCombo(combo);
    updateStatus();
    // Once the problem has been pointed out, keep the message current so the
    // user sees when the table is acceptable again.
    if (!m_banner->text().isEmpty()) {
        const Result<void> valid = matrix().validate();
        if (valid.ok())
            m_banner->clearMessage();
        else
            m_banner->showMessage(MessageBanner::Kind::Error, valid.error().message);
    }
}

void RiskMatrixDialog::updateStatus()
{
    const RiskMatrix current = matrix();
    const RiskMatrix nist = RiskMatrix::defaultMatrix();
    int differences = 0;
    for (const RiskLevel likelihood : allRiskLevels()) {
        for (const RiskLevel impact : allRiskLevels()) {
            if (current.level(likelihood, impact) != nist.level(likelihood, impact))
                ++differences;
        }
    }
    m_status->setText(differences == 0
                          ? tr("This is the NIST SP 800-30 Rev. 1 default.")
                          : tr("Customized: %n cell(s) differ from the NIST SP 800-30 Rev. 1 "
                               "default.",
                               nullptr, differences));
    m_restore->setEnabled(differences != 0);
}

void RiskMatrixDialog::accept()
{
    const Result<void> valid = matrix().validate();
    if (!valid.ok()) {
        m_banner->showMessage(MessageBanner::Kind::Error, valid.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace palisade::ui
