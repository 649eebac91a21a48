using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CoopBot.Storage;

/// <summary>Fails start-up on settings that would only break at the first table call.</summary>
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!PrefixPattern().IsMatch(options.TablePrefix))
        {
            failures.Add("Storage:TablePrefix must be empty or letters and digits starting with a letter (at most 40).");
        }

        if (options.TableServiceUri is { } uri && uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Storage:TableServiceUri must use https (Entra ID tokens are never sent over plain http).");
        }

        if (options.TableServiceUri is null)
        {
            try
            {
                _ = new TableServiceClient(options.ConnectionString);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
            {
                failures.Add("Storage:ConnectionString: " + e.Message);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9]{0,39})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
