using System.Text.Json.Nodes;
using CoopBot.Domain.Escalation;
using CoopBot.Escalation;
using CoopBot.Testing;

namespace CoopBot.Deployment.Tests.Configuration;

/// <summary>The escalation amounts have one source, the domain's <see cref="EscalationThresholds.Default"/> (seed 002).</summary>
public sealed class ThresholdSourceTests
{
    [Fact]
    public void OptionsDefaults_AreTheDomainDefault()
    {
        Assert.Equal(EscalationThresholds.Default, new EscalationOptions().Thresholds());
    }

    [Fact]
    public void SampleSettings_CarryTheDomainDefault()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.sample.json")))!.AsObject();
        var section = sample[EscalationOptions.SectionName]!;
        var options = new EscalationOptions
        {
            DirectieThreshold = section[nameof(EscalationOptions.DirectieThreshold)]!.GetValue<decimal>(),
            FinancieelComiteThreshold = section[nameof(EscalationOptions.FinancieelComiteThreshold)]!.GetValue<decimal>(),
            RaadVanBestuurThreshold = section[nameof(EscalationOptions.RaadVanBestuurThreshold)]!.GetValue<decimal>(),
        };

        Assert.Equal(EscalationThresholds.Default, options.Thresholds());
    }
}
