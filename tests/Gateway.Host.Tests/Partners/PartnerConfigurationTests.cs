using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Host.Hosting;
using UniPass.Gateway.Host.Partners;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Tests.Partners;

/// <summary>A partner's EDIFACT agreement as configured: bound, checked at start, and carried by the registered partner.</summary>
public sealed class PartnerConfigurationTests
{
    private static Dictionary<string, string?> Entry(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Partners:Demo:Enabled"] = "false",
            ["Partners:Entries:0:Id"] = "maersk",
            ["Partners:Entries:0:ApiKeyHashes:0"] = ApiKeyHash.Of("upk_test-key-of-maersk").ToString(),
            ["Partners:Entries:0:EdifactSenders:0"] = "MAEU:ZZ",
            ["Partners:Entries:0:MessageTypes:0"] = "CUSCAR",
        };
        foreach (var (key, value) in settings)
        {
            values["Partners:Entries:0:" + key] = value;
        }

        return values;
    }

    private static PartnerOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new PartnerOptions();
        configuration.GetSection(PartnerOptions.SectionName).Bind(options);
        return options;
    }

    private static Partner Registered(PartnerOptions options) =>
        new ConfigurationPartnerDirectory(Options.Create(options), Options.Create(new GatewayOptions())).Partners.Single();

    private static ValidateOptionsResult Check(PartnerOptions options) =>
        new PartnerOptionsValidator(DirectoryCatalog.CreateDefault()).Validate(null, options);

    [Test]
    public void Partner_withoutAgreement_isStrictWithCodeListsAndContrlOnRequest()
    {
        var options = Bind(Entry());

        var partner = Registered(options);

        Assert.That(Check(options).Succeeded, Is.True);
        Assert.That(partner.Edifact, Is.EqualTo(EdifactPreferences.Default));
        Assert.That(partner.Acks.Contrl, Is.EqualTo(ContrlPreference.OnRequest));
    }

    [Test]
    public void Partner_withAgreement_carriesModeCodeListsDirectoryAndContrl()
    {
        var options = Bind(Entry(("EdifactMode", "lenient"), ("CheckCodeLists", "false"), ("EnforceRepertoire", "true"), ("Directory", "D.96B"), ("Contrl", "ReceivedOnly")));

        var partner = Registered(options);

        Assert.That(Check(options).Succeeded, Is.True, Check(options).FailureMessage);
        Assert.That(partner.Edifact.Mode, Is.EqualTo(EdifactReadMode.Lenient));
        Assert.That(partner.Edifact.CheckCodeLists, Is.False);
        Assert.That(partner.Edifact.EnforceRepertoire, Is.True);
        Assert.That(partner.Edifact.Directory, Is.EqualTo(new DirectoryId("UN", "D", "96B")));
        Assert.That(partner.Acks.Contrl, Is.EqualTo(ContrlPreference.ReceivedOnly));
    }

    [TestCase("D96B")]
    [TestCase("d96b")]
    [TestCase("D.96B")]
    [TestCase("D:96B:UN")]
    public void TryParseDirectory_configuredForms_nameTheUnDirectory(string text)
    {
        Assert.That(EdifactPreferences.TryParseDirectory(text, out var directory), Is.True);
        Assert.That(directory, Is.EqualTo(new DirectoryId("UN", "D", "96B")));
    }

    [TestCase("96B")]
    [TestCase("D")]
    [TestCase("D:96B")]
    [TestCase("D.96B/../x")]
    [TestCase("")]
    public void TryParseDirectory_otherText_isRefused(string text)
    {
        Assert.That(EdifactPreferences.TryParseDirectory(text, out var directory), Is.False);
        Assert.That(directory, Is.Null);
    }

    [Test]
    public void Validate_unknownOrMalformedDirectory_namesTheSetting()
    {
        var unknown = Check(Bind(Entry(("Directory", "D11A"))));
        var malformed = Check(Bind(Entry(("Directory", "96B"))));

        Assert.That(unknown.Failed, Is.True);
        Assert.That(unknown.FailureMessage, Does.Contain("Partners:Entries:0:Directory 'D11A' (D.11A (UN)) is not among the gateway's directories"));
        Assert.That(malformed.FailureMessage, Does.Contain("Partners:Entries:0:Directory '96B' is not a directory such as D96B"));
    }

    [TestCase("7", "9")]
    [TestCase("loose", "true")]
    public void Validate_valuesThatAreNotNames_nameTheSettings(string mode, string contrl)
    {
        // Neither a number (the binder would take one for an enum) nor an older boolean "Contrl": true passes as an agreement.
        var options = Bind(Entry(("EdifactMode", mode), ("Contrl", contrl)));

        var result = Check(options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain($"Partners:Entries:0:EdifactMode '{mode}' is not one of Strict, Lenient"));
        Assert.That(result.FailureMessage, Does.Contain($"Partners:Entries:0:Contrl '{contrl}' is not one of OnRequest, Always, ErrorsOnly, ReceivedOnly"));
    }

    [Test]
    public void Validate_demoContrl_isCheckedToo()
    {
        var options = Bind(new Dictionary<string, string?> { ["Partners:Demo:Enabled"] = "true", ["Partners:Demo:Contrl"] = "Sometimes" });

        Assert.That(Check(options).FailureMessage, Does.Contain("Partners:Demo:Contrl 'Sometimes' is not one of"));
    }
}
