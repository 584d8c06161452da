#pragma once

#include "core/audit/AuditEvent.h"
#include "core/risk/Asset.h"
#include "core/util/Result.h"

#include <QObject>
#include <QStringList>
#include <vector>

namespace palisade {

class Program;

// The inventory of assets that hold ePHI, with their data flows. Every change
// is one transaction with its audit event.
class AssetRegister : public QObject
{
    Q_OBJECT

public:
    explicit AssetRegister(Program& program);

    Result<std::vector<Asset>> assets() const; // by name
    Result<Asset> asset(qint64 id) const;

    QStringList problems(const Asset& asset) const;

    Result<Asset> add(Asset asset);
    Result<Asset> update(Asset asset);
    // All or nothing, like RiskRegister::addAll ("Asset N: …").
    Result<std::vector<Asset>> addAll(std::vector<Asset> assets);
    // Refused while retention keeps the asset (a risk names it); once past
    // its retention period it is disposed of with a tombstone.
    Result<void> remove(qint64 id);

    Result<std::vector<AuditEvent>> history(qint64 id) const;

signals:
    void assetsChanged();

private:
    QStringList duplicateNameProblem(const Asset& asset) const;

    Program& m_program;
};

} // namespace palisade
