#include "ui/audit/AuditFilterBar.h"

#include "ui/audit/AuditTrailModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace palisade::ui {
namespace {

QString sameText(const QString& value)
{
    return value;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_actor(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_clear(new QPushButton(tr("Clear Filters"), this))
{
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search events…"));
    m_search->setToolTip(tr("Matches the actor, action, record and recorded changes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search events"));
    m_search->setMinimumWidth(180);

    const auto setUpCombo = [](QComboBox* combo, const QString& name, const QString& accessible) {
        combo->setObjectName(name);
        combo->setAccessibleName(accessible);
        // A fixed width keeps the row steady as choices come and go; the popup
        // widens to show long entries in full.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(11);
    };
    setUpCombo(m_actor, QStringLiteral("actorFilter"), tr("Actor"));
    setUpCombo(m_action, QStringLiteral("actionFilter"), tr("Action"));
    setUpCombo(m_entity, QStringLiteral("entityFilter"), tr("Record type"));

    const auto setUpDate = [](QDateEdit* edit, const QString& name, const QString& accessible) {
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setSpecialValueText(tr("Any date"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMaximumDate(QDate(9999, 12, 31));
        setAnyDate(edit);
    };
    setUpDate(m_from, QStringLiteral("fromDate"), tr("From date"));
    setUpDate(m_to, QStringLiteral("toDate"), tr("To date"));

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setEnabled(false);

    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    // The underlined mnemonic breaks kerning, so the drawn text can be wider than measured.
    for (QLabel* label : {fromLabel, toLabel})
        label->setMinimumWidth(label->sizeHint().width() + label->fontMetrics().averageCharWidth());

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_actor);
    layout->addWidget(m_action);
    layout->addWidget(m_entity);
    layout->addSpacing(8);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_clear);

    fillCombo(m_actor, tr("All actors"), {}, sameText);
    fillCombo(m_action, tr("All actions"), {}, &AuditTrailModel::actionLabel);
    fillCombo(m_entity, tr("All record types"), {}, &AuditTrailModel::entityLabel);

    const auto changed = [this] {
        onChanged();
    };
    connect(m_search, &QLineEdit::textChanged, this, changed);
    for (QComboBox* combo : {m_actor, m_action, m_entity})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, changed);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clear);
}

void AuditFilterBar::setChoices(const QStringList& actors, const QStringList& actions,
                                const QStringList& entities, const QDate& earliest)
{
    const QSignalBlocker blockActor(m_actor);
    const QSignalBlocker blockAction(m_action);
    const QSignalBlocker blockEntity(m_entity);
    fillCombo(m_actor, tr("All actors"), actors, sameText);
    fillCombo(m_action, tr("All actions"), actions, &AuditTrailModel::actionLabel);
    fillCombo(m_entity, tr("All record types"), entities, &AuditTrailModel::entityLabel);

    if (earliest.isValid()) {
        // The day before the first event stands for "any date", so the
        // calendar opens where the trail begins.
        const QDate sentinel = earliest.addDays(-1);
        for (QDateEdit* edit : {m_from, m_to}) {
            const QSignalBlocker block(edit);
            const QDate chosen = dateOf(edit);
            edit->setMinimumDate(sentinel);
            edit->setDate(chosen.isValid() && chosen > sentinel ? chosen : sentinel);
        }
    }
    onChanged();
}

QString AuditFilterBar::text() const
{
    return m_search->text().trimmed();
}

QString AuditFilterBar::actor() const
{
    return m_actor->currentData().toString();
}

QString AuditFilterBar::action() const
{
    return m_action->currentData().toString();
}

QString AuditFilterBar::entity() const
{
    return m_entity->currentData().toString();
}

QDate AuditFilterBar::from() const
{
    return dateOf(m_from);
}

QDate AuditFilterBar::to() const
{
    return dateOf(m_to);
}

void AuditFilterBar::setText(const QString& text)
{
    m_search->setText(text);
}

void AuditFilterBar::setAction(const QString& action)
{
    const int index = m_action->findData(action);
    if (index >= 0)
        m_action->setCurrentIndex(index);
}

void AuditFilterBar::clear()
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockActor(m_actor);
        const QSignalBlocker blockAction(m_action);
        const QSignalBlocker blockEntity(m_entity);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_search->clear();
        m_actor->setCurrentIndex(0);
        m_action->setCurrentIndex(0);
        m_entity->setCurrentIndex(0);
        setAnyDate(m_from);
        setAnyDate(m_to);
    }
    onChanged();
}

void AuditFilterBar::onChanged()
{
    m_clear->setEnabled(!text().isEmpty() || !actor().isEmpty() || !action().isEmpty() ||
                        !entity().isEmpty() || from().isValid() || to().isValid());
    emit filtersChanged();
}

void AuditFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AuditFilterBar::fillCombo(QComboBox* combo, const QString& anyLabel, const QStringList& values,
                               const std::function<QString(const QString&)>& label)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(anyLabel, QString());
    for (const QString& value : values)
        combo->addItem(label(value), value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
}

QDate AuditFilterBar::dateOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void AuditFilterBar::setAnyDate(QDateEdit* edit)
{
    edit->setDate(edit->minimumDate());
}

} // namespace palisade::ui
