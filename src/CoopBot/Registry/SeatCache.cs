using CoopBot.Registry.Contracts;
using System.Collections.Concurrent;

namespace CoopBot.Registry;

/// <summary>
/// Per-instance cache of a stuurgroep's seats, shared by the reader (MembershipDirectory) and the writer (RegistryWriter):
/// a write on this instance is seen at once, other instances see it within Registry:SeatCacheDuration.
/// </summary>
internal sealed class SeatCache
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<MemberSeat> Seats)> _seats = new(StringComparer.Ordinal);

    public bool TryGet(string steeringGroupId, DateTimeOffset now, TimeSpan maxAge, out IReadOnlyList<MemberSeat> seats)
    {
        if (_seats.TryGetValue(steeringGroupId, out var cached) && now - cached.At < maxAge)
        {
            seats = cached.Seats;
            return true;
        }

        seats = [];
        return false;
    }

    public void Set(string steeringGroupId, DateTimeOffset at, IReadOnlyList<MemberSeat> seats) => _seats[steeringGroupId] = (at, seats);

    public void Invalidate(string steeringGroupId) => _seats.TryRemove(steeringGroupId, out _);
}
