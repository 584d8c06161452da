#pragma once

#include "core/risk/RiskLevel.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <array>

namespace palisade {

// The lookup table that turns a likelihood and an impact into a risk level.
// Rows are likelihood, columns impact. It is a table, not a product, and not
// symmetric: NIST SP 800-30 Rev. 1 Table I-2 weighs impact and likelihood
// differently at the low end. Organizations may edit it, so it is a value the
// register stores rather than a constant.
class RiskMatrix
{
public:
    static constexpr int jsonFormat = 1;

    // The NIST SP 800-30 Rev. 1 Table I-2 matrix, the same as defaultMatrix().
    RiskMatrix();

    static RiskMatrix defaultMatrix();

    RiskLevel level(RiskLevel likelihood, RiskLevel impact) const;
    void setLevel(RiskLevel likelihood, RiskLevel impact, RiskLevel level);

    bool isDefault() const;

    // Refuses a matrix in which raising likelihood or impact would lower the
    // risk level; the message names the first offending cell.
    Result<void> validate() const;

    // {"format":1,"rows":{"<likelihood key>":["<level key for impact VL>", ... VH]}}
    QJsonObject toJson() const;
    // Checks the shape and the level keys only; call validate() for the rule.
    static Result<RiskMatrix> fromJson(const QJsonObject& json);

    friend bool operator==(const RiskMatrix&, const RiskMatrix&) = default;

private:
    using Row = std::array<RiskLevel, riskLevelCount>;
    std::array<Row, riskLevelCount> m_cells; // [likelihood][impact]
};

} // namespace palisade
