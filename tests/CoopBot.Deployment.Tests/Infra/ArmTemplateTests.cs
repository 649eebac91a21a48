using System.Text.RegularExpressions;
using CoopBot.Deployment.Tests.Infrastructure;

namespace CoopBot.Deployment.Tests.Infra;

/// <summary>Issue 8: infra/azuredeploy.json, checked by parsing it (no Azure needed).</summary>
public sealed partial class ArmTemplateTests
{
    // Built-in role ids, checked against Microsoft's list (MicrosoftDocs/azure-docs,
    // articles/role-based-access-control/built-in-roles/storage.md).
    private static readonly Dictionary<string, string> ExpectedRoles = new(StringComparer.Ordinal)
    {
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor",
    };

    [Fact]
    public void EveryParameter_IsUsedOutsideTheParameterSection()
    {
        var template = ArmTemplate.Load();
        var parameters = template["parameters"]!.AsObject().Select(p => p.Key).ToList();
        template.Remove("parameters");
        var body = ArmTemplate.Text(template);

        Assert.NotEmpty(parameters);
        Assert.All(parameters, name => Assert.Contains($"parameters('{name}')", body, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryVariable_IsUsed()
    {
        var template = ArmTemplate.Load();
        var variables = template["variables"]!.AsObject().Select(v => v.Key).ToList();
        template.Remove("variables");
        var body = ArmTemplate.Text(template);

        Assert.All(variables, name => Assert.Contains($"variables('{name}')", body, StringComparison.Ordinal));
    }

    [Fact]
    public void ParametersFile_NamesOnlyTemplateParametersAndCoversTheRequiredOnes()
    {
        var declared = ArmTemplate.Load()["parameters"]!.AsObject();
        var given = ArmTemplate.LoadParameters()["parameters"]!.AsObject().Select(p => p.Key).ToList();

        Assert.All(given, name => Assert.True(declared.ContainsKey(name), $"{name} is not a template parameter"));
        var required = declared.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key);
        Assert.All(required, name => Assert.Contains(name, given));
    }

    [Fact]
    public void RoleAssignments_AreExactlyTheTableAndQueueDataContributorBuiltIns()
    {
        var template = ArmTemplate.Load();
        var variables = template["variables"]!.AsObject();

        var roleIds = ArmTemplate.Resources(template, "Microsoft.Authorization/roleAssignments")
            .Select(r => r["properties"]!["roleDefinitionId"]!.GetValue<string>())
            .Select(expression => Resolve(expression, variables))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(ExpectedRoles.Keys.ToHashSet(StringComparer.Ordinal), roleIds);
    }

    [Fact]
    public void RoleAssignments_GoToTheManagedIdentityOnTheStorageAccount()
    {
        var template = ArmTemplate.Load();

        Assert.All(ArmTemplate.Resources(template, "Microsoft.Authorization/roleAssignments"), assignment =>
        {
            Assert.StartsWith("[format('Microsoft.Storage/storageAccounts/", assignment["scope"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", assignment["properties"]!["principalId"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("ServicePrincipal", assignment["properties"]!["principalType"]!.GetValue<string>());
        });
    }

    [Fact]
    public void StorageAccount_RequiresTls12AndEntraIdWithoutKeysOrPublicBlobs()
    {
        var properties = ArmTemplate.Resource(ArmTemplate.Load(), "Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.Equal("TLS1_2", properties["minimumTlsVersion"]!.GetValue<string>());
        Assert.False(properties["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.False(properties["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.True(properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void WebApp_IsLinuxDotnet10HttpsOnlyWithTheManagedIdentity()
    {
        var template = ArmTemplate.Load();
        var site = ArmTemplate.Resource(template, "Microsoft.Web/sites");
        var plan = ArmTemplate.Resource(template, "Microsoft.Web/serverfarms");

        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>());
        Assert.Equal("DOTNETCORE|10.0", site["properties"]!["siteConfig"]!["linuxFxVersion"]!.GetValue<string>());
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("/readyz", site["properties"]!["siteConfig"]!["healthCheckPath"]!.GetValue<string>());
        Assert.Equal("UserAssigned", site["identity"]!["type"]!.GetValue<string>());
        Assert.Equal("UserAssignedMSI", ArmTemplate.AppSettings(template)["MicrosoftAppType"]);
    }

    [Fact]
    public void AzureBot_IsSingleTenantManagedIdentityWithTeamsAndTheMessagesEndpoint()
    {
        var template = ArmTemplate.Load();
        var bot = ArmTemplate.Resource(template, "Microsoft.BotService/botServices")["properties"]!;
        var channel = ArmTemplate.Resource(template, "Microsoft.BotService/botServices/channels")["properties"]!;

        Assert.Equal("UserAssignedMSI", bot["msaAppType"]!.GetValue<string>());
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", bot["msaAppMSIResourceId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(".tenantId]", bot["msaAppTenantId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Matches(@"^\[format\('https://\{0\}/api/messages', reference\(resourceId\('Microsoft\.Web/sites'", bot["endpoint"]!.GetValue<string>());
        Assert.Equal("MsTeamsChannel", channel["channelName"]!.GetValue<string>());
        Assert.True(channel["properties"]!["isEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public void BotAndAppSettings_UseTheSameIdentityClientIdAsMicrosoftAppId()
    {
        var template = ArmTemplate.Load();
        var botAppId = ArmTemplate.Resource(template, "Microsoft.BotService/botServices")["properties"]!["msaAppId"]!.GetValue<string>();

        Assert.EndsWith(".clientId]", botAppId, StringComparison.Ordinal);
        Assert.Equal(botAppId, ArmTemplate.AppSettings(template)["MicrosoftAppId"]);
        Assert.Equal(botAppId, template["outputs"]!["microsoftAppId"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Outputs_IncludeTheBotsEndpointAndWhatTheTeamsPackageNeeds()
    {
        var outputs = ArmTemplate.Load()["outputs"]!.AsObject();

        Assert.Contains("Microsoft.BotService/botServices", outputs["botEndpoint"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith(".endpoint]", outputs["botEndpoint"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith(".defaultHostName]", outputs["botDomain"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationInsights_IsWorkspaceBasedAndWiredToTheWebApp()
    {
        var template = ArmTemplate.Load();
        var insights = ArmTemplate.Resource(template, "Microsoft.Insights/components");

        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights["properties"]!["WorkspaceResourceId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Microsoft.Insights/components", ArmTemplate.AppSettings(template)["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
    }

    // "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('x'))]" -> the GUID in variable x.
    private static string Resolve(string expression, System.Text.Json.Nodes.JsonObject variables)
    {
        var match = RoleDefinitionExpression().Match(expression);
        Assert.True(match.Success, $"Unexpected roleDefinitionId expression: {expression}");
        return match.Groups["variable"].Success ? variables[match.Groups["variable"].Value]!.GetValue<string>() : match.Groups["guid"].Value;
    }

    [GeneratedRegex(@"^\[subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', (variables\('(?<variable>\w+)'\)|'(?<guid>[0-9a-f-]{36})')\)\]$")]
    private static partial Regex RoleDefinitionExpression();
}
