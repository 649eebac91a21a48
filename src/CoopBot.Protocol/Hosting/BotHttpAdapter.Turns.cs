using System.Text.Json;
using CoopBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;

namespace CoopBot.Protocol.Hosting;

public sealed partial class BotHttpAdapter
{
    private static readonly InvokeResponse TimeoutResponse =
        AdaptiveCardInvokeResponseFactory.Error(StatusCodes.Status503ServiceUnavailable, "Timeout", AdapterTexts.InvokeTimeout);

    private async Task RunActivityAsync(HttpContext http, ITurnHandler handler, TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await handler.OnTurnAsync(turn, cancellationToken);
            http.Response.StatusCode = StatusCodes.Status200OK;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
        }
        catch (Exception exception)
        {
            // The host must not throw for bad input; anything that escapes is a bug: bare 500, details in the log.
            Log.HandlerFailed(logger, turn.Activity.Type, exception);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

    private async Task RunInvokeAsync(HttpContext http, ITurnHandler handler, TurnContext turn, CancellationToken cancellationToken)
    {
        using var turnCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var timerCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var handlerTask = InvokeHandlerAsync(handler, turn, turnCancellation.Token);
        var timeout = adapterOptions.Value.InvokeTimeout;
        var timeoutTask = Task.Delay(timeout, timeProvider, timerCancellation.Token);
        if (await Task.WhenAny(handlerTask, timeoutTask) != handlerTask)
        {
            // Teams drops invoke answers after about 5 s: answer now and ask the handler to stop.
            await turnCancellation.CancelAsync();
            ObserveLateFailure(handlerTask, turn.Activity.Name);
            if (!cancellationToken.IsCancellationRequested)
            {
                Log.InvokeTimedOut(logger, turn.Activity.Name, timeout);
                await WriteInvokeResponseAsync(http, TimeoutResponse, cancellationToken);
            }

            return;
        }

        await timerCancellation.CancelAsync();
        InvokeResponse response;
        try
        {
            response = await handlerTask ?? AdaptiveCardInvokeResponseFactory.NotImplemented();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            // The host must not throw for bad input; anything that escapes is a bug: bare 500, details in the log.
            Log.HandlerFailed(logger, turn.Activity.Type, exception);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        await WriteInvokeResponseAsync(http, response, cancellationToken);
    }

    // Awaiting inside an async method turns a synchronous throw of the handler into a faulted task.
    private static async Task<InvokeResponse?> InvokeHandlerAsync(ITurnHandler handler, TurnContext turn, CancellationToken cancellationToken) =>
        await handler.OnTurnAsync(turn, cancellationToken);

    private void ObserveLateFailure(Task<InvokeResponse?> handlerTask, string? invokeName) =>
        _ = handlerTask.ContinueWith(
            task => Log.LateInvokeFailed(logger, invokeName, task.Exception!),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);

    private async Task WriteInvokeResponseAsync(HttpContext http, InvokeResponse response, CancellationToken cancellationToken)
    {
        if (response.Status is < 200 or > 599)
        {
            Log.InvalidInvokeStatus(logger, response.Status);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        byte[]? body = null;
        if (response.Body is not null)
        {
            try
            {
                body = JsonSerializer.SerializeToUtf8Bytes(response.Body, response.Body.GetType(), ProtocolJson.Options);
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException)
            {
                Log.HandlerFailed(logger, ActivityTypes.Invoke, exception);
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }
        }

        http.Response.StatusCode = response.Status;
        if (body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body, cancellationToken);
        }
    }
}
