#include "core/training/TrainingColumnMapping.h"

#include "core/training/TrainingColumns.h"

#include <QSet>

namespace palisade {

TrainingColumnMapping::TrainingColumnMapping(ImportKind kind)
    : m_kind(kind)
{
    for (const QString& field : TrainingColumns::fields(kind))
        m_columns.insert(field, field);
}

TrainingColumnMapping TrainingColumnMapping::fromJson(ImportKind kind, const QJsonObject& json)
{
    TrainingColumnMapping mapping(kind);
    for (const QString& field : TrainingColumns::fields(kind)) {
        if (json.contains(field))
            mapping.setColumn(field, json.value(field).toString());
    }
    return mapping;
}

TrainingColumnMapping TrainingColumnMapping::fromSaved(const ImportMapping& saved)
{
    return fromJson(saved.kind, saved.mapping);
}

QJsonObject TrainingColumnMapping::toJson() const
{
    QJsonObject json;
    for (const QString& field : TrainingColumns::fields(m_kind))
        json.insert(field, m_columns.value(field));
    return json;
}

void TrainingColumnMapping::setColumn(const QString& field, const QString& header)
{
    if (TrainingColumns::fields(m_kind).contains(field))
        m_columns.insert(field, header.simplified());
}

int TrainingColumnMapping::indexIn(const QString& field, const QStringList& header) const
{
    const QString wanted = column(field);
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    const QString key = TrainingColumns::fold(wanted);
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < header.size(); ++i) {
        if (TrainingColumns::fold(header.at(i)) == key)
            return i;
    }
    return -1;
}

QStringList TrainingColumnMapping::ambiguous(const QStringList& header) const
{
    QStringList found;
    for (const QString& field : TrainingColumns::fields(m_kind)) {
        const QString wanted = column(field);
        if (wanted.isEmpty())
            continue;
        int exact = 0;
        int loose = 0;
        for (const QString& name : header) {
            if (name.simplified().compare(wanted, Qt::CaseInsensitive) == 0)
                ++exact;
            else if (TrainingColumns::fold(name) == TrainingColumns::fold(wanted))
                ++loose;
        }
        if (exact > 1 || (exact == 0 && loose > 1))
            found << field;
    }
    return found;
}

TrainingColumnMapping TrainingColumnMapping::proposeMapping(ImportKind kind,
                                                            const QStringList& header)
{
    TrainingColumnMapping mapping(kind);
    const QStringList fields = TrainingColumns::fields(kind);
    QStringList keys;
    for (const QString& name : header)
        keys << TrainingColumns::fold(name);
    QSet<int> taken;
    QHash<QString, int> chosen;
    const auto take = [&](const QString& field, const QString& key) {
        for (int i = 0; i < keys.size(); ++i) {
            if (!taken.contains(i) && !key.isEmpty() && keys.at(i) == key) {
                taken.insert(i);
                chosen.insert(field, i);
                return true;
            }
        }
        return false;
    };
    // Canonical names first, so "Score" in a file with "Score" and "Grade" is
    // never taken by a synonym of another field.
    for (const QString& field : fields)
        take(field, TrainingColumns::fold(field));
    for (const QString& field : fields) {
        if (chosen.contains(field))
            continue;
        for (const QString& synonym : TrainingColumns::synonyms(kind, field)) {
            if (take(field, synonym))
                break;
        }
    }
    for (const QString& field : fields)
        mapping.m_columns.insert(field, chosen.contains(field)
                                            ? header.at(chosen.value(field)).simplified()
                                            : QString());
    return mapping;
}

QStringList TrainingColumnMapping::missingRequired(const TrainingColumnMapping& mapping,
                                                   const QStringList& header)
{
    QStringList missing;
    for (const QString& field : TrainingColumns::required(mapping.kind())) {
        if (mapping.indexIn(field, header) < 0)
            missing << field;
    }
    return missing;
}

std::optional<ImportKind> TrainingColumnMapping::guessKind(const QStringList& header)
{
    const auto provides = [&](ImportKind kind, const QString& field) {
        const QStringList names =
            QStringList{TrainingColumns::fold(field)} + TrainingColumns::synonyms(kind, field);
        for (const QString& name : header) {
            if (names.contains(TrainingColumns::fold(name)))
                return true;
        }
        return false;
    };
    if (provides(ImportKind::Completions, TrainingColumns::course))
        return ImportKind::Completions;
    if (provides(ImportKind::People, TrainingColumns::hireDate))
        return ImportKind::People;
    return std::nullopt;
}

} // namespace palisade
