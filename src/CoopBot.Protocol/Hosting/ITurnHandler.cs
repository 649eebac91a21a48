using CoopBot.Protocol.Schema;

namespace CoopBot.Protocol.Hosting;

/// <summary>Handles one authenticated activity (the host's router).</summary>
public interface ITurnHandler
{
    /// <summary>
    /// Handles the turn. For invokes the returned response is the HTTP answer (null means 501, not handled);
    /// for other activities it is ignored. Must not throw for bad input.
    /// </summary>
    Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
