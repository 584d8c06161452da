#pragma once

#include "core/incidents/BreachStatus.h"
#include "core/incidents/Incident.h"
#include "core/incidents/IncidentDeadline.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <vector>

namespace palisade {
class Program;
}

namespace palisade::ui {

// The incident log, one row per incident: what happened, whether it is a
// breach, how many people it touched and the next notice it owes, counted
// down from the program's today. Sorted by the next deadline, overdue first.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        TitleColumn,
        KindColumn,
        DiscoveredColumn,
        BreachStatusColumn,
        AffectedColumn,
        NextDeadlineColumn,
        StatusColumn,
        ColumnCount
    };

    explicit IncidentTableModel(Program& program, QObject* parent = nullptr);

    // The breach status in a table cell's few words: "Presumed breach",
    // "Breach", "Not a breach", "Not reportable (secured)".
    static QString shortStatusLabel(BreachStatus status);

    // Reads the incidents and their deadlines again; false (see lastError())
    // when they could not be read.
    bool reload();
    QString lastError() const { return m_lastError; }
    QDate today() const { return m_today; }

    const Incident& incidentAt(int row) const { return m_incidents.at(size_t(row)); }
    const std::vector<Incident>& incidents() const { return m_incidents; }
    int rowForId(qint64 id) const;
    // The notices the incident owes and has not sent, most pressing first.
    std::vector<IncidentDeadline> pendingFor(qint64 incidentId) const;
    int overdueCount() const;
    int openCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Incident& incident, int column) const;
    QVariant sortData(const Incident& incident, int column) const;
    QVariant deadlineColour(const Incident& incident, bool background) const;
    QString deadlineToolTip(const Incident& incident) const;

    Program& m_program;
    std::vector<Incident> m_incidents;
    // Every notice owed per incident, by due date.
    QHash<qint64, std::vector<IncidentDeadline>> m_deadlines;
    QDate m_today;
    QString m_lastError;
};

} // namespace palisade::ui
