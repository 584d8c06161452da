#include "ui/training/ColumnMappingTable.h"

#include "core/training/TrainingColumns.h"

#include <QComboBox>
#include <QFont>
#include <QGridLayout>
#include <QLabel>

namespace palisade::ui {
namespace {

enum Column
{
    FieldColumn,
    NeedColumn,
    ChoiceColumn,
    SampleColumn,
};

// Long cells of an export (free-text attestations) would stretch the dialog.
constexpr int sampleLength = 40;

} // namespace

ColumnMappingTable::ColumnMappingTable(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("columnMappingTable"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setColumnStretch(ChoiceColumn, 3);
    m_grid->setColumnStretch(SampleColumn, 2);
}

void ColumnMappingTable::clearRows()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
}

void ColumnMappingTable::setColumns(ImportKind kind, const QStringList& header,
                                    const QStringList& firstRow)
{
    clearRows();
    m_kind = kind;
    m_header = header;
    m_firstRow = firstRow;
    m_fields = TrainingColumns::fields(kind);

    const auto heading = [this](const QString& text, int column) {
        auto* label = new QLabel(text, this);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        m_grid->addWidget(label, 0, column);
    };
    heading(tr("Field"), FieldColumn);
    heading(tr("Needed"), NeedColumn);
    heading(tr("Column in the file"), ChoiceColumn);
    heading(tr("First row"), SampleColumn);

    int gridRow = 1;
    for (const QString& field : m_fields) {
        Row row;
        row.field = field;
        const bool required = TrainingColumns::isRequired(kind, field);
        row.label = new QLabel(TrainingColumns::label(field), this);
        row.need = new QLabel(required ? tr("Required") : tr("Optional"), this);
        if (!required)
            row.need->setForegroundRole(QPalette::PlaceholderText);
        row.combo = new QComboBox(this);
        row.combo->setObjectName(QStringLiteral("mapping_") + field);
        row.combo->setAccessibleName(tr("Column for %1").arg(TrainingColumns::label(field)));
        row.combo->addItem(tr("(not in this file)"), -1);
        for (int i = 0; i < header.size(); ++i) {
            // A column without a name cannot be named in a mapping.
            if (!header.at(i).isEmpty())
                row.combo->addItem(header.at(i), i);
        }
        row.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row.combo->setMinimumContentsLength(16);
        row.label->setBuddy(row.combo);
        row.sample = new QLabel(this);
        row.sample->setForegroundRole(QPalette::PlaceholderText);
        row.sample->setTextFormat(Qt::PlainText);

        m_grid->addWidget(row.label, gridRow, FieldColumn);
        m_grid->addWidget(row.need, gridRow, NeedColumn);
        m_grid->addWidget(row.combo, gridRow, ChoiceColumn);
        m_grid->addWidget(row.sample, gridRow, SampleColumn);
        ++gridRow;
        m_rows << row;

        QComboBox* combo = row.combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            for (const Row& each : std::as_const(m_rows)) {
                if (each.combo == combo)
                    updateSample(each);
            }
            emit mappingChanged();
        });
        updateSample(row);
    }
    m_grid->setRowStretch(gridRow, 1);

    QWidget* previous = nullptr;
    for (const Row& row : std::as_const(m_rows)) {
        if (previous)
            setTabOrder(previous, row.combo);
        previous = row.combo;
    }
    emit mappingChanged();
}

void ColumnMappingTable::setMapping(const TrainingColumnMapping& mapping)
{
    for (const Row& row : std::as_const(m_rows)) {
        const int index = mapping.kind() == m_kind ? mapping.indexIn(row.field, m_header) : -1;
        const int item = row.combo->findData(index);
        const QSignalBlocker block(row.combo);
        row.combo->setCurrentIndex(item < 0 ? 0 : item);
        updateSample(row);
    }
    emit mappingChanged();
}

TrainingColumnMapping ColumnMappingTable::mapping() const
{
    TrainingColumnMapping mapping(m_kind);
    for (const Row& row : m_rows) {
        const int index = row.combo->currentData().toInt();
        mapping.setColumn(row.field, index >= 0 ? m_header.value(index) : QString());
    }
    return mapping;
}

QComboBox* ColumnMappingTable::comboFor(const QString& field) const
{
    for (const Row& row : m_rows) {
        if (row.field == field)
            return row.combo;
    }
    return nullptr;
}

int ColumnMappingTable::columnIndex(const QString& field) const
{
    const QComboBox* combo = comboFor(field);
    return combo ? combo->currentData().toInt() : -1;
}

QString ColumnMappingTable::sampleText(const QString& field) const
{
    for (const Row& row : m_rows) {
        if (row.field == field)
            return row.sample->text();
    }
    return {};
}

QStringList ColumnMappingTable::missingRequired() const
{
    return TrainingColumnMapping::missingRequired(mapping(), m_header);
}

QStringList ColumnMappingTable::ambiguous() const
{
    return mapping().ambiguous(m_header);
}

void ColumnMappingTable::updateSample(const Row& row)
{
    const int index = row.combo->currentData().toInt();
    if (index < 0) {
        row.sample->clear();
        row.sample->setToolTip({});
        return;
    }
    const QString value = m_firstRow.value(index).simplified();
    row.sample->setToolTip(value);
    row.sample->setText(value.size() > sampleLength ? value.left(sampleLength - 1) + QChar(0x2026)
                                                    : value);
}

} // namespace palisade::ui
