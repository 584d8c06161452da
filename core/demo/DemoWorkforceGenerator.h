#pragma once

#include "core/demo/DemoRandom.h"
#include "core/training/Person.h"

#include <functional>
#include <vector>

namespace palisade {

struct DemoContext;
struct DemoPerson;

// The workforce: the officers and managers, the staff on file when the
// program was set up (one HR import), a monthly HR import of new hires, and
// leave and terminations on their days.
class DemoWorkforceGenerator
{
public:
    explicit DemoWorkforceGenerator(DemoContext& context);

    // Called for each person once they are on file.
    void onHired(std::function<void(const DemoPerson&)> listener) { m_hired = std::move(listener); }
    void plan();

private:
    struct Planned
    {
        Person person;
        QDate terminatedOn;
    };

    void planPeople();
    Planned plannedPerson(const QString& name, const QString& department, const QDate& hiredOn);
    void importPeople(std::vector<std::size_t> indexes, const QString& fileName);
    void terminate(std::size_t recordIndex, qint64 personId, const QDate& on);

    DemoContext& m_context;
    DemoRandom m_random;
    std::vector<Planned> m_planned;
    std::function<void(const DemoPerson&)> m_hired;
    QString m_domain;
    int m_nextEmployee = 1001;
};

} // namespace palisade
