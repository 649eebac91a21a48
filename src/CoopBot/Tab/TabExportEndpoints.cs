using System.Text;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Tab;

/// <summary>The register export of the current filter, with the CLI's exporter (<see cref="RegisterExport"/>).</summary>
internal static class TabExportEndpoints
{
    public static void MapTabExports(this WebApplication app)
    {
        app.MapGet("/tab/besluiten/export.csv", (HttpContext http, TabViewerAccessor viewers, TabRegister register) =>
            ExportAsync(http, viewers, register, RegisterExport.ToCsv, "text/csv", "csv")).RequireAuthorization();
        app.MapGet("/tab/besluiten/export.md", (HttpContext http, TabViewerAccessor viewers, TabRegister register) =>
            ExportAsync(http, viewers, register, RegisterExport.ToMarkdown, "text/markdown", "md")).RequireAuthorization();
    }

    private static async Task<IResult> ExportAsync(
        HttpContext http, TabViewerAccessor viewers, TabRegister register, Func<IEnumerable<RegisterRow>, string> format, string contentType, string extension)
    {
        if (await viewers.GetAsync(http.RequestAborted) is not { } viewer)
        {
            return Results.Forbid();
        }

        var (filter, _) = RegisterFilter.Parse(http.Request.Query);
        var entries = await register.AllAsync(viewer, filter, http.RequestAborted);
        return Results.File(Encoding.UTF8.GetBytes(format(entries)), contentType + "; charset=utf-8", $"besluitenregister.{extension}");
    }
}
