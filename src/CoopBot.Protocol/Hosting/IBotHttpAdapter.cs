using Microsoft.AspNetCore.Http;

namespace CoopBot.Protocol.Hosting;

/// <summary>Turns an HTTP request on the messaging endpoint into a turn, and the turn's result into the response.</summary>
public interface IBotHttpAdapter
{
    /// <summary>
    /// Reads, authenticates and dispatches one activity request and writes the response
    /// (405, 413, 400, 401, 403, 200, an invoke answer, or 500 when the handler throws).
    /// </summary>
    Task ProcessAsync(HttpContext http, ITurnHandler handler, CancellationToken cancellationToken);
}
