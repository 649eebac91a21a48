using Azure;

namespace CoopBot.Storage;

/// <summary>
/// An <see cref="AsyncPageable{T}"/> that fetches pages until the service stops returning a continuation
/// token. A page can be empty and still carry a token (partition boundaries, the 5 s query budget),
/// so the loop checks the token, never the page size.
/// </summary>
internal sealed class TablePageable<T>(
    Func<string?, int?, CancellationToken, Task<Page<T>>> fetchPage, int? defaultPageSize, CancellationToken ct)
    : AsyncPageable<T>(ct)
    where T : notnull
{
    public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var token = continuationToken;
        do
        {
            var page = await fetchPage(token, pageSizeHint ?? defaultPageSize, CancellationToken);
            yield return page;
            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}
