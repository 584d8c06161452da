#include "ui/shell/DashboardPage.h"

#include "core/audit/ChainVerification.h"
#include "core/program/Program.h"
#include "core/util/Clock.h"
#include "ui/shell/BaaDueSummaryBox.h"
#include "ui/shell/IncidentDeadlineSummaryBox.h"
#include "ui/shell/PageHeader.h"
#include "ui/shell/PolicyReviewSummaryBox.h"
#include "ui/shell/ShellArea.h"
#include "ui/shell/TrainingDueSummaryBox.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <exception>

namespace palisade::ui {
namespace {

QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

} // namespace

DashboardPage::DashboardPage(Program& program, QWidget* parent)
    : QWidget(parent)
    , m_program(program)
    , m_header(new PageHeader(tr("Dashboard"), {}, this))
    , m_organization(valueLabel(this, QStringLiteral("organizationValue")))
    , m_officer(valueLabel(this, QStringLiteral("officerValue")))
    , m_file(valueLabel(this, QStringLiteral("fileValue")))
    , m_created(valueLabel(this, QStringLiteral("createdValue")))
    , m_events(valueLabel(this, QStringLiteral("eventCountValue")))
    , m_verification(valueLabel(this, QStringLiteral("verificationValue")))
    , m_baas(new BaaDueSummaryBox(program, this))
    , m_policyReviews(new PolicyReviewSummaryBox(program, this))
    , m_training(new TrainingDueSummaryBox(program, this))
    , m_incidents(new IncidentDeadlineSummaryBox(program, this))
{
    const ProgramProfile& profile = program.profile();
    m_header->setSubtitle(
        tr("The compliance program of %1, kept in one encrypted file.").arg(profile.organization));

    m_organization->setText(profile.organization);
    m_officer->setText(
        tr("%1, %2").arg(profile.officerName, officerRoleLabel(profile.officerRole)));
    m_file->setText(QDir::toNativeSeparators(program.path()));
    m_file->setToolTip(m_file->text());
    // A path has no spaces to wrap at; wrapping anywhere keeps a long one on screen.
    m_file->setWordWrap(true);
    m_created->setText(
        profile.createdAt.isValid()
            ? QLocale().toString(profile.createdAt.toLocalTime().date(), QLocale::LongFormat)
            : tr("Unknown"));
    m_verification->setText(tr("Not run since the file was unlocked."));

    auto* programBox = new QGroupBox(tr("Program file"), this);
    auto* form = new QFormLayout(programBox);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("Officer:"), m_officer);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Created:"), m_created);

    auto* auditBox = new QGroupBox(tr("Audit trail"), this);
    auto* auditForm = new QFormLayout(auditBox);
    auditForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auditForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auditForm->setHorizontalSpacing(24);
    auditForm->setVerticalSpacing(8);
    auditForm->addRow(tr("Recorded events:"), m_events);
    auditForm->addRow(tr("Last verification:"), m_verification);
    auto* verify = new QPushButton(tr("Verify Now"), auditBox);
    verify->setObjectName(QStringLiteral("dashboardVerify"));
    auto* open = new QPushButton(tr("Open Audit Trail"), auditBox);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(verify);
    buttons->addWidget(open);
    buttons->addStretch(1);
    auditForm->addRow(buttons);
    connect(verify, &QPushButton::clicked, this, &DashboardPage::verifyRequested);
    connect(open, &QPushButton::clicked, this, &DashboardPage::auditTrailRequested);

    QStringList planned;
    for (const ShellArea& area : ShellArea::all()) {
        if (!area.built)
            planned << QStringLiteral("\u2022 ") + area.title;
    }
    auto* plannedBox = new QGroupBox(tr("Areas to come"), this);
    auto* plannedIntro = new QLabel(tr("These areas are planned and not built yet. Nothing is "
                                       "recorded in them; each page says what it will hold."),
                                    plannedBox);
    plannedIntro->setWordWrap(true);
    auto* plannedList = new QLabel(planned.join(QLatin1Char('\n')), plannedBox);
    plannedList->setObjectName(QStringLiteral("plannedAreas"));
    plannedList->setTextFormat(Qt::PlainText);
    auto* plannedLayout = new QVBoxLayout(plannedBox);
    plannedLayout->setSpacing(8);
    plannedLayout->addWidget(plannedIntro);
    plannedLayout->addWidget(plannedList);
    plannedBox->setVisible(!planned.isEmpty());

    auto* content = new QWidget(this);
    content->setMaximumWidth(820);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 16, 16, 16);
    contentLayout->setSpacing(16);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(programBox);
    contentLayout->addWidget(m_incidents);
    contentLayout->addWidget(m_baas);
    contentLayout->addWidget(m_policyReviews);
    contentLayout->addWidget(m_training);
    contentLayout->addWidget(auditBox);
    contentLayout->addWidget(plannedBox);
    contentLayout->addStretch(1);

    auto* holder = new QWidget(this);
    auto* holderLayout = new QHBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(content, 1);
    holderLayout->addStretch(0);

    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(holder);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_baas, &BaaDueSummaryBox::openRequested, this, &DashboardPage::vendorsRequested);
    connect(m_policyReviews, &PolicyReviewSummaryBox::openRequested, this,
            &DashboardPage::policiesRequested);
    connect(m_training, &TrainingDueSummaryBox::openRequested, this,
            &DashboardPage::trainingRequested);
    connect(m_incidents, &IncidentDeadlineSummaryBox::openRequested, this,
            &DashboardPage::incidentsRequested);
    connect(&program, &Program::changed, this, &DashboardPage::refresh);
    refresh();
}

void DashboardPage::setLastVerification(const ChainVerification& result)
{
    const QString when =
        QLocale().toString(m_program.clock().nowUtc().toLocalTime(), QLocale::ShortFormat);
    m_verification->setText(tr("%1\nChecked %2.").arg(result.describe(), when));
    if (result.cancelled) {
        m_verification->setText(
            tr("Cancelled after %L1 events (%2).").arg(result.eventsChecked).arg(when));
        m_verification->setStyleSheet({});
    } else {
        m_verification->setStyleSheet(result.intact
                                          ? QStringLiteral("color: #1f6b35;")
                                          : QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
}

void DashboardPage::refresh()
{
    if (!m_program.isOpen())
        return;
    try {
        m_events->setText(QLocale().toString(m_program.auditTrail().count()));
    } catch (const std::exception&) {
        m_events->setText(tr("Cannot be read"));
    }
    m_baas->refresh();
    m_policyReviews->refresh();
    m_training->refresh();
    m_incidents->refresh();
}

QString DashboardPage::eventCountText() const
{
    return m_events->text();
}

QString DashboardPage::verificationText() const
{
    return m_verification->text();
}

} // namespace palisade::ui
