using System.Text.Json;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Hosting.Routing;

/// <summary>Handles a text command; <c>arguments</c> is the text after the command word(s).</summary>
public delegate Task CommandHandler(TurnContext turn, string arguments, CancellationToken ct);

/// <summary>Handles an Action.Execute verb with typed action data.</summary>
public delegate Task<InvokeResponse> ActionHandler<in TData>(TurnContext turn, TData data, CancellationToken ct);

/// <summary>Handles a non-message activity type (conversationUpdate, installationUpdate).</summary>
public delegate Task ActivityHandler(TurnContext turn, CancellationToken ct);

/// <summary>Handles an invoke (a compose-extension command, link unfurling) with its typed <c>value</c>.</summary>
public delegate Task<InvokeResponse> InvokeHandler<in TValue>(TurnContext turn, TValue value, CancellationToken ct);

/// <summary>An invoke route after its value type has been erased; parsing happens in the route.</summary>
internal delegate Task<InvokeResponse> UntypedInvokeHandler(TurnContext turn, CancellationToken ct);

/// <summary>An Action.Execute route after its data type has been erased; parsing happens in the route.</summary>
internal delegate Task<InvokeResponse> UntypedActionHandler(TurnContext turn, JsonElement data, CancellationToken ct);
