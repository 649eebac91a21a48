using CoopBot.Jobs.Contracts;

namespace CoopBot.Jobs;

/// <summary>User-facing (Dutch) texts about background work.</summary>
internal static class JobTexts
{
    public static string Parked(JobItem job) =>
        $"CoopBot kon een bericht na {job.Attempt + 1} pogingen niet versturen: Teams bleef het weigeren of was onbereikbaar. "
        + $"Het werk is bewaard en wordt niet meer vanzelf opnieuw geprobeerd (taak “{job.Type}”, sleutel “{job.Key}”). "
        + "Vraag de beheerder om het na te kijken.";
}
