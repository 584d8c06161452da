#include "ui/policies/AcknowledgmentDialog.h"

#include "core/program/Program.h"
#include "core/training/AcknowledgmentRegister.h"
#include "core/util/Clock.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace palisade::ui {

AcknowledgmentDialog::AcknowledgmentDialog(Program& program, const QString& revisionName,
                                           const PolicyRevision& revision,
                                           std::vector<Person> people, QWidget* parent)
    : StepDialog(tr("&Record"), QStringLiteral("confirmAcknowledgmentButton"), parent)
    , m_program(program)
    , m_revision(revision)
    , m_people(std::move(people))
    , m_date(new QDateEdit(this))
{
    setObjectName(QStringLiteral("acknowledgmentDialog"));
    setWindowTitle(tr("Record Acknowledgment \u2014 %1").arg(revisionName));

    QStringList names;
    for (const Person& person : m_people)
        names << person.name;
    auto* intro = new QLabel(
        tr("Record that %n person(s) read and acknowledged %1:", nullptr, int(m_people.size()))
            .arg(revisionName),
        this);
    intro->setWordWrap(true);
    auto* list = new QLabel(names.join(QStringLiteral(", ")), this);
    list->setObjectName(QStringLiteral("acknowledgingPeople"));
    list->setWordWrap(true);
    list->setTextFormat(Qt::PlainText);

    const QDate today = program.clock().today();
    m_date->setObjectName(QStringLiteral("acknowledgedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (revision.approvedOn.isValid())
        m_date->setMinimumDate(revision.approvedOn);
    m_date->setMaximumDate(std::max(today, revision.approvedOn));
    m_date->setDate(today);

    auto* form = new QFormLayout;
    form->addRow(tr("&Acknowledged on:"), m_date);
    body()->addWidget(intro);
    body()->addWidget(list);
    body()->addSpacing(6);
    body()->addLayout(form);
    m_date->setFocus();
    resize(520, sizeHint().height());
}

QString AcknowledgmentDialog::apply()
{
    AcknowledgmentRegister& register_ = m_program.acknowledgments();
    // Someone recorded in the meantime (another window, an import) needs
    // nothing more: the goal is reached.
    const Result<std::vector<PolicyAcknowledgment>> existing =
        register_.acknowledgmentsFor(m_revision.id);
    if (!existing)
        return existing.error().message;
    const auto alreadyRead = [&](const Person& person) {
        return std::any_of(existing->begin(), existing->end(),
                           [&](const PolicyAcknowledgment& a) { return a.personId == person.id; });
    };
    // Stored one by one: those accepted stay recorded, the refusals are listed
    // and the dialog stays open for the rest.
    std::vector<Person> remaining;
    QStringList refusals;
    QStringList named;
    for (const Person& person : m_people) {
        if (alreadyRead(person))
            continue;
        PolicyAcknowledgment acknowledgment;
        acknowledgment.personId = person.id;
        acknowledgment.revisionId = m_revision.id;
        acknowledgment.acknowledgedOn = m_date->date();
        const Result<PolicyAcknowledgment> added = register_.addAcknowledgment(acknowledgment);
        if (!added) {
            refusals << added.error().message;
            named << tr("%1: %2").arg(person.name, added.error().message);
            remaining.push_back(person);
        }
    }
    m_people = std::move(remaining);
    if (refusals.isEmpty())
        return {};
    // One reason for everyone (a revision withdrawn meanwhile) is said once.
    refusals.removeDuplicates();
    if (refusals.size() == 1 && named.size() > 1)
        return refusals.front();
    return named.join(QLatin1Char('\n'));
}

} // namespace palisade::ui
