using System.Globalization;

namespace CoopBot.Storage;

/// <summary>EDM type names and the wire formats shared by entity JSON and filter literals.</summary>
internal static class EdmTypes
{
    public const string Int32 = "Edm.Int32";
    public const string Int64 = "Edm.Int64";
    public const string Double = "Edm.Double";
    public const string Boolean = "Edm.Boolean";
    public const string String = "Edm.String";
    public const string DateTime = "Edm.DateTime";
    public const string Guid = "Edm.Guid";
    public const string Binary = "Edm.Binary";

    public const string TypeAnnotationSuffix = "@odata.type";

    /// <summary>ISO 8601 UTC with the service's full precision of seven fractional digits.</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseDateTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset ToDateTimeOffset(object value) =>
        value is System.DateTime dt ? new DateTimeOffset(dt) : (DateTimeOffset)value;
}
