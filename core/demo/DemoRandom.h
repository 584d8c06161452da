#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>
#include <vector>

namespace palisade {

// The seeded random source of one generator. Each area draws from its own
// stream (the seed mixed with the area's name), so the data of one area does
// not shift when another changes how much it draws.
class DemoRandom
{
public:
    DemoRandom(quint32 seed, const char* stream);

    // From `lowest` to `highest`, both included.
    int between(int lowest, int highest);
    // True with `percent` chance in a hundred.
    bool percent(int chance);
    double unit(); // in [0, 1)
    // A day from `first` to `last`, both included.
    QDate dayBetween(const QDate& first, const QDate& last);

    template <typename T> const T& pick(const std::vector<T>& from)
    {
        return from[std::size_t(between(0, int(from.size()) - 1))];
    }
    const QString& pick(const QStringList& from) { return from[between(0, int(from.size()) - 1)]; }
    template <typename T> void shuffle(std::vector<T>& values)
    {
        for (std::size_t i = values.size(); i > 1; --i)
            std::swap(values[i - 1], values[std::size_t(between(0, int(i) - 1))]);
    }

private:
    QRandomGenerator m_generator;
};

} // namespace palisade
