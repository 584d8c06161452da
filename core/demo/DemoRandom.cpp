#include "core/demo/DemoRandom.h"

namespace palisade {
namespace {

// FNV-1a, so the stream's seed does not depend on qHash's per-process seed.
quint32 streamSeed(quint32 seed, const char* stream)
{
    quint32 hash = 2166136261u ^ seed;
    for (const char* c = stream; *c; ++c) {
        hash ^= quint32(quint8(*c));
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

DemoRandom::DemoRandom(quint32 seed, const char* stream)
    : m_generator(streamSeed(seed, stream))
{
}

int DemoRandom::between(int lowest, int highest)
{
    if (highest <= lowest)
        return lowest;
    return int(m_generator.bounded(quint32(highest - lowest) + 1u)) + lowest;
}

bool DemoRandom::percent(int chance)
{
    return between(0, 99) < chance;
}

double DemoRandom::unit()
{
    return double(m_generator.generate()) / 4294967296.0;
}

QDate DemoRandom::dayBetween(const QDate& first, const QDate& last)
{
    if (!first.isValid() || !last.isValid() || last <= first)
        return first;
    return first.addDays(between(0, int(first.daysTo(last))));
}

} // namespace palisade
