using System.Collections.Concurrent;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>
/// Fires one-shot timers (Task.Delay) at once and records the requested delays; periodic timers never fire.
/// Lets retry tests check the waits without waiting.
/// </summary>
public sealed class InstantTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public IReadOnlyList<TimeSpan> Delays => _delays.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period == Timeout.InfiniteTimeSpan && dueTime != Timeout.InfiniteTimeSpan)
        {
            _delays.Enqueue(dueTime);
            // Not inline: Task.Delay expects the callback after CreateTimer has returned.
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
