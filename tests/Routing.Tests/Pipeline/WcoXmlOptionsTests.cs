using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Routing.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

/// <summary>The operator's external XSD set (configuration <c>Wco:Xml:ExternalSchemaPaths</c>) reaches the validate stage.</summary>
public sealed class WcoXmlOptionsTests
{
    private static string UkSchema()
    {
        var path = SharedData.PathOf("samples/wco/schemas/customs/wrapper_submit.xsd");
        Assert.That(path is not null && File.Exists(path), Is.True, "../shared/samples/wco/schemas is required");
        return path!;
    }

    private static ServiceProvider Services(params string[] schemaPaths)
    {
        var settings = schemaPaths.Select((p, i) => new KeyValuePair<string, string?>($"{WcoXmlOptions.SectionName}:ExternalSchemaPaths:{i}", p));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddMessagePipeline(configuration).BuildServiceProvider();
    }

    [Test]
    public void AddMessagePipeline_withExternalSchemaPaths_loadsTheSchemaSetOnce()
    {
        using var services = Services(UkSchema());

        var options = services.GetRequiredService<WcoXmlReaderOptions>();

        Assert.That(options.ExternalSchemas, Is.Not.Null);
        Assert.That(options.ExternalSchemas!.IsCompiled, Is.True);
        Assert.That(services.GetRequiredService<WcoXmlReaderOptions>(), Is.SameAs(options));
    }

    [Test]
    public void AddMessagePipeline_withoutExternalSchemaPaths_validatesNoXsd()
    {
        using var services = Services();

        Assert.That(services.GetRequiredService<WcoXmlReaderOptions>().ExternalSchemas, Is.Null);
    }

    [Test]
    public void AddMessagePipeline_missingSchemaFile_failsValidation()
    {
        using var services = Services("/nonexistent/national.xsd");

        Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<WcoXmlOptions>>().Value);
    }

    [Test]
    public async Task ProcessAsync_inputInvalidAgainstTheConfiguredSchema_isRejectedWithWco0009AndItsPath()
    {
        using var services = Services(UkSchema());
        using var harness = new PipelineHarness(xmlOptions: services.GetRequiredService<WcoXmlReaderOptions>());
        var sample = await File.ReadAllTextAsync(SharedData.PathOf("samples/wco/declarations/TT_IM019a__TT_IM019a.xml")!);

        // A function code of three digits reads into the canonical model, but the UK schema allows two at most.
        var invalid = sample.Replace("<FunctionCode>9</FunctionCode>", "<FunctionCode>999</FunctionCode>", StringComparison.Ordinal);
        var valid = await harness.RouteAsync(System.Text.Encoding.UTF8.GetBytes(sample));
        var rejected = await harness.RouteAsync(System.Text.Encoding.UTF8.GetBytes(invalid));

        Assert.That(valid!.Status, Is.EqualTo(MessageStatus.Routed));
        Assert.That(rejected!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(rejected.Timeline[^1].Detail, Does.Contain(WcoXmlDiagnosticIds.SchemaInvalid).And.Contain("/Declaration/FunctionCode"));
    }
}
