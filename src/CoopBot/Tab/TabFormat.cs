using System.Globalization;
using CoopBot.Domain.Amounts;

namespace CoopBot.Tab;

/// <summary>nl-BE dates and amounts for the pages (amounts as the domain writes them: € 85.000,00).</summary>
internal sealed class TabTimeZone(CoopBot.Decisions.Contracts.IDecisionRegisterReader register)
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-BE");
    private readonly TimeZoneInfo _zone = register.TimeZone;

    public string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone).ToString("d MMMM yyyy", Culture);

    public string DateTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone).ToString("d MMMM yyyy 'om' HH:mm", Culture);

    public int Year(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone).Year;

    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _zone).DateTime);

    public static string Amount(long cents) => Money.FromCents(cents).ToString();

    public static string Amount(Money money) => money.ToString();
}
