using System.Collections.Concurrent;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>The host's router stand-in: records each turn and answers with the given behaviour.</summary>
public sealed class RecordingTurnHandler(Func<TurnContext, CancellationToken, Task<InvokeResponse?>>? behaviour = null) : ITurnHandler
{
    private readonly ConcurrentQueue<TurnContext> _turns = new();

    public IReadOnlyList<TurnContext> Turns => _turns.ToArray();

    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        _turns.Enqueue(turn);
        return behaviour is null ? null : await behaviour(turn, cancellationToken);
    }
}
