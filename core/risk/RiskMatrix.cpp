#include "core/risk/RiskMatrix.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace palisade {

namespace {

Error invalid(const QString& message)
{
    return Error{ErrorKind::Invalid, message, {}};
}

} // namespace

RiskMatrix::RiskMatrix()
{
    using enum RiskLevel;
    // NIST SP 800-30 Rev. 1, Table I-2. Each row is one likelihood; the cells
    // run over impact from Very Low to Very High.
    m_cells[riskLevelIndex(VeryHigh)] = {VeryLow, Low, Moderate, High, VeryHigh};
    m_cells[riskLevelIndex(High)] = {VeryLow, Low, Moderate, High, VeryHigh};
    m_cells[riskLevelIndex(Moderate)] = {VeryLow, Low, Moderate, Moderate, High};
    m_cells[riskLevelIndex(Low)] = {VeryLow, Low, Low, Low, Moderate};
    m_cells[riskLevelIndex(VeryLow)] = {VeryLow, VeryLow, VeryLow, Low, Low};
}

RiskMatrix RiskMatrix::defaultMatrix()
{
    return RiskMatrix();
}

RiskLevel RiskMatrix::level(RiskLevel likelihood, RiskLevel impact) const
{
    return m_cells[riskLevelIndex(likelihood)][riskLevelIndex(impact)];
}

void RiskMatrix::setLevel(RiskLevel likelihood, RiskLevel impact, RiskLevel level)
{
    m_cells[riskLevelIndex(likelihood)][riskLevelIndex(impact)] = level;
}

bool RiskMatrix::isDefault() const
{
    return *this == defaultMatrix();
}

Result<void> RiskMatrix::validate() const
{
    const auto levels = allRiskLevels();
    // Comparing each cell with its lower neighbour in both directions is enough:
    // monotonic steps make the whole row and column monotonic.
    for (std::size_t l = 0; l < riskLevelCount; ++l) {
        for (std::size_t i = 0; i < riskLevelCount; ++i) {
            const RiskLevel likelihood = levels[l];
            const RiskLevel impact = levels[i];
            const RiskLevel here = level(likelihood, impact);
            if (l > 0) {
                const RiskLevel below = level(levels[l - 1], impact);
                if (here < below) {
                    return invalid(
                        QCoreApplication::translate(
                            "palisade::RiskMatrix",
                            "The risk level for likelihood %1 and impact %2 (%3) is lower than "
                            "for likelihood %4 and the same impact (%5). Raising the likelihood "
                            "must never lower the risk level.")
                            .arg(riskLevelLabel(likelihood), riskLevelLabel(impact),
                                 riskLevelLabel(here), riskLevelLabel(levels[l - 1]),
                                 riskLevelLabel(below)));
                }
            }
            if (i > 0) {
                const RiskLevel left = level(likelihood, levels[i - 1]);
                if (here < left) {
                    return invalid(
                        QCoreApplication::translate(
                            "palisade::RiskMatrix",
                            "The risk level for likelihood %1 and impact %2 (%3) is lower than "
                            "for the same likelihood and impact %4 (%5). Raising the impact "
                            "must never lower the risk level.")
                            .arg(riskLevelLabel(likelihood), riskLevelLabel(impact),
                                 riskLevelLabel(here), riskLevelLabel(levels[i - 1]),
                                 riskLevelLabel(left)));
                }
            }
        }
    }
    return {};
}

QJsonObject RiskMatrix::toJson() const
{
    QJsonObject rows;
    for (const RiskLevel likelihood : allRiskLevels()) {
        QJsonArray cells;
        for (const RiskLevel impact : allRiskLevels())
            cells.append(riskLevelKey(level(likelihood, impact)));
        rows.insert(riskLevelKey(likelihood), cells);
    }
    QJsonObject json;
    json.insert(QStringLiteral("format"), jsonFormat);
    json.insert(QStringLiteral("rows"), rows);
    return json;
}

Result<RiskMatrix> RiskMatrix::fromJson(const QJsonObject& json)
{
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (!format.isDouble() || format.toDouble() != jsonFormat) {
        return invalid(QCoreApplication::translate(
                           "palisade::RiskMatrix",
                           "The risk matrix has an unsupported format (expected format %1).")
                           .arg(jsonFormat));
    }
    const QJsonValue rowsValue = json.value(QStringLiteral("rows"));
    if (!rowsValue.isObject()) {
        return invalid(
            QCoreApplication::translate("palisade::RiskMatrix", "The risk matrix has no rows."));
    }
    const QJsonObject rows = rowsValue.toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        if (!riskLevelFromKey(it.key())) {
            return invalid(QCoreApplication::translate(
                               "palisade::RiskMatrix",
                               "The risk matrix has a row for an unknown likelihood \"%1\".")
                               .arg(it.key()));
        }
    }

    RiskMatrix matrix;
    for (const RiskLevel likelihood : allRiskLevels()) {
        const QString rowKey = riskLevelKey(likelihood);
        const QJsonValue rowValue = rows.value(rowKey);
        if (rowValue.isUndefined()) {
            return invalid(
                QCoreApplication::translate("palisade::RiskMatrix",
                                            "The risk matrix has no row for likelihood \"%1\".")
                    .arg(rowKey));
        }
        if (!rowValue.isArray()) {
            return invalid(QCoreApplication::translate(
                               "palisade::RiskMatrix",
                               "The risk matrix row for likelihood \"%1\" is not a list of cells.")
                               .arg(rowKey));
        }
        const QJsonArray cells = rowValue.toArray();
        if (cells.size() != static_cast<qsizetype>(riskLevelCount)) {
            return invalid(QCoreApplication::translate(
                               "palisade::RiskMatrix",
                               "The risk matrix row for likelihood \"%1\" must have %2 cells, "
                               "one per impact level; it has %3.")
                               .arg(rowKey)
                               .arg(riskLevelCount)
                               .arg(cells.size()));
        }
        for (const RiskLevel impact : allRiskLevels()) {
            const QJsonValue cell = cells.at(static_cast<qsizetype>(riskLevelIndex(impact)));
            if (!cell.isString()) {
                return invalid(QCoreApplication::translate(
                                   "palisade::RiskMatrix",
                                   "The risk matrix cell for likelihood \"%1\" and impact \"%2\" "
                                   "is not a risk level key such as \"moderate\".")
                                   .arg(rowKey, riskLevelKey(impact)));
            }
            const std::optional<RiskLevel> level = riskLevelFromKey(cell.toString());
            if (!level) {
                return invalid(QCoreApplication::translate(
                                   "palisade::RiskMatrix",
                                   "The risk matrix cell for likelihood \"%1\" and impact \"%2\" "
                                   "holds an unknown risk level \"%3\".")
                                   .arg(rowKey, riskLevelKey(impact), cell.toString()));
            }
            matrix.setLevel(likelihood, impact, *level);
        }
    }
    return matrix;
}

} // namespace palisade
